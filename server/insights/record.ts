/**
 * What of a reply or a feedback click is kept, decided in one place: the privacy policy as code.
 * Pure apart from hashing (no I/O), so Node and Workers share it. The id hasher is injected: Web Crypto
 * (async, ~50 µs a call) by default, which Workers have; Node passes node:crypto's synchronous HMAC
 * (server/insights/sqlite.ts `nodeSaltedHash`, ~2 µs), which gives the same hex.
 *
 * Kept: the hour (not the second), the kind, the section, a confidence bucket, salted hashes of the
 * session and message ids, and for fallback/clarify replies only the scrubbed question and its topic.
 * Never kept: IP address, user agent, raw ids, any text of an answer/referral/smalltalk/crisis message,
 * nor of any message that told of suicide or self-harm, even as history (`ReplyEvent.told`).
 * A distress reply (crisis or concern, server/insights/distress.ts) becomes a +1 on an hourly counter
 * and a keyed marker of its session; the store then erases the text that session stored before and
 * keeps none of what it writes after.
 */
import { analyze } from '../engine/understand/analyze.ts';
import type { Analysis, ConfidenceBucket, FeedbackEvent, ReplyEvent, ReplyKind } from '../engine/types.ts';
import { distressMarkerInput, isDistressKind, type DistressKind } from './distress.ts';
import { PLACEHOLDERS, scrub, type KnownWords } from './scrub.ts';

/** Lower bounds of the confidence buckets (confidence is 0–1). */
export const CONFIDENCE_BUCKETS = { high: 0.7, medium: 0.4 } as const;

/** Kinds whose question text is kept (scrubbed): the ones the article could not answer. */
export const KINDS_WITH_TEXT: ReadonlySet<ReplyKind> = new Set<ReplyKind>(['fallback', 'clarify']);

/** A row of `replies`, in the column order of `SQL.insertReply`. */
export interface ReplyRow {
  messageHash: string;
  sessionHash: string;
  hour: number;
  kind: Exclude<ReplyKind, 'crisis' | 'concern'>;
  sectionId: string | null;
  confidence: ConfidenceBucket;
  question: string | null;
  topic: string | null;
}

/**
 * What a reply turns into: a row (with the session's distress marker when it carries text, so the
 * text is dropped if the session is in distress), or for a distress reply the hour to count, the
 * session hash whose earlier text is erased, and the marker to set.
 */
export type ReplyRecord =
  | { table: 'replies'; row: ReplyRow; marker: string | null }
  | { table: 'distress'; kind: DistressKind; hour: number; sessionHash: string; marker: string };

export interface FeedbackRow {
  messageHash: string;
  sessionHash: string;
  hour: number;
  helpful: 0 | 1;
}

/** Unix seconds floored to the hour (UTC). @example hourBucket(new Date('2025-03-01T10:59:59Z')) // 1740823200 */
export function hourBucket(at: Date): number {
  const seconds = Math.floor(at.getTime() / 1000);
  return seconds - (seconds % 3600);
}

export function confidenceBucket(confidence: number): ConfidenceBucket {
  if (!(confidence >= CONFIDENCE_BUCKETS.medium)) return 'low'; // NaN lands here too
  return confidence >= CONFIDENCE_BUCKETS.high ? 'high' : 'medium';
}

/**
 * Hashes an id with the salt: HMAC-SHA-256 keyed by the salt (UTF-8), its first 128 bits as lower-case
 * hex. Any implementation must give exactly this, so rows written by Node and by Workers match.
 */
export type IdHasher = (salt: string, id: string) => string | Promise<string>;

/**
 * HMAC-SHA-256 of an id keyed by the salt, 128 bits as hex (Web Crypto). Deterministic per salt, so a
 * feedback click finds its reply, but the database never holds an id the visitor's browser holds.
 */
export async function saltedHash(salt: string, id: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(salt), encoder.encode(id)));
  let hex = '';
  for (const b of mac.subarray(0, 16)) hex += b.toString(16).padStart(2, '0');
  return hex;
}

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(salt: string): Promise<CryptoKey> {
  let key = keys.get(salt);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(salt), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(salt, key);
  }
  return key;
}

