/**
 * Article sets (tests/golden/articles/<name>/): each is switched in the way the README tells a site
 * owner (its sources.json and source file → the knowledge build into a temp folder → an engine made
 * from that build) and asked its dev and test questions. A set without sources.json is about the
 * repository's own knowledge/ (the seed). Test halves are imported for their aggregate figures only.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildKnowledge, DEFAULT_PATHS } from '../../knowledge/build.ts';
import { REPO_ROOT } from '../../knowledge/version.ts';
import { createEngine, type KnowledgeBuild } from '../../server/engine/engine.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';
import type { Corpus } from '../../server/engine/types.ts';
import type { ArticleCase } from '../golden/articles/types.ts';
import { engineSystem, type EvalSystem } from './evaluate.ts';
import { loadCorpus } from './load.ts';
import { foldText, median, type Outcome } from './metrics.ts';
import { naivePeer } from './naive.ts';

export const ARTICLES_DIR = join(REPO_ROOT, 'tests', 'golden', 'articles');

export interface ArticleSet {
  name: string;
  build: KnowledgeBuild;
  corpus: Corpus;
  faqchat: EvalSystem;
  naive: EvalSystem;
  halves: { dev: ArticleCase[]; test: ArticleCase[] };
}

/** One scored case. */
export interface ArticleResult {
  c: ArticleCase;
  got: Outcome;
  /** In scope: answered from one of the listed headings. Out of scope: declined. */
  right: boolean;
  /** In scope: the answer contains one of the evidence fragments. */
  sentence: boolean;
}

/** Titles match when they fold to the same text, a trailing question mark or colon aside. */
const foldTitle = (t: string): string => foldText(t).replace(/[?:.!]+$/, '').trim();

/**
 * Scores one reply. An in-scope case is right when the reply carries article text from one of the
 * expected headings: an answer, or a referral, a check-in or a crisis card that carries the
 * article's answer after it (each names the section it quotes). Out of scope, right when the reply
 * carries no article text.
 */
export function scoreArticleCase(c: ArticleCase, got: Outcome): ArticleResult {
  const carries = got.kind === 'answer' || got.sources.length > 0;
  if (c.expect === 'fallback') return { c, got, right: !carries, sentence: !carries };
  const titles = new Set((c.headings ?? []).map(foldTitle));
  const right = carries && got.sources.some((s) => titles.has(foldTitle(s.title)));
  const text = foldText(got.text);
  const sentence = carries && (c.evidence ?? []).some((e) => text.includes(foldText(e)));
  return { c, got, right, sentence };
}

/** Asks one case, its earlier messages first in the same conversation. */
export function askCase(system: EvalSystem, c: ArticleCase): ArticleResult {
  let context: string | undefined;
  for (const before of c.before ?? []) context = system.respond(before, context).context;
  return scoreArticleCase(c, system.respond(c.q, context).outcome);
}

export interface HalfFigures {
  inscope: number;
  right: number;
  sentence: number;
  outOfScope: number;
  declined: number;
  medianChars: number;
}

export function halfFigures(results: readonly ArticleResult[]): HalfFigures {
  const ins = results.filter((r) => r.c.expect === 'answer');
  const oos = results.filter((r) => r.c.expect === 'fallback');
  const lengths = results.filter((r) => r.got.kind === 'answer').map((r) => r.got.text.length);
  return {
    inscope: ins.length,
    right: ins.filter((r) => r.right).length,
    sentence: ins.filter((r) => r.sentence).length,
    outOfScope: oos.length,
    declined: oos.filter((r) => r.right).length,
    medianChars: median(lengths),
  };
}

async function importCases(dir: string, half: 'dev' | 'test'): Promise<ArticleCase[]> {
  const file = join(dir, `${half}.ts`);
  if (!existsSync(file)) return [];
  const mod = (await import(pathToFileURL(file).href)) as Record<string, ArticleCase[] | undefined>;
  return mod[half] ?? [];
}

/**
 * Builds a set's knowledge the way the README tells a site owner: the repository's knowledge/ folder
 * (its site data) with sources.json and the source file replaced by the set's, built into a temp
 * folder, and the engine made from that build. A set without sources.json is the repository's own.
 */
function systemsFor(setDir: string): { build: KnowledgeBuild; corpus: Corpus; faqchat: EvalSystem; naive: EvalSystem } {
  let built: KnowledgeBuild;
  // A set of new questions on a page another set holds names that set in its page.json.
  const pageFile = join(setDir, 'page.json');
  const dir = existsSync(pageFile) ? join(dirname(setDir), (JSON.parse(readFileSync(pageFile, 'utf8')) as { page: string }).page) : setDir;
  if (existsSync(join(dir, 'sources.json'))) {
    const root = mkdtempSync(join(tmpdir(), 'faqchat-eval-'));
    try {
      const knowledgeDir = join(root, 'knowledge');
      mkdirSync(knowledgeDir);
      for (const f of readdirSync(DEFAULT_PATHS.knowledgeDir)) {
        if (f.endsWith('.json') && f !== 'sources.json') copyFileSync(join(DEFAULT_PATHS.knowledgeDir, f), join(knowledgeDir, f));
      }
      for (const f of readdirSync(dir)) if (!f.endsWith('.ts')) copyFileSync(join(dir, f), join(knowledgeDir, f));
      buildKnowledge({ knowledgeDir, outDir: join(root, 'out') }, { force: true });
      built = loadKnowledgeBuild(join(root, 'out'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  } else built = loadCorpus();
  const engine = createEngine(built);
  return { build: built, corpus: built.corpus, faqchat: engineSystem(engine), naive: naivePeer(built.corpus) };
}

/** Every article set under `root` that has questions. */
export async function loadArticleSets(root = ARTICLES_DIR): Promise<ArticleSet[]> {
  if (!existsSync(root)) return [];
  const sets: ArticleSet[] = [];
  for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(root, name);
    const halves = { dev: await importCases(dir, 'dev'), test: await importCases(dir, 'test') };
    if (halves.dev.length + halves.test.length === 0) continue;
    sets.push({ name, ...systemsFor(dir), halves });
  }
  return sets;
}
