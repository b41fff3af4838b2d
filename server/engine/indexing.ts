/**
 * The search index of a corpus (built once by `npm run build:knowledge`, loaded by the engine).
 * One MiniSearch over four kinds of documents, each pointing at a TOPIC (a section, or an FAQ pair):
 * sentences, passages (a topic's whole text), headings, and questions (FAQ questions plus the
 * alternate questions in knowledge/questions.json). Text is processed by server/engine/understand/terms.ts before it
 * reaches MiniSearch, so MiniSearch only splits on spaces, at build and at query time alike.
 * Per-sentence features (terms, question-type fit) are precomputed into stored fields.
 */
import MiniSearch from 'minisearch';
import { analyze } from './understand/analyze.ts';
import { FEATURE_INTENTS, sentenceFeatures } from './understand/intent.ts';
import { termsOf, textTerms } from './understand/terms.ts';
import type { QuestionsData } from './site.ts';
import type { Corpus, FaqPair, ReplySource } from './types.ts';

/** A unit the engine answers from: a section with body text, or one FAQ pair. */
export interface Topic {
  /** Section id, or FAQ pair id; this is `trace.sectionId` and the URL anchor. */
  id: string;
  /** Section title, or the FAQ question. */
  title: string;
  url: string;
  /** The section the topic belongs to (the FAQ section for FAQ pairs). */
  sectionId: string;
  parentId: string | null;
  isFaq: boolean;
  /** Sentence ids in article order. */
  sentences: number[];
  /** Sub-headings inside an FAQ answer: searched with the heading. */
  subheadings?: string[];
  /** The citation of an owner-written pair (its FAQ pair's `source`); else the title and url are cited. */
  source?: ReplySource;
  /** A part of an FAQ answer under a sub-heading: the pair's question (the title is the sub-heading). */
  question?: string;
}

/**
 * An FAQ answer with sub-headings ("Short-term use", "Risks to know about") is one topic per
 * sub-heading, titled by it and asked by the pair's question; text before the first is the pair's own.
 */
