/**
 * The article sets' report: per set and half, faqchat beside the naive peer; per-case failures for
 * dev halves only (test halves are never looked at case by case).
 */
import { askCase, type ArticleResult, type ArticleSet, halfFigures, type HalfFigures } from './articles.ts';

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} % (${n}/${d})`);
const chars = (n: number): string => (Number.isNaN(n) ? '–' : `${Math.round(n)}`);

export interface SetRun {
  name: string;
  half: 'dev' | 'test';
  faqchat: ArticleResult[];
  naive: ArticleResult[];
}

export function runSets(sets: readonly ArticleSet[]): SetRun[] {
  const runs: SetRun[] = [];
  for (const set of sets) {
    for (const half of ['dev', 'test'] as const) {
      const cases = set.halves[half];
      if (cases.length === 0) continue;
      runs.push({ name: set.name, half, faqchat: cases.map((c) => askCase(set.faqchat, c)), naive: cases.map((c) => askCase(set.naive, c)) });
    }
  }
  return runs;
}

function row(label: string, a: HalfFigures, b: HalfFigures): string {
  return `| ${label} | ${pct(a.right, a.inscope)} | ${pct(a.sentence, a.inscope)} | ${pct(a.declined, a.outOfScope)} | ${chars(a.medianChars)} | ${pct(b.right, b.inscope)} | ${pct(b.sentence, b.inscope)} | ${pct(b.declined, b.outOfScope)} | ${chars(b.medianChars)} |`;
}

/** Reply kinds an in-scope miss can have. */
const MISS_KINDS = ['fallback', 'answer', 'clarify', 'concern', 'crisis', 'referral', 'smalltalk'] as const;

/** Sets of new wording about the shipped seed article (`seed`, `seed-2`, …), not new articles. */
const isSeedWording = (name: string): boolean => name === 'seed' || name.startsWith('seed-');

/** One dev-half failure, with what was expected and what came back. */
export function formatArticleFailure(r: ArticleResult): string {
  const want = r.c.expect === 'fallback' ? 'decline' : `${(r.c.headings ?? []).join(' | ')}`;
  const why = r.c.expect === 'fallback' ? 'answered' : r.right ? 'wrong sentence' : 'wrong section';
  const before = r.c.before?.length ? ` (after ${r.c.before.map((b) => JSON.stringify(b)).join(', ')})` : '';
  return `  [${r.c.style}] ${JSON.stringify(r.c.q)}${before}: ${why}\n    expected ${want}\n    got      ${r.got.kind}/${r.got.sources[0]?.title ?? '-'}: ${JSON.stringify(r.got.text.slice(0, 160))}`;
}

/** The table (both halves, and the unseen articles pooled) and the dev-half failures. */
export function articleReport(runs: readonly SetRun[]): string {
  const lines = ['## Article sets: faqchat vs the naive peer (same paragraphs)', ''];
  lines.push('| set / half | in-scope right | right sentence | out-of-scope declined | median chars | naive right | naive sentence | naive declined | naive chars |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) lines.push(row(`${r.name} / ${r.half}`, halfFigures(r.faqchat), halfFigures(r.naive)));
  for (const half of ['dev', 'test'] as const) {
    const pools: Array<[string, SetRun[]]> = [
      ['unseen articles', runs.filter((r) => r.half === half && !isSeedWording(r.name))],
      ['seed wording, all sets', runs.filter((r) => r.half === half && isSeedWording(r.name))],
    ];
    for (const [label, pool] of pools) {
      if (pool.length > 1) lines.push(row(`${label} / ${half}`, halfFigures(pool.flatMap((r) => r.faqchat)), halfFigures(pool.flatMap((r) => r.naive))));
    }
  }
  // Where the in-scope misses went, as totals only (a test half is never read case by case): a
  // decline, an answer from the wrong place, or a safety or referral reply in place of the answer.
  lines.push('', '| in-scope misses by reply kind | ' + MISS_KINDS.join(' | ') + ' |', `|---|${MISS_KINDS.map(() => '---:').join('|')}|`);
  for (const half of ['dev', 'test'] as const) {
    for (const [label, seed] of [['unseen articles', false], ['seed wording', true]] as const) {
      const misses = runs
        .filter((r) => r.half === half && isSeedWording(r.name) === seed)
        .flatMap((r) => r.faqchat)
        .filter((x) => x.c.expect === 'answer' && !x.right);
      lines.push(`| ${label} / ${half} | ${MISS_KINDS.map((k) => misses.filter((x) => x.got.kind === k).length).join(' | ')} |`);
    }
  }
  for (const r of runs.filter((x) => x.half === 'dev')) {
    const failed = r.faqchat.filter((x) => !x.right || (x.c.expect === 'answer' && !x.sentence));
    lines.push('', `### ${r.name} / dev: ${failed.length} not fully right (faqchat)`);
    for (const f of failed) lines.push(formatArticleFailure(f));
  }
  return lines.join('\n');
}
