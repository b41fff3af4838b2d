/**
 * What the engine knows about its corpus, computed ONCE at engine creation from the corpus and the
 * index's stored fields (no wink pass unless the index is stale and must be rebuilt).
 */
import type MiniSearch from 'minisearch';
import { normalizeText } from './understand/analyze.ts';
import { buildIndex, candidateQuestions, fingerprint, indexMatches, loadIndex, type IndexDoc, type Topic, topicQuestions, topicsOf } from './indexing.ts';
import type { Postings } from './score.ts';
import type { QuestionsData, SynonymsData } from './site.ts';
import { detectIntent, type Intent } from './understand/intent.ts';
import { headsForHelpers } from './understand/helping.ts';
import { listsSigns } from './understand/self-check.ts';
import { tellsWhenToSeekHelp } from './understand/seek-help.ts';
import { buildLexicon, type Lexicon } from './understand/query.ts';
import type { Corpus } from './types.ts';
import { headingQuestion } from './heading-questions.ts';
import { buildUnits, type Units } from './units.ts';

export interface CorpusModel {
  corpus: Corpus;
  index: MiniSearch<IndexDoc>;
  topics: Topic[];
  /** Topic index of each sentence id (-1: in no topic, e.g. an FAQ question line). */
  topicOf: Int32Array;
  /** Processed terms of each sentence id. */
  sentenceTerms: string[][];
  /** Distinct terms of each sentence id, with their idf (for scoring without allocating). */
  sentenceIdf: Array<Array<[string, number]>>;
  /** Sentence ids that contain each term (each id once): sentence scores add up per query term. */
  termSentences: Map<string, Int32Array>;
  /** Question-type fit of each sentence id (FEATURE_INTENTS order). */
  features: number[][];
  /** All terms of each topic: sentences, title, questions. */
  topicTerms: Set<string>[];
  /** Terms of each topic's heading (and an FAQ answer's sub-headings). */
  headingTerms: Set<string>[];
  /** Question types each topic answers: share of its heading and questions asking each type. */
  topicTypes: Array<Map<Intent, number>>;
  /** Topics whose heading is addressed to those who help someone (understand/helping.ts). */
  forHelpers: boolean[];
  /** Topics whose heading says when to get help (understand/seek-help.ts). */
  whenToSeekHelp: boolean[];
  /** Topics whose heading lists signs or symptoms (understand/self-check.ts). */
  listsSigns: boolean[];
  /** Question type each question (of `questions`) asks. */
  questionTypes: Intent[];
  /** Questions each topic answers (FAQ question, then alternate questions). */
  questions: Array<{ tp: number; text: string }>;
  questionsByTopic: string[][];
  starters: string[];
  lexicon: Lexicon;
  /** List units and sentences that cannot answer alone (server/engine/units.ts). */
  units: Units;
  /** True when the given index did not fit the corpus and was rebuilt. */
  rebuilt: boolean;
  /** Short tag of the corpus version that a conversation context carries. */
  tag: string;
  /** What retrieval and ranking remember between messages, kept here so those stages keep no state. */
  memo: ModelMemo;
}

export interface ModelMemo {
  /** Per-term result lists per set of field boosts (`text|title|q`), built on first use. */
  postings: Map<string, Postings>;
  /** The postings the last query used: every query asks for the same ones. */
  lastPostings: { text: number; title: number; q: number; postings: Postings } | null;
  /** A zeroed per-sentence array every query reuses (callers leave it zeroed). */
  best: Float64Array;
  /** The last query's raw sentence scores, by the identity and size of its weights. */
  raw: { weights: Map<string, number> | null; size: number; scores: Float64Array };
}

/** Corpus words for spelling correction: lower-case alphabetic words of sentences, titles, questions. */
function corpusWords(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) for (const m of normalizeText(text).matchAll(/[a-z]+/g)) out.push(m[0]);
  return out;
}

/**
 * Builds the engine's model of a corpus. An index JSON that is empty, unreadable or built from
 * another corpus/questions file is replaced by a fresh build: answers must come from THIS corpus.
 */
