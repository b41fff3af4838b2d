/**
 * Answer selection: which topic, and which one to three of its sentences, VERBATIM and in article
 * order. The question type steers both: "how long" prefers sentences that state a duration.
 */
import type { EngineOptions } from './defaults.ts';
import { featureIndex, type Intent, META } from './intent.ts';
import type { CorpusModel } from './model.ts';
import type { Query } from './query.ts';
import type { TopicHit } from './retrieve.ts';

/** Share of its score a meta sentence ("this article will discuss…") loses. */
export const META_PENALTY = 0.6;

export interface RankedTopic {
  tp: number;
  /** 0–1 relative to the best topic, after steering and content coverage. */
  score: number;
  /** Share of the question's content (idf-weighted) found in this topic. */
  topicCoverage: number;
  /** Raw retrieval score before normalisation. */
  raw: number;
}

/** Idf-weighted share of the content words that this topic's terms contain. */
export function topicCoverage(model: CorpusModel, query: Query, tp: number): number {
  const terms = model.topicTerms[tp]!;
  let all = 0;
  let hit = 0;
  for (const c of query.content) {
    all += c.idf;
    if (c.via.some((t) => terms.has(t))) hit += c.idf;
  }
  return all === 0 ? 1 : hit / all;
}

/** Relevance of one sentence: idf-weighted matched terms plus question-type fit. */
export function sentenceScore(model: CorpusModel, query: Query, intent: Intent, sid: number, steer: number): number {
  let s = 0;
  for (const [t, idf] of model.sentenceIdf[sid] ?? []) {
    const w = query.weights.get(t);
    if (w !== undefined) s += w * idf;
  }
  const f = featureIndex(intent);
  const fit = f >= 0 ? (model.features[sid]?.[f] ?? 0) : 0;
  const meta = model.features[sid]?.[META] ?? 0;
  return (s * (1 + steer * fit) + steer * fit) * (1 - META_PENALTY * meta);
}

/**
 * Re-ranks retrieved topics: retrieval score (normalised to the best), times how much of the
 * question the topic covers, times how good the best answer cut from it would be (its best
 * sentence, question type and meta-text included): a section that only MENTIONS the words ("we will
 * also discuss … side effects") loses to one that answers.
 */
export function rankTopics(model: CorpusModel, query: Query, intent: Intent, hits: TopicHit[], opts: EngineOptions, prior?: number): RankedTopic[] {
  const top = hits[0]?.score ?? 0;
  if (top <= 0) return [];
  const answer = hits.map((h) => {
    let best = 0;
    for (const sid of model.topics[h.tp]!.sentences) best = Math.max(best, sentenceScore(model, query, intent, sid, opts.intentSteer));
    return best;
  });
  const bestAnswer = Math.max(1e-9, ...answer);
  const ranked = hits.map((h, i) => {
    const cov = topicCoverage(model, query, h.tp);
    let score = (h.score / top) * (0.15 + 0.85 * cov) * (1 - opts.answerWeight + (opts.answerWeight * answer[i]!) / bestAnswer);
    if (prior === h.tp) score *= 1 + opts.followupPrior;
    return { tp: h.tp, score, topicCoverage: cov, raw: h.score };
  });
  ranked.sort((a, b) => b.score - a.score || a.tp - b.tp);
  const best = ranked[0]!.score;
  return ranked.map((r) => ({ ...r, score: r.score / best }));
}

/**
 * The best sentences of a topic for a question: the top one, plus up to two more that score close
 * to it and fit the length budget, returned in article order. `exclude` holds sentences already said.
 */
export function selectSentences(
  model: CorpusModel,
  query: Query,
  intent: Intent,
  tp: number,
  opts: EngineOptions,
  exclude: ReadonlySet<number> = new Set(),
): number[] {
  const topic = model.topics[tp]!;
  const candidates = topic.sentences.filter((sid) => !exclude.has(sid));
  if (candidates.length === 0) return [];
  // FAQ answers are short and whole: give the answer as written.
  if (topic.isFaq) return candidates.slice(0, opts.maxSentences);
  const scored = candidates
    .map((sid, i) => ({ sid, i, s: sentenceScore(model, query, intent, sid, opts.intentSteer) }))
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const first = scored[0]!;
  const chosen = [first.sid];
  let chars = model.corpus.sentences[first.sid]!.text.length;
  for (const c of scored.slice(1)) {
    if (chosen.length >= opts.maxSentences) break;
    const len = model.corpus.sentences[c.sid]!.text.length;
    // A sentence next to one already chosen reads as one passage; it needs a little less score.
    const adjacent = chosen.some((sid) => Math.abs(sid - c.sid) === 1);
    const ratio = adjacent ? opts.extraSentenceRatio * 0.85 : opts.extraSentenceRatio;
    if (first.s <= 0 || c.s < ratio * first.s || chars + len > opts.answerChars) continue;
    chosen.push(c.sid);
    chars += len;
  }
  return chosen.sort((a, b) => a - b);
}
