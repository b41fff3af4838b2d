/**
 * Scoring helpers shared by retrieval and answer selection: what a topic hit is, the meta-sentence
 * factor, and the short-list sorts both stages use on every message.
 */
import type { Intent } from './understand/intent.ts';

/** What retrieval finds for one topic (server/engine/retrieve.ts), ranked by server/engine/rank.ts. */
export interface TopicHit {
  tp: number;
  /** Weighted sum of the best sentence, passage, heading and question scores (raw BM25 units). */
  score: number;
  /** Best-scoring sentence id of the topic in the search (null if only other documents matched). */
  bestSentence: number | null;
  /** Best-matching question of the topic (index into the model's questions), or null. */
  bestQuestion: number | null;
  /** How many of the visitor's words that question matched. */
  questionWords: number;
}

/** Share of its score a meta sentence ("this article will discuss…") loses. */
export const META_PENALTY = 0.6;

/**
 * Score factor of a sentence about the text ("we will also discuss …"): it names topics without
 * answering them, so it loses, except when the visitor asks what the text covers.
 */
export function metaFactor(intent: Intent | undefined, meta: number, steer: number): number {
  return intent === 'overview' ? 1 + steer * meta : 1 - META_PENALTY * meta;
}

/** Longest list sorted by insertion: the engine's lists are a corpus's topics or a topic's sentences. */
const SHORT = 32;

/**
 * Sorts topics best first (score descending, then topic index): the same order as
 * `list.sort((a, b) => b.score - a.score || a.tp - b.tp)` (topic indexes are unique, so the order is
 * total), by insertion for short lists, where the built-in sort's setup costs more than the sort.
 */
export function byScoreThenTopic<T extends { score: number; tp: number }>(list: T[]): T[] {
  return sortShort(list, (a, b) => b.score - a.score || a.tp - b.tp);
}

/** Sorts in place by `cmp` (a total order): insertion for short lists, the built-in sort otherwise. */
export function sortShort<T>(list: T[], cmp: (a: T, b: T) => number): T[] {
  if (list.length > SHORT) return list.sort(cmp);
  for (let i = 1; i < list.length; i += 1) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(list[j]!, x) > 0) {
      list[j + 1] = list[j]!;
      j -= 1;
    }
    list[j + 1] = x;
  }
  return list;
}

/** Ascending numbers (sentence ids), by insertion when short: same result as `sort((a, b) => a - b)`. */
export function ascending(list: number[]): number[] {
  if (list.length > SHORT) return list.sort((a, b) => a - b);
  for (let i = 1; i < list.length; i += 1) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! - x > 0) {
      list[j + 1] = list[j]!;
      j -= 1;
    }
    list[j + 1] = x;
  }
  return list;
}

/** Per-term result lists of the index, for one set of field boosts. */
export interface Postings {
  /** term → [document numbers, their scores] (score includes the field boosts). */
  terms: Map<string, { docs: Int32Array; scores: Float64Array }>;
  /** Per document number: kind code, topic, sentence id or question number (else -1). */
  kind: Uint8Array;
  tp: Int32Array;
  sid: Int32Array;
  /** 1 for a sentence about the text ("we will also discuss …"), else 0. */
  meta: Float64Array;

  /** Scratch, reused by every query (the engine is synchronous). */
  acc: Float64Array;
  seen: Uint32Array;
  touched: Int32Array;
  groupBest: Float64Array;
  groupDocs: Int32Array;
  /** Per topic: best score of each document kind (4 slots), best sentence, best question, its words. */
  topicBest: Float64Array;
  topicSid: Int32Array;
  topicQid: Int32Array;
  topicWords: Uint8Array;
}
