/**
 * `npm run build:knowledge`: manifest + sources → build/knowledge/corpus.json (the `Corpus`),
 * build/knowledge/site.json (the validated site data, knowledge/site.ts) and build/knowledge/index.json (MiniSearch `toJSON()` of server/engine/indexing.ts `buildIndex`). The build is
 * redone only when the version hash (knowledge/version.ts) changed. Files are written to a unique temp
 * name and renamed, so a reader never sees half a file, and concurrent builds (two test runs) can't
 * interleave bytes. index.json is renamed first and corpus.json (which carries the version) last: if
 * the process dies in between, the old version stays in corpus.json and the next run rebuilds.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../server/engine/indexing.ts';
import { scopeSiteData } from '../server/engine/scope.ts';
import type { Corpus } from '../server/engine/types.ts';
import { buildCorpus } from './corpus.ts';
import { deriveCandidates } from './candidates.ts';
import { deriveLexicon } from './lexicon.ts';
import { readManifest } from './manifest.ts';
import { readSource } from './read.ts';
import { readSiteData } from './site.ts';
import { plural } from './outline.ts';
import { computeVersion, REPO_ROOT } from './version.ts';

/** Where the pipeline reads and writes. Both absolute or relative to the current directory. */
export interface KnowledgePaths {
  /** Folder holding sources.json; source paths are relative to it. */
  knowledgeDir: string;
  /** Folder receiving corpus.json and index.json. */
  outDir: string;
}

/** The repository's own knowledge/ and build/knowledge/, independent of the current directory. */
export const DEFAULT_PATHS: KnowledgePaths = {
  knowledgeDir: join(REPO_ROOT, 'knowledge'),
  outDir: join(REPO_ROOT, 'build', 'knowledge'),
};

/** Result of a build or a freshness check. */
export interface BuildResult {
  corpus: Corpus;
  /** 'built' when files were written, 'fresh' when the existing build was already current. */
  status: 'built' | 'fresh';
  /** Why a build happened ('missing', 'stale', 'forced'), or null when fresh. */
  reason: 'missing' | 'stale' | 'forced' | null;
}

/**
 * Reads the manifest and every source, and builds the corpus in memory (no files written).
 * Throws a {@link KnowledgeError} naming the file for any bad source.
 */
export function compileKnowledge(knowledgeDir = DEFAULT_PATHS.knowledgeDir): Corpus {
  const entries = readManifest(join(knowledgeDir, 'sources.json'));
  const version = computeVersion(knowledgeDir, entries);
  const sources = entries.map((entry) => ({ entry, text: readSource(knowledgeDir, entry.file) }));
  return buildCorpus(sources, version);
}

/**
 * Writes `data` to `path` atomically: a unique temp file in the same folder, then a rename.
 *
 * @example writeFileAtomic('build/knowledge/corpus.json', '{}')
 */
export function writeFileAtomic(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** What a build writes; corpus.json last, since it carries the version. */
export const BUILD_FILES = ['site.json', 'index.json', 'corpus.json'] as const;

/** The version recorded in an existing build, or null when there is no complete build. */
export function builtVersion(outDir = DEFAULT_PATHS.outDir): string | null {
  const corpusPath = join(outDir, 'corpus.json');
  if (!BUILD_FILES.every((f) => existsSync(join(outDir, f)))) return null;
  try {
    return (JSON.parse(readFileSync(corpusPath, 'utf8')) as Corpus).version ?? null;
  } catch {
    return null; // unreadable counts as missing
  }
}

/**
 * Builds corpus.json and index.json unless the existing build has the current version.
 * Everything is computed in memory before the first byte is written: a bad source leaves the old
 * build untouched.
 */
export function buildKnowledge(paths: KnowledgePaths = DEFAULT_PATHS, options: { force?: boolean } = {}): BuildResult {
  const entries = readManifest(join(paths.knowledgeDir, 'sources.json'));
  const version = computeVersion(paths.knowledgeDir, entries);
  const existing = builtVersion(paths.outDir);
  if (existing === version && !options.force) {
    const corpus = JSON.parse(readFileSync(join(paths.outDir, 'corpus.json'), 'utf8')) as Corpus;
    return { corpus, status: 'fresh', reason: null };
  }
  const sources = entries.map((entry) => ({ entry, text: readSource(paths.knowledgeDir, entry.file) }));
  const corpus = buildCorpus(sources, version);
  corpus.lexicon = deriveLexicon(corpus);
  corpus.candidates = deriveCandidates(corpus);
  const site = scopeSiteData(readSiteData(paths.knowledgeDir), entries);
  const indexJson = JSON.stringify(buildIndex(corpus, site.questions));
  const corpusJson = JSON.stringify(corpus);
  mkdirSync(paths.outDir, { recursive: true });
  writeFileAtomic(join(paths.outDir, 'site.json'), JSON.stringify(site));
  writeFileAtomic(join(paths.outDir, 'index.json'), indexJson);
  writeFileAtomic(join(paths.outDir, 'corpus.json'), corpusJson);
  return { corpus, status: 'built', reason: options.force ? 'forced' : existing === null ? 'missing' : 'stale' };
}

/**
 * Rebuilds the knowledge build when it is missing or stale, printing one line when it does; silent
 * when the build is current. Call it before loading (npm start, test globalSetup).
 *
 * @example ensureKnowledgeBuilt() // faqchat: knowledge build was stale, rebuilt: 14 sections, 120 sentences, 3 FAQ pairs (1.2 s)
 */
export function ensureKnowledgeBuilt(
  paths: KnowledgePaths = DEFAULT_PATHS,
  log: (line: string) => void = (line) => console.log(line),
): BuildResult {
  const started = performance.now();
  const result = buildKnowledge(paths);
  if (result.status === 'built') log(`faqchat: knowledge build was ${result.reason}, ${summary(result.corpus, started)}`);
  return result;
}

/** "rebuilt: 14 sections, 120 sentences, 3 FAQ pairs (0.8 s)" */
export function summary(corpus: Corpus, started: number): string {
  const s = ((performance.now() - started) / 1000).toFixed(1);
  const { sections, sentences, faqs } = corpus;
  return `rebuilt: ${plural(sections.length, 'section')}, ${plural(sentences.length, 'sentence')}, ${plural(faqs.length, 'FAQ pair')} (${s} s)`;
}
