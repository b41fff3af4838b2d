/**
 * Trains the safety net's weight table (server/engine/safety/scorer.ts) from the site's safety
 * examples: messages that must show crisis resources and hard negatives that must not (idioms,
 * recovery stories, a relative's past, suicide as a topic). Multinomial naive Bayes with additive
 * smoothing and rare features shrunk toward zero; a feature seen fewer than twice, or too weak to
 * matter, is left out, so the table stays small. Runs when the site data is read (build time),
 * never per message.
 */
import { analyze } from '../server/engine/understand/analyze.ts';
import { viewOf } from '../server/engine/safety/view.ts';
import { riskFeatures, type RiskTable, type RiskVocabulary } from '../server/engine/safety/scorer.ts';

export interface SafetyExamples {
  /** Messages that must show the crisis card or the concern check-in. */
  risk: string[];
  /** Messages that must not: hard negatives and ordinary questions. */
  calm: string[];
}

/**
 * The trainer's settings: additive smoothing per feature; how often (both classes together) a
 * feature must be seen to get a weight; the pseudo-count of the shrinkage toward zero (see below);
 * weights closer to zero than `minWeight` are dropped.
 */
export const NAIVE_BAYES = { alpha: 0.5, minCount: 2, shrink: 1, minWeight: 0.5 };

/**
 * @example trainRiskTable({ risk: ['i want to die', …], calm: ['my phone died', …] }, riskVocabulary(['ketamine'], ['rope']))
 */
export function trainRiskTable(examples: SafetyExamples, vocab: RiskVocabulary, settings = NAIVE_BAYES): RiskTable {
  const { alpha: ALPHA, minCount: MIN_COUNT, shrink: SHRINK, minWeight: MIN_WEIGHT } = settings;
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const totals = [0, 0];
  const classes: Array<readonly string[]> = [examples.calm, examples.risk];
  classes.forEach((texts, y) => {
    for (const text of texts) {
      riskFeatures(viewOf(analyze(text)), vocab, {
        add(a, b) {
          const key = b === null ? a : `${a} ${b}`;
          counts[y]!.set(key, (counts[y]!.get(key) ?? 0) + 1);
          totals[y]! += 1;
        },
      });
    }
  });
  const vocabulary = new Set([...counts[0]!.keys(), ...counts[1]!.keys()]);
  const table: RiskTable = { unigrams: {}, bigrams: {} };
  for (const key of [...vocabulary].sort()) {
    const risk = counts[1]!.get(key) ?? 0;
    const calm = counts[0]!.get(key) ?? 0;
    const bigram = key.includes(' ');
    if (risk + calm < MIN_COUNT) continue;
    const p1 = (risk + ALPHA) / (totals[1]! + ALPHA * vocabulary.size);
    const p0 = (calm + ALPHA) / (totals[0]! + ALPHA * vocabulary.size);
    // Shrunk toward zero by how rarely the feature was seen: a word met twice in crisis examples and
    // never elsewhere ("promise") is weak evidence, not a signal.
    const n = risk + calm;
    const w = Math.round(Math.log(p1 / p0) * (n / (n + SHRINK)) * 100) / 100;
    if (Math.abs(w) < MIN_WEIGHT) continue;
    if (bigram) table.bigrams[key] = w;
    else table.unigrams[key] = w;
  }
  return table;
}
