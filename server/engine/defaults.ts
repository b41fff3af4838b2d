/**
 * Named defaults of the answer engine: every threshold, weight and limit in one place.
 * `createEngine(corpus, index, options)` accepts a partial override of any of them.
 */

export interface EngineOptions {
  /** Most article sentences in one answer (the issue caps this at 3). */
  maxSentences: number;
  /** Soft length budget of an answer's article text, in characters. */
  answerChars: number;
  /** A further sentence joins the answer only if it scores at least this share of the best one. */
  extraSentenceRatio: number;
  /** Share of the question's content (idf-weighted) that the corpus must cover, else `fallback`. */
  minCoverage: number;
  /** Calibrated confidence below which the reply is a `fallback`. */
  minConfidence: number;
  /** After a referral, the article's general fact is added only at or above this confidence. */
  referralFactConfidence: number;
  /** Second topic's score / first topic's score at or above which two different topics are "tied". */
  clarifyRatio: number;
  /** Query-expansion terms (synonyms, spelling corrections) count this much of a typed term. */
  expansionWeight: number;
  /** Cue words of the question type ("dose", "mg" for "how much …") join the search with this weight. */
  cueWeight: number;
  /** Generic verbs (synonyms.json "weak") count this much of a typed term. */
  weakWeight: number;
  /** Coverage threshold factor when the question type is one the article has sentences for. */
  typedCoverageFactor: number;
  /** Terms under a negation ("not", "never") count this much. */
  negatedWeight: number;
  /** How much a sentence that fits the question type (duration, dose, …) is preferred. */
  intentSteer: number;
  /** Bonus for a topic whose heading and questions ask the visitor's question type (× their share). */
  typeSteer: number;
  /** Bonus for a topic whose heading names what is asked (× the squared idf-weighted share it names). */
  headingSteer: number;
  /** How many topics (best by retrieval) are re-ranked by their best answer sentence. */
  rerankTopics: number;
  /** Share of a topic's score that comes from the best answer sentence it holds (0–1). */
  answerWeight: number;

  /** Topic-score weights of the best sentence, the whole passage, the heading and a known question. */
  topicWeights: { sentence: number; passage: number; heading: number; question: number };
  /** MiniSearch field boosts at query time. */
  fieldBoosts: { text: number; title: number; q: number };
  /** Bonus share for the previous turn's topic when a follow-up stays on it ("why does that matter?"). */
  followupPrior: number;
  /** Weight of the previous question's terms in a follow-up that stays on its subject. */
  stayCarry: number;
  /** Weight of the previous question's terms in a follow-up that moves on ("what about for pain?"). */
  shiftCarry: number;
  /** Idf from which a word names a subject of its own (not the article's subject, which is everywhere). */
  subjectIdf: number;
  /** Terms below this idf (in most sentences) are left out of the search when others remain
   * (1 halves search time on the seed article but costs a few follow-ups; 0 = off). */
  minSearchIdf: number;
  /** Suggestions per reply (2–4). */
  suggestions: number;
}

export const DEFAULTS: Readonly<EngineOptions> = Object.freeze({
  maxSentences: 3,
  answerChars: 320,
  extraSentenceRatio: 0.75,
  minCoverage: 0.7,
  minConfidence: 0.35,
  referralFactConfidence: 0.75,
  clarifyRatio: 0.985,
  expansionWeight: 0.7,
  cueWeight: 0.15,
  negatedWeight: 0.5,
  weakWeight: 0.4,
  typedCoverageFactor: 0.6,
  intentSteer: 0.6,
  answerWeight: 0.7,
  rerankTopics: 6,
  typeSteer: 1,
  headingSteer: 1,
  topicWeights: { sentence: 1, passage: 0.5, heading: 0.6, question: 1 },
  fieldBoosts: { text: 1, title: 1.5, q: 2 },
  followupPrior: 0.5,
  stayCarry: 0.8,
  shiftCarry: 0.25,
  subjectIdf: 1.5,
  minSearchIdf: 0,
  suggestions: 3,
});

/** Merges overrides into the defaults (one level deep for the weight objects). */
export function resolveOptions(options: Partial<EngineOptions> = {}): EngineOptions {
  return {
    ...DEFAULTS,
    ...options,
  topicWeights: { ...DEFAULTS.topicWeights, ...options.topicWeights },
    fieldBoosts: { ...DEFAULTS.fieldBoosts, ...options.fieldBoosts },
  };
}