/** A fresh random salt (Web Crypto), used when none is configured. */
export function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The grouping key of an unanswered question: its content lemmas (no stop words, punctuation or
 * placeholders), deduplicated and sorted, so "How long does melatonin last?" and "melatonin: how long
 * do effects last" land near each other. Falls back to the normalised text when no content word is left.
 *
 * @example topicOf('Can I drive after melatonin?') // "drive melatonin"
 */
export function topicOf(scrubbed: string): string {
  let text = scrubbed;
  for (const p of Object.values(PLACEHOLDERS)) text = text.split(p).join(' ');
  return topicOfAnalysis(analyze(text));
}

/** The parts of a message's wink analysis a topic is made from. */
export type TopicAnalysis = Pick<Analysis, 'normalized' | 'lemmas' | 'types' | 'stop'>;

/**
 * `topicOf` from an analysis already made (the engine's one wink pass over the message), so the
 * store does not read the message with wink a second time.
 */
export function topicOfAnalysis(a: TopicAnalysis): string {
  const lemmas = new Set<string>();
  a.lemmas.forEach((lemma, i) => {
    // Contractions ("i'm", "don't") carry no topic; wink keeps some as one non-stop token.
    if (a.types[i] === 'word' && a.stop[i] !== true && /\p{L}/u.test(lemma) && !lemma.includes("'")) lemmas.add(lemma);
  });
  const key = [...lemmas].sort().join(' ');
  return key || a.normalized || '-';
}

/**
 * The topic of a kept question. The engine's analysis of the message is reused when scrubbing
 * changed nothing (the usual case: no name, number or address in it), since then it is the
 * analysis of exactly the text `topicOf` would read; otherwise the scrubbed text is read again.
 */
function topicFor(question: string, scrubbed: string, analysis: TopicAnalysis | undefined): string {
  const reusable = analysis && scrubbed === question.trim() && !Object.values(PLACEHOLDERS).some((p) => scrubbed.includes(p));
  if (reusable) return topicOfAnalysis(analysis);
  return topicOf(scrubbed);
}

/** Turns a reply into what may be stored. A distress reply yields no row, only its hour and markers. */
export async function toReplyRecord(event: ReplyEvent, salt: string, hash: IdHasher = saltedHash, known?: KnownWords): Promise<ReplyRecord> {
  const hour = hourBucket(event.at);
  const kind: string = event.kind;
  if (isDistressKind(kind)) {
    const [sessionHash, marker] = await Promise.all([hash(salt, event.sessionId), hash(salt, distressMarkerInput(event.sessionId))]);
    return { table: 'distress', kind, hour, sessionHash, marker };
  }
  const keepText = KINDS_WITH_TEXT.has(event.kind) && event.told !== true;
  const question = keepText ? scrub(event.question, known) : null;
  return {
    table: 'replies',
    marker: question ? await hash(salt, distressMarkerInput(event.sessionId)) : null,
    row: {
      messageHash: await hash(salt, event.messageId),
      sessionHash: await hash(salt, event.sessionId),
      hour,
      kind: event.kind as ReplyRow['kind'],
      sectionId: event.sectionId,
      confidence: confidenceBucket(event.confidence),
      question: question || null,
      topic: question ? topicFor(event.question, question, event.analysis) : null,
    },
  };
}

/** Parameters of `SQL.insertReply`. */
export function replyParams(row: ReplyRow): Array<string | number | null> {
  return [row.messageHash, row.sessionHash, row.hour, row.kind, row.sectionId, row.confidence, row.question, row.topic];
}

export async function toFeedbackRow(event: FeedbackEvent, salt: string, hash: IdHasher = saltedHash): Promise<FeedbackRow> {
  return {
    messageHash: await hash(salt, event.messageId),
    sessionHash: await hash(salt, event.sessionId),
    hour: hourBucket(event.at),
    helpful: event.helpful ? 1 : 0,
  };
}

/** Parameters of `SQL.upsertFeedback`. */
export function feedbackParams(row: FeedbackRow): Array<string | number> {
  return [row.messageHash, row.hour, row.helpful, row.messageHash, row.sessionHash];
}
