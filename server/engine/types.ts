/**
 * Shared types of the faqchat pipeline, in pipeline order:
 * article → clean → sections/sentences (Corpus) → index → safety → intent → query → retrieval →
 * answer selection → Reply → HTTP → widget.
 */

import type { CrisisWho, HelpContact, ReferralTopic, SafetyLevel } from './site.ts';

export type { CrisisResource, CrisisResources, CrisisWho, HelpContact, ReferralTopic, SmalltalkType } from './site.ts';

// ─── Corpus: what `npm run build:knowledge` produces from knowledge/sources ───────────────────────

/** One source document as the site owner declared it in knowledge/sources.json. */
export interface SourceDoc {
  /** Stable id derived from the file name (`article` for `article.txt`). */
  id: string;
  title: string;
  /** Public URL of the page; section anchors are appended as `url#anchor`. */
  url: string;
  /** Path of the source file, relative to knowledge/. */
  file: string;
}

/** A heading and the body text under it. Sections are flat, in document order; `parentId` nests them. */
export interface Section {
  /** Slug of the title, unique in the corpus; also the URL anchor. */
  id: string;
  docId: string;
  title: string;
  /** 1 = top level (document sections), 2 = sub-section, 3 = sub-sub-section. */
  level: number;
  parentId: string | null;
  /** `doc.url#id`. */
  url: string;
  /** Paragraphs, each a list of sentence ids (indexes into `Corpus.sentences`). */
  paragraphs: number[][];
  /** True for a section titled like "FAQs" / "Frequently asked questions". */
  isFaq: boolean;
}

/** One sentence, verbatim from the cleaned article (typographic quotes kept). */
export interface Sentence {
  /** Index into `Corpus.sentences`. */
  id: number;
  sectionId: string;
  /** Paragraph index inside the section. */
  paragraph: number;
  text: string;
  /** A list item: answered together with its list's lead-in and the other items. */
  item?: boolean;
}

/** A question/answer pair from an FAQ section. */
export interface FaqPair {
  /** Slug of the question, unique in the corpus; also the URL anchor. */
  id: string;
  sectionId: string;
  question: string;
  /** Sentence ids of the answer paragraph(s), in order. */
  answer: number[];
  /** Sub-headings inside the answer: searched with the question, never shown as answer text. */
  subheadings?: string[];
  /** Each sub-heading with the sentence id its text starts at: the text under one is a topic of its own. */
  parts?: Array<{ title: string; from: number }>;
  /** `doc.url#id`. */
  url: string;
  /** What a reply from this pair cites instead of the question and `url` (the owner's own pairs). */
  source?: ReplySource;
}

export interface Corpus {
  /** Hash of the sources and the pipeline code; a different hash means the build is stale. */
  version: string;
  docs: SourceDoc[];
  sections: Section[];
  sentences: Sentence[];
  faqs: FaqPair[];
  /** Vocabulary derived from the article at build time (knowledge/lexicon.ts); absent in hand-made corpora. */
  lexicon?: DerivedLexicon;
  /** Questions each sentence answers, derived at build time (knowledge/candidates.ts): searched, never shown. */
  candidates?: Array<{ sid: number; text: string }>;
}

/** What the build derives from the article's own words. */
export interface DerivedLexicon {
  /** Abbreviations the article defines, lower case → long form as written ("sad" → "seasonal affective disorder"). */
  abbreviations: Record<string, string>;
  /** Real English words near an article word (one edit, or the same sound): never spelling-corrected. */
  realWords: string[];
  /** Hyphenated compounds by their joined-up spelling ("nighttime" → "night-time"); absent in older builds. */
  compounds?: Record<string, string>;
  /** Everyday words (WordNet) → the article words they share a meaning with ("mad" → angry); absent in older builds. */
  related?: Record<string, string[]>;
  /** Words of an article word's family whose stem differs (WordNet derivations) → it ("treat" → treatment); absent in older builds. */
  family?: Record<string, string[]>;
  /** Acronyms a visitor may type for a recurring term the article never abbreviates ("ppd" → "postpartum depression"). */
  acronyms?: Record<string, string>;
}

