/**
 * Sentence boundaries by wink-nlp (the one instance in server/engine/understand/nlp.ts). Sentences keep the source text
 * exactly, so answers are cut verbatim; a last sentence without a final period is still a sentence.
 */
import { nlp } from '../server/engine/understand/nlp.ts';

/**
 * Splits a paragraph into sentences.
 *
 * @example splitSentences('It works. It lasts weeks') // ['It works.', 'It lasts weeks']
 */
export function splitSentences(paragraph: string): string[] {
  const parts = nlp
    .readDoc(paragraph)
    .sentences()
    .out()
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // wink also ends a sentence inside a web address ("nhs.|uk", "www.|mind.|org"): a sentence ends
  // where the text has a space, so a split with none joins again.
  const out: string[] = [];
  let at = 0;
  for (const part of parts) {
    const start = paragraph.indexOf(part, at);
    if (out.length > 0 && start > 0 && start === at) out[out.length - 1] += part;
    else out.push(part);
    if (start >= 0) at = start + part.length;
  }
  return out;
}
