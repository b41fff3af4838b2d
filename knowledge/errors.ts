/**
 * The one error type of the knowledge pipeline. It names the file it is about, so the CLI can print
 * `faqchat: <file>: <reason>` on one line instead of a stack trace.
 */
export class KnowledgeError extends Error {
  /** Path as the site owner wrote it in the manifest (relative to knowledge/), or the manifest itself. */
  readonly file: string;

  constructor(file: string, reason: string) {
    super(`faqchat: ${file}: ${reason}`);
    this.name = 'KnowledgeError';
    this.file = file;
  }
}