// ─── A visitor message, read once by wink-nlp (server/engine/understand/analyze.ts) ───────────────────────────────────

export interface Analysis {
  /** The message as received. */
  text: string;
  /** NFKC, ASCII quotes and dashes, folded whitespace, lower case. */
  normalized: string;
  /** Parallel arrays, one entry per token of `normalized`. */
  tokens: string[];
  lemmas: string[];
  /** Universal POS tags (NOUN, VERB, ADJ, PRON, …). */
  pos: string[];
  stop: boolean[];
  /** True for tokens governed by a preceding not/n't/never. */
  negated: boolean[];
  /** wink token types: word, number, punctuation, emoji, … */
  types: string[];
  /** DURATION and CARDINAL spans, derived from the tokens (wink's NER is off in the trimmed pipe). */
  entities: Array<{ value: string; type: string }>;
  sentences: string[];
}

// ─── Replies: what the engine returns and the HTTP API sends as JSON ─────────────────────────────

/**
 * `crisis`: the crisis card. `concern`: a short, kind check-in with the same resources (hopelessness
 * or a half-matched risk cue without intent, and replies of support mode), then the article's answer
 * if the message also asked one.
 */
export type ReplyKind = 'answer' | 'clarify' | 'fallback' | 'referral' | 'crisis' | 'concern' | 'smalltalk';

export interface ReplySource {
  title: string;
  url: string;
}

export interface Reply {
  kind: ReplyKind;
  /** Plain text, never HTML: at most three article sentences plus a short framing or caution line. */
  text: string;
  sources: ReplySource[];
  /** 2–4 questions the bot can answer; for `clarify`, the options to choose from. */
  suggestions: string[];
  /** 0–1. */
  confidence: number;
  /** Opaque follow-up state; the client sends it back with its next message. */
  context: string;
  /** On a crisis or concern reply, and on every reply after one: the ways to reach help, from the site's crisis data. */
  help?: HelpCard;
}

/** Links to crisis help, ready to render: every resource's, then emergency, then abroad. */
export interface HelpCard {
  title: string;
  contacts: HelpContact[];
}

/** Facts about a reply the server may record (insights); never sent to the visitor. */
export interface ReplyTrace {
  /**
   * The engine's one wink pass over the message (optional). When present, the insights store takes
   * an unanswered question's topic from it instead of reading the message with wink again.
   */
  analysis?: Pick<Analysis, 'normalized' | 'lemmas' | 'types' | 'stop'>;
  /** Section the answer was cut from, if any. */
  sectionId: string | null;
  /** Question type or safety category that decided the reply. */
  intent: string;
  /** The message told of suicide or self-harm, read as history: its text is never kept (insights). */
  told?: true;
}

export interface EngineResult {
  reply: Reply;
  trace: ReplyTrace;
}

/** The answer engine: pure, synchronous, no I/O. */
export interface Engine {
  /** Answers one visitor message; `context` is what the previous reply returned (may be forged). */
  answer(message: string, context?: string): EngineResult;
  /** Up to `limit` questions the bot can answer that match a partial question (typeahead). */
  suggest(partial: string, limit?: number): string[];
  /** Starter questions shown when a conversation opens. */
  starters(): string[];
  /** Section titles and anchors, for the demo page's rendering of the article. */
  readonly corpus: Corpus;
}

// ─── Insights storage (site-owner reports); SQLite on Node, D1 on Workers ─────────────────────────

/** One reply as the server saw it. The store decides what of it to keep (see the privacy policy). */
export interface ReplyEvent {
  /** `trace.analysis` of the reply, passed on by the HTTP app; never stored. */
  analysis?: Pick<Analysis, 'normalized' | 'lemmas' | 'types' | 'stop'>;
  at: Date;
  sessionId: string;
  messageId: string;
  kind: ReplyKind;
  sectionId: string | null;
  confidence: number;
  /** The visitor's message. Kept only for `fallback` / `clarify`, only after scrubbing, and never when `told`. */
  question: string;
  /** `trace.told`: the message told of suicide or self-harm; its text is never kept. */
  told?: boolean;
}

