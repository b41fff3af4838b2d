/**
 * Retrieval: one MiniSearch query over sentences, passages, headings and questions (field boosts),
 * aggregated per topic. Terms arrive processed (server/query.ts), so no fuzzy or prefix search runs
 * here: spelling tolerance already happened, and only for words the corpus does not know.
 */
import type { EngineOptions } from './defaults.ts';
import type { IndexDoc } from './indexing.ts';
import type { CorpusModel } from './model.ts';
import type { Query } from './query.ts';
import { META } from './intent.ts';
import { META_PENALTY } from './rank.ts';

export interface TopicHit {
  tp: number;
  /** Weighted sum of the best sentence, passage, heading and question scores (raw BM25 units). */
  score: number;
  /** Best-scoring sentence id of the topic in the search (null if only other documents matched). */
  bestSentence: number | null;
}

/**
 * Scores topics for a query, best first. Only topics something matched are returned.
 *
 * @example retrieve(model, understand(analyze('how long does it last'), lex, opts), opts)[0].tp
 */
export function retrieve(model: CorpusModel, query: Query, opts: EngineOptions): TopicHit[] {
  if (query.weights.size === 0) return [];
  // A term in most sentences ("ketamine") ranks nothing but makes MiniSearch score every document;
  // it still counts for coverage, and still searches when it is all there is.
  const all = [...query.weights.keys()];
  const informative = all.filter((t) => (model.lexicon.idf.get(t) ?? model.lexicon.maxIdf) >= opts.minSearchIdf);
  const terms = informative.length > 0 ? informative : all;
  const results = model.index.search(terms.join(' '), {
    boost: opts.fieldBoosts,
    boostTerm: (term) => query.weights.get(term) ?? 1,
    combineWith: 'OR',
  });
  const best = new Map<number, { s: number; p: number; h: number; q: number; sid: number | null }>();
  for (const r of results) {
    const doc = r as unknown as IndexDoc & { score: number };
    const entry = best.get(doc.tp) ?? { s: 0, p: 0, h: 0, q: 0, sid: null };
    // A sentence about the text ("we will also discuss …") counts less than one about the subject.
    const score = doc.k === 's' ? r.score * (1 - META_PENALTY * (doc.f?.[META] ?? 0)) : r.score;
    if (doc.k === 's' && score > entry.s) {
      entry.s = score;
      entry.sid = Number(String(r.id).slice(1));
    } else if (doc.k !== 's' && score > entry[doc.k]) entry[doc.k] = score;
    best.set(doc.tp, entry);
  }
  const w = opts.topicWeights;
  const hits: TopicHit[] = [];
  for (const [tp, e] of best) {
    hits.push({ tp, score: w.sentence * e.s + w.passage * e.p + w.heading * e.h + w.question * e.q, bestSentence: e.sid });
  }
  return hits.sort((a, b) => b.score - a.score || a.tp - b.tp);
}
