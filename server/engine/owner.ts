/**
 * The site owner's edits from /admin, applied to a knowledge build: pure, so Node and Workers make
 * the same engine from the same edits. Two kinds change what the bot knows:
 * - a linked question becomes one more alternate question of a section or FAQ pair, exactly as if
 *   it stood in knowledge/questions.json;
 * - an owner-written Q&A pair becomes an FAQ pair of a synthetic document appended after the
 *   articles, cited as the site's FAQ (knowledge/engine-strings.json `ownerSource`).
 * Appending keeps every article sentence id and topic index, and the corpus version stays the same,
 * so a conversation's context (and its crisis flag) stays valid when the engine is swapped.
 */
import type { KnowledgeBuild } from './engine.ts';
import { topicsOf } from './indexing.ts';
import { nlp } from './understand/nlp.ts';
import type { Corpus, FaqPair, Section, Sentence } from './types.ts';

/** Source title of owner pairs when the site data names none. */
export const DEFAULT_OWNER_SOURCE = "this site's FAQ";

/** Limits of what an owner writes on /admin, shared by the admin API's validation and its page. */
export const OWNER_LIMITS = {
  questionChars: 200,
  answerChars: 600,
  /** One reply shows at most three sentences of an FAQ answer; a longer answer would be cut. */
  answerSentences: 3,
  urlChars: 500,
} as const;

export interface OwnerLink {
  /** Section id or FAQ pair id of the corpus. */
  sectionId: string;
  question: string;
}

export interface OwnerPair {
  /** Stable key of the pair (the store's edit id); the pair's id is `site-faq-<key>`. */
  key: string;
  question: string;
  answer: string;
  /** Where the answer is published; '' when the owner gave none. */
  url: string;
}

export interface OwnerEdits {
  links: OwnerLink[];
  pairs: OwnerPair[];
}

/** A section or FAQ pair a question can be linked to, for the owner's picker. */
export interface LinkTarget {
  id: string;
  title: string;
  kind: 'section' | 'faq';
  /** Its alternate questions now (the first is the one the bot offers for it). */
  questions: string[];
}

/**
 * Sentences of an owner's answer, split the way the knowledge build splits article paragraphs.
 *
 * @example ownerSentences('No. Someone should drive you home.') // ['No.', 'Someone should drive you home.']
 */
export function ownerSentences(answer: string): string[] {
  return answer
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((p) => nlp.readDoc(p).sentences().out().map((s) => s.trim()).filter((s) => s !== ''));
}

const fold = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The topics of a corpus an owner can link a question to (not the owner's own pairs). */
export function linkTargets(build: KnowledgeBuild): LinkTarget[] {
  return topicsOf(build.corpus)
    .filter((t) => !t.source)
    .map((t) => ({
      id: t.id,
      title: t.title,
      kind: t.isFaq ? 'faq' : 'section',
      questions: [...(build.site.questions.sections[t.id] ?? [])],
    }));
}

/** Title of every topic by id (sections, FAQ pairs, owner pairs by their question), for reports. */
export function topicTitles(corpus: Corpus): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const s of corpus.sections) titles[s.id] = s.title;
  for (const f of corpus.faqs) titles[f.id] = f.question;
  return titles;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * The build with the owner's edits applied. A link to a section the corpus no longer has, a question
 * the section already lists, and a pair whose question the articles already answer as an FAQ pair
 * (the edits were committed into knowledge/) change nothing. Pass the result to `createEngine`: its
 * `indexJson` is '' so the index is rebuilt in memory.
 */
export function withOwnerEdits(build: KnowledgeBuild, edits: OwnerEdits): KnowledgeBuild {
  const { corpus, site } = build;
  const topicIds = new Set(topicsOf(corpus).map((t) => t.id));
  const sections: Record<string, string[]> = {};
  for (const [id, list] of Object.entries(site.questions.sections)) sections[id] = [...list];
  for (const link of edits.links) {
    if (!topicIds.has(link.sectionId)) continue;
    const list = (sections[link.sectionId] ??= []);
    if (!list.some((q) => fold(q) === fold(link.question))) list.push(link.question.trim());
  }
  const known = new Set(corpus.faqs.map((f) => fold(f.question)));
  const pairs = edits.pairs.filter((p) => {
    const key = fold(p.question);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  const next: KnowledgeBuild = {
    corpus: pairs.length > 0 ? withPairs(corpus, pairs, site.strings.ownerSource ?? DEFAULT_OWNER_SOURCE) : corpus,
    indexJson: '',
    site: { ...site, questions: { ...site.questions, sections } },
  };
  return next;
}

/** The corpus plus one appended FAQ document holding the owner's pairs. */
function withPairs(corpus: Corpus, pairs: OwnerPair[], title: string): Corpus {
  const used = new Set([...corpus.sections.map((s) => s.id), ...corpus.faqs.map((f) => f.id), ...corpus.docs.map((d) => d.id)]);
  const docId = uniqueId('site-faq', used);
  const sectionId = uniqueId('site-faq-section', used);
  const sentences: Sentence[] = [...corpus.sentences];
  const paragraphs: number[][] = [];
  const faqs: FaqPair[] = [...corpus.faqs];
  for (const pair of pairs) {
    const ids = ownerSentences(pair.answer).map((text) => {
      const s: Sentence = { id: sentences.length, sectionId, paragraph: paragraphs.length, text };
      sentences.push(s);
      return s.id;
    });
    if (ids.length === 0) continue;
    paragraphs.push(ids);
    faqs.push({
      id: uniqueId(`site-faq-${pair.key}`, used),
      sectionId,
      question: pair.question.trim(),
      answer: ids,
      url: pair.url,
      source: { title, url: pair.url },
    });
  }
  const section: Section = { id: sectionId, docId, title, level: 1, parentId: null, url: '', paragraphs, isFaq: true };
  return {
    ...corpus,
    docs: [...corpus.docs, { id: docId, title, url: '', file: '' }],
    sections: [...corpus.sections, section],
    sentences,
    faqs,
  };
}