export interface FeedbackEvent {
  at: Date;
  sessionId: string;
  messageId: string;
  helpful: boolean;
}

/** Storage behind the insights; every method may reject, and callers never let that reach a visitor. */
export interface Store {
  recordReply(event: ReplyEvent): Promise<void>;
  recordFeedback(event: FeedbackEvent): Promise<void>;
  /** Deletes rows older than the retention period; returns how many went. */
  purge(now: Date): Promise<number>;
  close(): Promise<void>;
}

// ─── Insights reports (site-owner dashboard, `npm run insights`); written by server/insights/ ───────

/** How sure the engine was, in three buckets (see `CONFIDENCE_BUCKETS` in server/insights/record.ts). */
export type ConfidenceBucket = 'low' | 'medium' | 'high';

/** Counts per reply kind; every kind is present (0 when none). */
export type KindCounts = Record<ReplyKind, number>;

/** Aggregates only: nothing in a report identifies a visitor. Days are UTC, `YYYY-MM-DD`. */
export interface InsightsReport {
  /** ISO time the report was made. */
  generatedAt: string;
  retentionDays: number;
  /** First and last day covered (the days asked for, within the retention window). */
  from: string;
  to: string;
  /** The days the store still holds: the retention window, today included. */
  kept: { from: string; to: string };
  totals: {
    /** Every reply in the window, crisis replies included. */
    questions: number;
    /** Distinct conversations (salted session hashes); crisis replies are not linked to one. */
    sessions: number;
    byKind: KindCounts;
    helpful: number;
    notHelpful: number;
    /** Confidence of `answer` replies. */
    answerConfidence: Record<ConfidenceBucket, number>;
  };
  /** One entry per day of the window, oldest first, zeros included. */
  perDay: Array<{ day: string; sessions: number; byKind: KindCounts }>;
  /** Sections replies were cut from, most used first; `helpfulRate` is null without feedback. */
  sections: Array<{
    sectionId: string;
    title?: string;
    replies: number;
    helpful: number;
    notHelpful: number;
    helpfulRate: number | null;
  }>;
  /** Fallback/clarify questions grouped by their normalised lemmas, most frequent first. */
  unanswered: Array<{
    /** The sorted content lemmas the group shares, e.g. `"drive melatonin"`. */
    topic: string;
    count: number;
    fallback: number;
    clarify: number;
    /** The latest wording in the group, already scrubbed. */
    example: string;
    lastSeen: string;
  }>;
}

/** Read side of the insights storage. */
export interface InsightsReader {
  /** Aggregates the retention window ending at `now`, or the days of `range` within it (`YYYY-MM-DD`). */
  report(now: Date, range?: ReportRange): Promise<InsightsReport>;
}

/** Days a report covers, UTC `YYYY-MM-DD`; either end may be left open. */
export interface ReportRange {
  from?: string;
  to?: string;
}

// ─── Safety gate, referral and small talk (server/engine/safety/gate.ts, referral.ts, smalltalk.ts) ────────────


/** Result of the safety gate. `reason` names the rule (never the visitor's words: nothing they wrote is kept). */
export interface CrisisSignal {
  crisis: boolean;
  /** No crisis, but distress or a half-matched risk cue: the gentle check-in with the resources. */
  concern: boolean;
  who: CrisisWho;
  reason: string;
  /** The Columbia level of the deciding signal (server/engine/safety/taxonomy.ts), or 'none'. */
  level: SafetyLevel | 'none';
}


/** `topic` is set for general questions too ("what dose is used in clinics?" → dose, not personal). */
export interface ReferralSignal {
  personal: boolean;
  topic: ReferralTopic;
  reason: string;
}


