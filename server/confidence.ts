/**
 * Confidence and abstention, calibrated from two things BM25 scores alone cannot tell:
 * how much of the question's content the corpus covers (a question about cost is not answered by a
 * sentence that merely says "ketamine"), and the margin between the best topic and the next one.
 */
import type { EngineOptions } from './defaults.ts';
import type { CorpusModel } from './model.ts';
import { coverage, type Query } from './query.ts';
import type { RankedTopic } from './rank.ts';

export interface Assessment {
  decision: 'answer' | 'clarify' | 'fallback';
  /** 0–1. */
  confidence: number;
  /** Corpus-wide coverage of the question's content words (idf-weighted). */
  coverage: number;
  /** 1 − (second topic's score / best topic's score). */
  margin: number;
  /** For `clarify`: the two topics to choose between. */
  options: number[];
  reason: string;
}

/** True when two topics are the same subject at two levels (a section and its sub-section). */
function related(model: CorpusModel, a: number, b: number): boolean {
  const ta = model.topics[a]!;
  const tb = model.topics[b]!;
  return ta.parentId === tb.id || tb.parentId === ta.id || (ta.isFaq && tb.isFaq);
}

/**
 * Decides answer / clarify / fallback for ranked topics.
 *
 * @example assess(model, query, ranked, opts).decision // 'fallback' for "how much does ketamine cost"
 */
export function assess(model: CorpusModel, query: Query, ranked: RankedTopic[], opts: EngineOptions, typed = false): Assessment {
  const cov = coverage(query.content, model.lexicon.maxIdf);
  const top = ranked[0];
  if (!top) return { decision: 'fallback', confidence: 0, coverage: cov, margin: 0, options: [], reason: 'nothing matched' };
  const second = ranked[1];
  const margin = second ? 1 - second.score : 1;
  const confidence = Math.min(
    1,
    cov * (0.5 + 0.5 * top.topicCoverage) * (0.6 + 0.4 * Math.min(1, margin / 0.4)),
  );
  const base = { confidence, coverage: cov, margin };
  if (cov < opts.minCoverage * (typed ? opts.typedCoverageFactor : 1)) {
    const missing = query.content.filter((c) => !c.covered).map((c) => c.surface);
    return { ...base, decision: 'fallback', options: [], reason: `uncovered: ${missing.join(', ')}` };
  }
  if (confidence < opts.minConfidence) return { ...base, decision: 'fallback', options: [], reason: 'low confidence' };
  if (
    second &&
    query.content.length <= 2 &&
    second.score >= opts.clarifyRatio &&
    !related(model, top.tp, second.tp) &&
    second.topicCoverage >= top.topicCoverage
  ) {
    return { ...base, decision: 'clarify', options: [top.tp, second.tp], reason: 'two topics nearly tied' };
  }
  return { ...base, decision: 'answer', options: [], reason: 'answered' };
}
