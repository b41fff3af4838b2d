/** Temp knowledge folders for pipeline tests: a manifest plus source files, removed after the run. */
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { KnowledgePaths } from '../../knowledge/build.ts';
import { parseManifest, type ManifestEntry } from '../../knowledge/manifest.ts';
import type { Corpus } from '../../server/engine/types.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const REPO_KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
/** Site data every knowledge folder needs (knowledge/site.ts); the optional files are left out. */
const REQUIRED_SITE_FILES = ['crisis.json', 'safety.json', 'engine-strings.json', 'referral.json', 'smalltalk.json'];

/**
 * Creates `<tmp>/knowledge` with `sources.json`, the repository's required site data and the given
 * files, and an empty `<tmp>/out`.
 */
export function tempKnowledge(
  manifest: unknown,
  files: Record<string, string | Uint8Array>,
): KnowledgePaths & { root: string } {
  const root = mkdtempSync(join(tmpdir(), 'faqchat-knowledge-'));
  made.push(root);
  const knowledgeDir = join(root, 'knowledge');
  mkdirSync(knowledgeDir);
  writeFileSync(join(knowledgeDir, 'sources.json'), JSON.stringify(manifest, null, 2));
  for (const f of REQUIRED_SITE_FILES) if (!existsSync(join(knowledgeDir, f))) copyFileSync(join(REPO_KNOWLEDGE, f), join(knowledgeDir, f));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(knowledgeDir, name)), { recursive: true });
    writeFileSync(join(knowledgeDir, name), data);
  }
  return { root, knowledgeDir, outDir: join(root, 'out') };
}

/** One validated manifest entry for a file, for feeding `buildCorpus` directly. */
export function entry(file: string, title = 'Test document', extra: Record<string, unknown> = {}): ManifestEntry {
  return parseManifest([{ file, title, url: `/${file.replace(/\.\w+$/, '')}`, ...extra }])[0]!;
}

/** A one-section corpus of these sentences. */
export function corpusOf(texts: string[]): Corpus {
  return {
    version: 'test',
    docs: [],
    sections: [{ id: 'a', docId: 'd', title: 'About', level: 2, parentId: null, url: '#a', paragraphs: [texts.map((_, i) => i)], isFaq: false }],
    sentences: texts.map((text, id) => ({ id, sectionId: 'a', paragraph: 0, text })),
    faqs: [],
  };
}