export function buildModel(
  corpus: Corpus,
  indexJson: string,
  questionsData: QuestionsData,
  synonyms: SynonymsData,
): CorpusModel {
  let index: MiniSearch<IndexDoc> | null = null;
  if (indexJson.trim() !== '') {
    try {
      index = loadIndex(indexJson);
    } catch {
      index = null;
    }
  }
  const rebuilt = index === null || !indexMatches(index, corpus, questionsData);
  if (rebuilt) index = buildIndex(corpus, questionsData);
  const idx = index!;
  const topics = topicsOf(corpus);
  const topicOf = new Int32Array(corpus.sentences.length).fill(-1);
  const sentenceTerms: string[][] = corpus.sentences.map(() => []);
  const features: number[][] = corpus.sentences.map(() => []);
  const topicTerms = topics.map(() => new Set<string>());
  const headingTerms = topics.map(() => new Set<string>());
  const otherTerms: string[] = [];
  topics.forEach((topic, tp) => {
    for (const sid of topic.sentences) {
      const stored = idx.getStoredFields(`s${sid}`) as Partial<IndexDoc> | undefined;
      topicOf[sid] = tp;
      sentenceTerms[sid] = stored?.t ? stored.t.split(' ') : [];
      features[sid] = (stored?.f as number[] | undefined) ?? [];
      for (const t of sentenceTerms[sid]!) topicTerms[tp]!.add(t);
    }
  });
  const questions = topicQuestions(topics, questionsData);
  const questionsByTopic: string[][] = topics.map(() => []);
  questions.forEach((q) => questionsByTopic[q.tp]!.push(q.text));
  // Title and question terms come from the index's own documents, processed at build time.
  for (let tp = 0; tp < topics.length; tp += 1) {
    const heading = idx.getStoredFields(`h${tp}`) as Partial<IndexDoc> | undefined;
    for (const t of (heading?.t ?? '').split(' ').filter(Boolean)) {
      headingTerms[tp]!.add(t);
      topicTerms[tp]!.add(t);
      otherTerms.push(t);
    }
  }
  questions.forEach((q, i) => {
    const stored = idx.getStoredFields(`q${i}`) as Partial<IndexDoc> | undefined;
    for (const t of (stored?.t ?? '').split(' ').filter(Boolean)) {
      topicTerms[q.tp]!.add(t);
      otherTerms.push(t);
    }
  });
  // A topic covers what its derived questions ask ("how long does … last") as it covers its heading.
  const defines = topics.map(() => false);
  candidateQuestions(topics, corpus, questionsData).forEach((c, i) => {
    if (c.text === `what is ${topics[c.tp]!.title.toLowerCase()}`) defines[c.tp] = true;
    const stored = idx.getStoredFields(`d${i}`) as Partial<IndexDoc> | undefined;
    for (const t of (stored?.t ?? '').split(' ').filter(Boolean)) {
      topicTerms[c.tp]!.add(t);
      otherTerms.push(t);
    }
  });
  // A topic nobody wrote a question for is offered by its heading (suggestions, starters).
  const derivedFrom = questions.length;
  topics.forEach((topic, tp) => {
    if (questionsByTopic[tp]!.length > 0) return;
    const q = headingQuestion(topic.title, defines[tp]!);
    if (q === null) return;
    questions.push({ tp, text: q });
    questionsByTopic[tp]!.push(q);
  });
  const texts = [
    ...topics.flatMap((t) => t.sentences.map((sid) => corpus.sentences[sid]?.text ?? '')),
    ...topics.map((t) => t.title),
    ...questions.map((q) => q.text),
  ];
  const lexicon = buildLexicon(
    topics.flatMap((t) => t.sentences.map((sid) => sentenceTerms[sid]!)),
    otherTerms,
    corpusWords(texts),
    synonyms,
    corpus.lexicon,
  );
  const sentenceIdf = sentenceTerms.map((terms) => [...new Set(terms)].map((t): [string, number] => [t, lexicon.idf.get(t) ?? 1]));
  const bySentence = new Map<string, number[]>();
  sentenceIdf.forEach((terms, sid) => {
    for (const [t] of terms) {
      const list = bySentence.get(t);
      if (list) list.push(sid);
      else bySentence.set(t, [sid]);
    }
  });
  const termSentences = new Map([...bySentence].map(([t, sids]): [string, Int32Array] => [t, Int32Array.from(sids)]));
  // What a section's heading and its questions ask ("Doses of …", "How long does … last?") says which
  // question types it answers: read once with the same question-type rules as a visitor's message.
  const questionTypes = questions.map((q) => detectIntent({ normalized: normalizeText(q.text) }));
  const topicTypes = topics.map((topic, tp) => {
    const asks = [topic.title, ...questionsByTopic[tp]!].map((text) => detectIntent({ normalized: normalizeText(text) }));
    const share = new Map<Intent, number>();
    for (const intent of asks) share.set(intent, (share.get(intent) ?? 0) + 1 / asks.length);
    return share;
  });
  const forHelpers = topics.map((t) => headsForHelpers(t.title));
  // Without owner starters: real questions first (FAQ, question headings), then the headings'.
  const asked = questions.filter((q, i) => i < derivedFrom || !q.text.startsWith('Tell me about'));
  const told = questions.filter((q, i) => i >= derivedFrom && q.text.startsWith('Tell me about'));
  const starters = (questionsData.starters ?? []).length > 0
    ? [...(questionsData.starters ?? [])]
    : [...new Set([...asked, ...told].map((q) => q.text))].slice(0, 4);
  const units = buildUnits(corpus, new Set(corpus.faqs.flatMap((f) => f.answer)));
  const n = corpus.sentences.length;
  const memo: ModelMemo = { postings: new Map(), lastPostings: null, best: new Float64Array(n), raw: { weights: null, size: 0, scores: new Float64Array(n) } };
  const tag = fingerprint(corpus.version).slice(0, 6);
  return { units, corpus, index: idx, topics, topicOf, sentenceTerms, sentenceIdf, termSentences, features, topicTerms, headingTerms, topicTypes, forHelpers, listsSigns: topics.map((t) => listsSigns(t.title)), whenToSeekHelp: topics.map((t) => tellsWhenToSeekHelp(t.title)), questionTypes, questions, questionsByTopic, starters, lexicon, rebuilt, tag, memo };
}

/** Drops the last query's weights, which ranking and selection share while one message is answered. */
export function forgetQuery(model: CorpusModel): void {
  model.memo.raw.weights = null;
  model.memo.raw.size = 0;
}

/** Drops the spelling guesses made for a visitor's unknown words (a new map: O(1)). */
export function forgetGuesses(model: CorpusModel): void {
  const memo = model.lexicon.memo;
  if (memo.guesses.size > 0) memo.guesses = new Map();
}