function partTopics(faq: FaqPair, sectionId: string): Topic[] {
  const parts = [{ title: faq.question, from: faq.answer[0]! }, ...(faq.parts ?? [])];
  const out: Topic[] = [];
  parts.forEach((part, i) => {
    const end = parts[i + 1]?.from ?? Infinity;
    const sentences = faq.answer.filter((sid) => sid >= part.from && sid < end);
    if (sentences.length === 0) return;
    const own = i === 0;
    // The first topic keeps the pair's id, so questions the owner keyed by it still find it.
    out.push({
      id: out.length === 0 ? faq.id : `${faq.id}-${part.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
      title: part.title,
      url: faq.url,
      sectionId,
      parentId: sectionId,
      isFaq: true,
      sentences,
      ...(own ? {} : { question: faq.question }),
    });
  });
  return out;
}


const splitTerms = (text: string): string[] => (text === '' ? [] : text.split(' '));
const keepTerm = (term: string): string => term;

/** MiniSearch options, identical at build and load time (MiniSearch requires that). */
export const INDEX_OPTIONS = {
  fields: ['text', 'title', 'q'],
  storeFields: ['k', 'tp', 'f', 't', 'h', 'x'],
  tokenize: splitTerms,
  processTerm: keepTerm,
  searchOptions: { tokenize: splitTerms, processTerm: keepTerm },
};

/**
 * One indexed document. `k`: s(entence) | p(assage) | h(eading, and a derived candidate question `d<i>`)
 * | q(uestion); `tp`: topic index.
 */
export interface IndexDoc {
  id: string;
  k: 's' | 'p' | 'h' | 'q';
  tp: number;
  text?: string;
  title?: string;
  q?: string;
  /** Sentences: question-type fit, FEATURE_INTENTS order (server/engine/understand/intent.ts). */
  f?: number[];
  /** Sentences, headings, questions: processed terms, space-separated. */
  t?: string;
  /** Sentences: hash of the verbatim text, so a stale index is detected. */
  h?: string;
  /** Questions: the question as written (derived candidates: as derived). */
  x?: string;
}

/**
 * Topics of a corpus in article order: every section with body text (not the FAQ section itself),
 * then each FAQ pair where its section stands.
 */
export function topicsOf(corpus: Corpus): Topic[] {
  const topics: Topic[] = [];
  for (const section of corpus.sections) {
    if (section.isFaq) {
      for (const faq of corpus.faqs.filter((f) => f.sectionId === section.id)) {
        if (faq.answer.length === 0) continue;
        if (faq.parts) {
          topics.push(...partTopics(faq, section.id));
          continue;
        }
        topics.push({
          id: faq.id,
          title: faq.question,
          url: faq.url,
          sectionId: section.id,
          parentId: section.id,
          isFaq: true,
          sentences: [...faq.answer],
          ...(faq.subheadings ? { subheadings: faq.subheadings } : {}),
          ...(faq.source ? { source: faq.source } : {}),
        });
      }
      continue;
    }
    const sentences = section.paragraphs.flat();
    if (sentences.length === 0) continue;
    topics.push({
      id: section.id,
      title: section.title,
      url: section.url,
      sectionId: section.id,
      parentId: section.parentId,
      isFaq: false,
      sentences,
    });
  }
  return topics;
}

/** FNV-1a, 8 hex chars: cheap fingerprint of a sentence text (not security). */
export function fingerprint(text: string): string {
  // Kept a signed 32-bit integer in the loop (an unsigned one above 2^31 is a heap number in V8).
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Questions that point at a topic: its FAQ question (if any), then its alternate questions. */
export function topicQuestions(topics: Topic[], data: QuestionsData): Array<{ tp: number; text: string }> {
  const out: Array<{ tp: number; text: string }> = [];
  topics.forEach((topic, tp) => {
    const seen = new Set<string>();
    const list = [...(topic.isFaq ? [topic.question ?? topic.title] : []), ...(data.sections[topic.id] ?? [])];
    for (const text of list) {
      const key = text.trim().toLowerCase();
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      out.push({ tp, text: text.trim() });
    }
  });
  return out;
}

/**
 * The candidate questions derived from the article's sentences at build time (knowledge/candidates.ts),
 * each on its sentence's topic. Indexed like heading text, not like a question someone wrote: they
 * are machine-made, so they weigh no more than the heading they extend.
 */
export function candidateQuestions(topics: Topic[], corpus: Corpus, data: QuestionsData): Array<{ tp: number; text: string }> {
  const out: Array<{ tp: number; text: string }> = [];
  if (!corpus.candidates || corpus.candidates.length === 0) return out;
  const topicOf = new Map<number, number>();
  topics.forEach((topic, tp) => {
    // The site owner's own questions for a section replace what the build guesses.
    if ((data.sections[topic.id] ?? []).length > 0) return;
    for (const sid of topic.sentences) topicOf.set(sid, tp);
  });
  for (const c of corpus.candidates) {
    const tp = topicOf.get(c.sid);
    if (tp !== undefined) out.push({ tp, text: c.text });
  }
  return out;
}

/** A page's first section when it is headed by the page's title: the opening text, titled by the page. */
function pageTitled(corpus: Corpus): Set<string> {
  const out = new Set<string>();
  for (const doc of corpus.docs) {
    const first = corpus.sections.find((s) => s.docId === doc.id);
    if (first && first.title.trim().toLowerCase() === doc.title.trim().toLowerCase()) out.add(first.id);
  }
  return out;
}

/** The documents of a corpus's index (one wink pass per sentence, title and question). */
export function indexDocuments(corpus: Corpus, data: QuestionsData): IndexDoc[] {
  const topics = topicsOf(corpus);
  const docs: IndexDoc[] = [];
  const pageTitles = pageTitled(corpus);
  topics.forEach((topic, tp) => {
    // A section headed by its page's own title (the opening text) is named by it no more than the
    // rest of the page: "… and What Helps" does not make it the section about what helps.
    const named = pageTitles.has(topic.sectionId) && !topic.isFaq ? [] : [topic.title];
    const title = textTerms([...named, ...(topic.subheadings ?? []), ...(topic.question ? [topic.question] : [])].join('. ')).join(' ');
    const passage: string[] = [];
    docs.push({ id: `h${tp}`, k: 'h', tp, title, t: title });
    for (const sid of topic.sentences) {
      const sentence = corpus.sentences[sid];
      if (!sentence) continue;
      const a = analyze(sentence.text);
      const terms = termsOf(a).join(' ');
      passage.push(terms);
      docs.push({
        id: `s${sid}`,
        k: 's',
        tp,
        text: terms,
        title,
        f: sentenceFeatures(a.lemmas, a.entities.map((e) => e.type), { list: sentence.item === true || (/:["'”’)]*$/.test(sentence.text.trim()) && corpus.sentences[sid + 1]?.item === true) }),
        t: terms,
        h: fingerprint(sentence.text),
      });
    }
    docs.push({ id: `p${tp}`, k: 'p', tp, text: passage.join(' ') });
  });
  topicQuestions(topics, data).forEach((question, i) => {
    const q = textTerms(question.text).join(' ');
    docs.push({ id: `q${i}`, k: 'q', tp: question.tp, q, t: q, x: question.text });
  });
  candidateQuestions(topics, corpus, data).forEach((candidate, i) => {
    const title = textTerms(candidate.text).join(' ');
    docs.push({ id: `d${i}`, k: 'h', tp: candidate.tp, title, t: title, x: candidate.text });
  });
  return docs;
}

/**
 * Builds the search index of a corpus. Serialise it with `JSON.stringify(index)`; load it back with
 * `loadIndex(json)`.
 *
 * @example const json = JSON.stringify(buildIndex(corpus)); const index = loadIndex(json);
 */
export function buildIndex(corpus: Corpus, data: QuestionsData): MiniSearch<IndexDoc> {
  const index = new MiniSearch<IndexDoc>(INDEX_OPTIONS);
  index.addAll(indexDocuments(corpus, data));
  return index;
}

/** Loads an index serialised from `buildIndex`. Throws a faqchat error on JSON that is not one. */
export function loadIndex(json: string): MiniSearch<IndexDoc> {
  try {
    return MiniSearch.loadJSON<IndexDoc>(json, INDEX_OPTIONS);
  } catch (error) {
    throw new Error(`faqchat: the search index could not be loaded (${(error as Error).message})`);
  }
}

/**
 * True when an index was built from this corpus and these questions: every topic, sentence text and
 * question is where the index says. The engine rebuilds a stale index rather than answer from it.
 */
export function indexMatches(index: MiniSearch<IndexDoc>, corpus: Corpus, data: QuestionsData): boolean {
  const topics = topicsOf(corpus);
  const questions = topicQuestions(topics, data);
  const candidates = candidateQuestions(topics, corpus, data);
  let expected = 0;
  for (let tp = 0; tp < topics.length; tp += 1) {
    const topic = topics[tp]!;
    expected += 2 + topic.sentences.length;
    for (const sid of topic.sentences) {
      const stored = index.getStoredFields(`s${sid}`);
      const sentence = corpus.sentences[sid];
      if (!stored || !sentence || stored.tp !== tp || stored.h !== fingerprint(sentence.text)) return false;
      // Features from an older build have another layout (FEATURE_INTENTS + the meta flag).
      if (!Array.isArray(stored.f) || stored.f.length !== FEATURE_INTENTS.length + 1) return false;
    }
  }
  for (let i = 0; i < questions.length; i += 1) {
    const stored = index.getStoredFields(`q${i}`);
    if (!stored || stored.x !== questions[i]!.text || stored.tp !== questions[i]!.tp) return false;
  }
  for (let i = 0; i < candidates.length; i += 1) {
    const stored = index.getStoredFields(`d${i}`);
    if (!stored || stored.x !== candidates[i]!.text || stored.tp !== candidates[i]!.tp) return false;
  }
  return index.documentCount === expected + questions.length + candidates.length;
}
