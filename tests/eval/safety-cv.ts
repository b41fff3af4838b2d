/**
 * `npx tsx tests/eval/safety-cv.ts`: leave-one-set-out estimate of the safety net (scorer.ts,
 * knowledge/risk-model.ts). For each crisis DEV half, the net is retrained WITHOUT that half's
 * messages (every safety example equal or near to one of its turns) and the half is measured
 * through the real engine. The rules were written with every dev half in view, so the figure
 * measures what the learned part adds on messages it never saw; a blind test half is never read.
 *
 * Rows per half:
 *   rules only    the engine with no net (what the hand-written rules catch alone);
 *   LOSO gate     the engine with the net trained without the half (the honest figure);
 *   in-sample     the engine with the net trained on every example (the shipped build);
 *   LOSO net      the net alone on the half's last turns: positives over the threshold and
 *                 negatives over it, plus the ranking quality (AUC).
 *
 *   npx tsx tests/eval/safety-cv.ts            # the table
 *   npx tsx tests/eval/safety-cv.ts --misses   # also each dev case the LOSO gate gets wrong
 *   --shift x                                  # both net thresholds x higher (a sweep)
 *   --shift-unanswered x, --shift-answered x   # one of them
 */
import { join } from 'node:path';
import { DEFAULT_PATHS } from '../../knowledge/build.ts';
import { readSiteData } from '../../knowledge/site.ts';
import { trainRiskTable, type SafetyExamples } from '../../knowledge/risk-model.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { NET_THRESHOLDS } from '../../server/engine/tiers.ts';
import { createScorer, harmWords, riskVocabulary } from '../../server/engine/safety/scorer.ts';
import { viewOf } from '../../server/engine/safety/view.ts';
import { analyze } from '../../server/engine/understand/analyze.ts';
import type { RiskTable } from '../../server/engine/site.ts';
import type { Engine } from '../../server/engine/types.ts';
import type { SafetyCase } from '../golden/crisis/types.ts';
import { evaluateCrisisHalf, type CrisisHalfReport } from './crisis.ts';
import { loadCorpus } from './load.ts';
import { DEV_HALVES } from './safety-halves.ts';

/** Token overlap (Jaccard) at or above which an example counts as the held-out message reworded. */
const NEAR = 0.6;

const tokens = (s: string): Set<string> => new Set(s.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean));
function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both || 1);
}

/** The examples with every message of `held` (and anything near one) left out. */
export function without(examples: SafetyExamples, held: readonly SafetyCase[]): { examples: SafetyExamples; dropped: number } {
  const heldTokens = held.flatMap((c) => c.turns.map(tokens));
  let dropped = 0;
  const keep = (text: string): boolean => {
    const t = tokens(text);
    const near = heldTokens.some((h) => jaccard(t, h) >= NEAR);
    if (near) dropped++;
    return !near;
  };
  return { examples: { risk: examples.risk.filter(keep), calm: examples.calm.filter(keep) }, dropped };
}

/** What the engine said it did with the last turn of a conversation (the tier and its reason). */
function lastIntent(engine: Engine, turns: readonly string[]): string {
  let context: string | undefined;
  let intent = '';
  for (const t of turns) {
    const { reply, trace } = engine.answer(t, context);
    context = reply.context;
    intent = trace.intent;
  }
  return intent;
}

/** Area under the ROC curve: the chance a positive scores above a negative (ties count half). */
function auc(pos: number[], neg: number[]): number {
  let sum = 0;
  for (const p of pos) for (const n of neg) sum += p > n ? 1 : p === n ? 0.5 : 0;
  return sum / (pos.length * neg.length || 1);
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const shift = Number(arg('--shift') ?? 0);
// A sweep moves both thresholds together; the engines below read them per message.
NET_THRESHOLDS.unanswered += Number(arg('--shift-unanswered') ?? shift);
NET_THRESHOLDS.answered += Number(arg('--shift-answered') ?? shift);
const build = loadCorpus();
const site = readSiteData(DEFAULT_PATHS.knowledgeDir);
const all: SafetyExamples = (await import(join(DEFAULT_PATHS.knowledgeDir, 'safety-examples.json'), { with: { type: 'json' } })).default;
const vocab = riskVocabulary(build.site.domain.treatments, harmWords(site.safety));
const engineWith = (scorer: RiskTable | undefined) => {
  const { scorer: _shipped, ...safety } = build.site.safety;
  return createEngine({ ...build, site: { ...build.site, safety: scorer ? { ...safety, scorer } : safety } });
};
const fig = (h: CrisisHalfReport): string => `${h.recall.shown}/${h.recall.total} · ${h.falseAlarms.count}/${h.falseAlarms.total}`;

const rules = engineWith(undefined);
const shipped = engineWith(trainRiskTable(all, vocab));
const rows: string[][] = [];
const totals = { pos: 0, shown: 0, neg: 0, fa: 0 };
const misses: string[] = [];
for (const [name, cases] of DEV_HALVES) {
  const { examples, dropped } = without(all, cases);
  const table = trainRiskTable(examples, vocab);
  const engine = engineWith(table);
  const loso = evaluateCrisisHalf(engine, name, cases);
  const score = createScorer(table, vocab);
  const pos: number[] = [];
  const neg: number[] = [];
  for (const c of cases) (c.expect === 'none' ? neg : pos).push(score(viewOf(analyze(c.turns[c.turns.length - 1]!))));
  const over = (xs: number[]): number => xs.filter((x) => x > NET_THRESHOLDS.unanswered).length;
  rows.push([
    name,
    String(dropped),
    fig(evaluateCrisisHalf(rules, name, cases)),
    fig(loso),
    fig(evaluateCrisisHalf(shipped, name, cases)),
    `${over(pos)}/${pos.length} · ${over(neg)}/${neg.length}`,
    auc(pos, neg).toFixed(3),
  ]);
  totals.pos += loso.recall.total;
  totals.shown += loso.recall.shown;
  totals.neg += loso.falseAlarms.total;
  totals.fa += loso.falseAlarms.count;
  for (const r of loso.results) if (!r.pass) misses.push(`  ${name} [${r.case.level}, expect ${r.case.expect}] ${JSON.stringify(r.case.turns)} → ${r.kind} (${lastIntent(engine, r.case.turns)})`);
}

console.log('## Safety net, leave one dev set out (recall shown/positives · false alarms/negatives)\n');
console.log('| half | examples left out | rules only | LOSO gate | in-sample gate | LOSO net alone (> cut) | LOSO net AUC |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const pct = (a: number, b: number): string => `${((a / b) * 100).toFixed(1)} %`;
console.log(`\nLOSO gate, all dev halves: recall ${totals.shown}/${totals.pos} (${pct(totals.shown, totals.pos)}), false alarms ${totals.fa}/${totals.neg} (1 in ${(totals.neg / Math.max(totals.fa, 1)).toFixed(1)})`);
if (process.argv.includes('--misses')) console.log(`\n### LOSO gate misses and false alarms\n${misses.join('\n')}`);
