/**
 * knowledge/sources.json: the list of documents the bot knows. Format (documented in README):
 *
 * ```json
 * [{ "file": "sources/article.txt", "title": "How long does…", "url": "/article",
 *    "levels": { "some-heading-slug": 2 } }]
 * ```
 * `file` is relative to knowledge/; `id` defaults to the file name without extension; `levels` is an
 * optional per-heading override of the section level (1–3), keyed by the heading's slug as printed by
 * `npm run knowledge -- --outline`, for plain text whose nesting the heuristic gets wrong.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from './errors.ts';
import { slug } from './slug.ts';

/** Limits of one source; named here so tests, CLI and README agree. */
export const SOURCE_LIMITS = {
  /** Larger files are refused: an FAQ article is far smaller, and a multi-MB scrape is usually a mistake. */
  maxBytes: 2 * 1024 * 1024,
  /** File types the pipeline can read, by extension. */
  extensions: ['.txt', '.md', '.markdown', '.html', '.htm'] as const,
};

const entrySchema = z.object({
  file: z.string().min(1),
  title: z.string().trim().min(1),
  url: z.string().min(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  levels: z.record(z.string(), z.number().int().min(1).max(3)).optional(),
});

/** One manifest entry, validated. */
export interface ManifestEntry {
  id: string;
  file: string;
  title: string;
  url: string;
  /** Heading slug → level overrides (see the module comment). */
  levels: Record<string, number>;
}

/** Kind of markup a source is written in, decided by its extension. */
export type SourceKind = 'text' | 'markdown' | 'html';

/**
 * Kind of a source file by extension; throws a {@link KnowledgeError} naming the file otherwise.
 *
 * @example sourceKind('sources/faq.md') // 'markdown'
 */
export function sourceKind(file: string): SourceKind {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') return 'text';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new KnowledgeError(
    file,
    `unsupported file type "${ext || '(none)'}"; use ${SOURCE_LIMITS.extensions.join(', ')}`,
  );
}

/**
 * Validates the parsed JSON of a manifest. `label` names the manifest in error messages.
 *
 * @example parseManifest([{ file: 'sources/a.txt', title: 'A', url: '/a' }])[0].id // 'a'
 */
export function parseManifest(json: unknown, label = 'sources.json'): ManifestEntry[] {
  const parsed = z.array(entrySchema).min(1).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new KnowledgeError(label, `invalid manifest${where}: ${issue?.message ?? 'unknown error'}`);
  }
  const seen = new Set<string>();
  return parsed.data.map((e) => {
    const id = e.id ?? (slug(basename(e.file, extname(e.file))) || 'doc');
    if (seen.has(id)) throw new KnowledgeError(label, `two sources share the id "${id}"; give one an "id"`);
    seen.add(id);
    sourceKind(e.file); // unknown extensions fail here, before anything is read
    return { id, file: e.file, title: e.title, url: e.url, levels: e.levels ?? {} };
  });
}

/** Reads and validates `<knowledgeDir>/sources.json`. */
export function readManifest(manifestPath: string): ManifestEntry[] {
  let text: string;
  try {
    text = readFileSync(manifestPath, 'utf8');
  } catch (err) {
    throw new KnowledgeError(basename(manifestPath), `cannot read the manifest (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new KnowledgeError(basename(manifestPath), `not valid JSON (${(err as Error).message})`);
  }
  return parseManifest(json, basename(manifestPath));
}
