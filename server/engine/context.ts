/**
 * The opaque `context` string that carries a conversation between turns, so the server keeps no
 * per-visitor state. Small (base64url of a compact JSON array) and validated strictly against the
 * corpus: a context that is tampered with, truncated, from another corpus or another version is
 * IGNORED (treated as a new conversation), never trusted and never thrown on.
 */
import { fingerprint } from './indexing.ts';
import { INTENTS, type Intent } from './understand/intent.ts';
import { CUE_LIMIT, LOOKBACK } from './safety/cues.ts';
import type { CorpusModel } from './model.ts';
import { MAX_CONTEXT_CHARS } from './context-limit.ts';

export { MAX_CONTEXT_CHARS } from './context-limit.ts';

export interface ConversationState {
  /** Topic of the last answer (index into the model's topics), or null. */
  tp: number | null;
  /** Sentence ids already said in this conversation, oldest first (capped). */
  said: number[];
  /** Question type of the last question. */
  intent: Intent | null;
  /** Content terms of the last question, so "tell me more" can rank the next-best sentences. */
  terms: string[];
  /** True once a crisis or concern reply was given: support mode for the rest of the session. */
  crisis: boolean;
  /** Support mode came from check-ins only, never the crisis card: it may end (engine.ts). */
  gentle?: boolean;
  /**
   * The safety gate's look-back: cue flags of the last visitor messages, oldest first (distress,
   * means, a time, a past act, an earlier crisis; server/engine/safety/detect.ts `CUE`). Derived
   * features only: the context carries no visitor text.
   */
  cues: number[];
}

export const EMPTY_STATE: ConversationState = Object.freeze({
  tp: null,
  said: [],
  intent: null,
  terms: [],
  crisis: false,
  cues: [],
}) as ConversationState;

/** Every question type has an index in the context (a compile error names one that has none). */
const EVERY_INTENT: Exclude<Intent, (typeof INTENTS)[number]> extends never ? true : never = true;
void EVERY_INTENT;
const MAX_SAID = 24;
const MAX_TERMS = 8;
const VERSION = 2;

const ASCII = /^[\x20-\x7e]*$/;
const SEVEN_BIT = /^[\x00-\x7f]*$/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function toBase64Url(text: string): string {
  let bin = text;
  // JSON of a context is mostly ASCII; only a look-back message with other characters needs UTF-8.
  if (!ASCII.test(text)) {
    bin = '';
    for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  }
  // btoa's only "=" are its padding at the end.
  const b64 = btoa(bin).replaceAll('+', '-').replaceAll('/', '_');
  let end = b64.length;
  while (end > 0 && b64.charCodeAt(end - 1) === 61) end -= 1;
  return end === b64.length ? b64 : b64.slice(0, end);
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  // Seven-bit bytes are valid UTF-8 and decode to themselves: only other text needs the decoder.
  if (SEVEN_BIT.test(bin)) return bin;
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
  return UTF8.decode(bytes);
}

/** Short tag of the corpus a context belongs to (computed with the model). */
const corpusTag = (model: CorpusModel): string => model.tag;

/**
 * Encodes a conversation state for the client.
 *
 * @example decodeContext(encodeContext(state, model), model) // deep-equals state
 */
export function encodeContext(state: ConversationState, model: CorpusModel): string {
  let cues = state.cues.slice(-LOOKBACK);
  let said = state.said.slice(-MAX_SAID);
  let terms = state.terms.slice(0, MAX_TERMS);
  for (;;) {
    const encoded = encodeBody(model, [VERSION, corpusTag(model), state.tp, said, state.intent === null ? -1 : INTENTS.indexOf(state.intent), terms, state.crisis ? (state.gentle ? 2 : 1) : 0, cues]);
    if (encoded.length <= MAX_CONTEXT_CHARS) return encoded;
    // Too long (long terms in a non-Latin script): shed what matters least first, never the flag.
    if (cues.length > 0) cues = cues.slice(1);
    else if (said.length > 0) said = said.slice(1);
    else if (terms.length > 0) terms = terms.slice(0, -1);
    else return encoded;
  }
}

function encodeBody(model: CorpusModel, body: unknown[]): string {
  const json = JSON.stringify(body);
  // Same text as JSON.stringify([...body, check]): the check is a plain hex string.
  return toBase64Url(`${json.slice(0, -1)},"${fingerprint(json + model.corpus.version)}"]`);
}

const isInt = (v: unknown, lo: number, hi: number): v is number => Number.isInteger(v) && (v as number) >= lo && (v as number) < hi;

/**
 * Decodes and validates a context; null for anything that is not exactly what `encodeContext` made
 * for this corpus.
 */
export function decodeContext(raw: unknown, model: CorpusModel): ConversationState | null {
  if (typeof raw !== 'string' || raw === '' || raw.length > MAX_CONTEXT_CHARS || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(raw));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 9) return null;
  const [v, tag, tp, said, intent, terms, crisis, cues, check] = parsed as unknown[];
  if (v !== VERSION || tag !== corpusTag(model)) return null;
  if (check !== fingerprint(JSON.stringify(parsed.slice(0, 8)) + model.corpus.version)) return null;
  if (tp !== null && !isInt(tp, 0, model.topics.length)) return null;
  const nSentences = model.corpus.sentences.length;
  if (!Array.isArray(said) || said.length > MAX_SAID || !said.every((s) => isInt(s, 0, nSentences))) return null;
  if (!isInt(intent, -1, INTENTS.length)) return null;
  if (!Array.isArray(terms) || terms.length > MAX_TERMS) return null;
  if (!terms.every((t) => typeof t === 'string' && t.length <= 40 && model.lexicon.vocab.has(t))) return null;
  if (crisis !== 0 && crisis !== 1 && crisis !== 2) return null;
  if (!Array.isArray(cues) || cues.length > LOOKBACK || !cues.every((c) => isInt(c, 0, CUE_LIMIT))) return null;
  return {
    tp: tp as number | null,
    said: said as number[],
    intent: intent === -1 ? null : INTENTS[intent]!,
    terms: terms as string[],
    crisis: crisis !== 0,
    ...(crisis === 2 ? { gentle: true } : {}),
    cues: cues as number[],
  };
}
