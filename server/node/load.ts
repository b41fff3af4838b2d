/**
 * Loads the prebuilt knowledge (written by `npm run build:knowledge`) at server start. The only file
 * I/O of the engine side; the engine itself receives `corpus` and `indexJson` and stays pure.
 * Rebuild-when-stale is knowledge/build.ts `ensureKnowledgeBuilt()`; call it before this in `npm start`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KnowledgeBuild } from '../engine/engine.ts';
import type { Corpus } from '../engine/types.ts';
import type { SiteData } from '../engine/site.ts';

/**
 * Reads `corpus.json`, `site.json` (validated by the build) and `index.json` (MiniSearch `toJSON`)
 * from `dir`, relative to the current directory.
 * Throws `faqchat: …` errors that say what to run when the build is missing or broken.
 *
 * @example const engine = createEngine(loadKnowledgeBuild());
 */
export function loadKnowledgeBuild(dir = 'build/knowledge'): KnowledgeBuild {
  const folder = resolve(dir);
  const read = (name: string): string => {
    try {
      return readFileSync(join(folder, name), 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        throw new Error(`faqchat: ${join(dir, name)} is missing; run \`npm run build:knowledge\` first`);
      }
      throw new Error(`faqchat: cannot read ${join(dir, name)} (${code ?? String(err)})`);
    }
  };
  const corpusText = read('corpus.json');
  const indexJson = read('index.json');
  const siteText = read('site.json');
  let corpus: Corpus;
  try {
    corpus = JSON.parse(corpusText) as Corpus;
  } catch {
    throw new Error(`faqchat: ${join(dir, 'corpus.json')} is not valid JSON; run \`npm run build:knowledge -- --force\``);
  }
  if (!corpus || typeof corpus.version !== 'string' || !Array.isArray(corpus.sections) || !Array.isArray(corpus.sentences)) {
    throw new Error(`faqchat: ${join(dir, 'corpus.json')} is not a corpus; run \`npm run build:knowledge -- --force\``);
  }
  let site: SiteData | null = null;
  try {
    site = JSON.parse(siteText) as SiteData;
  } catch {
    // reported below
  }
  if (!site || typeof site.crisis !== 'object' || typeof site.strings !== 'object') {
    throw new Error(`faqchat: ${join(dir, 'site.json')} is not site data; run \`npm run build:knowledge -- --force\``);
  }
  return { corpus, indexJson, site };
}
