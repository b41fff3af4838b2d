/**
 * The safety gate's look-back: verdicts on the earlier messages of a conversation. The engine
 * passes the last few visitor messages on every turn, so each would be read again two or three
 * times; a small LRU keeps each verdict once per process instead. Keyed by a seeded 53-bit hash of
 * the text plus its length, so the cache holds no visitor words (safety notes: never store what a
 * person in crisis wrote); a collision would need ~2^26 distinct texts where it holds 1,024.
 */
import type { CrisisSignal } from '../types.ts';

/** What the look-back needs of one earlier message. */
export interface EarlierVerdict {
  /** The message's own verdict (any strong cue, or two different weak ones). */
  readonly signal: CrisisSignal;
  /** Its weak cue ids, in the order found. */
  readonly weak: readonly string[];
}

/** Conversations × look-back window that stay warm; older entries are dropped first. */
const CAPACITY = 1024;
const verdicts = new Map<number, { length: number; verdict: EarlierVerdict }>();
/** Chosen on first use (random values are not allowed at module scope on Workers). */
let seed = -1;

/** cyrb53: a fast 53-bit string hash (public domain, bryc). */
function hash(text: string, s: number): number {
  let h1 = 0xdeadbeef ^ s;
  let h2 = 0x41c6ce57 ^ s;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The verdict on an earlier message: remembered, or `read` once and remembered.
 *
 * @example earlierVerdict('i want to die', readEarlier).signal.crisis // true (read once, then cached)
 */
export function earlierVerdict(text: string, read: (text: string) => EarlierVerdict): EarlierVerdict {
  if (seed < 0) seed = Math.floor(Math.random() * 0x7fffffff);
  const key = hash(text, seed);
  const known = verdicts.get(key);
  if (known && known.length === text.length) {
    verdicts.delete(key); // most recently used goes last
    verdicts.set(key, known);
    return known.verdict;
  }
  const fresh = read(text);
  const verdict: EarlierVerdict = Object.freeze({ signal: Object.freeze({ ...fresh.signal }), weak: Object.freeze([...fresh.weak]) });
  verdicts.set(key, { length: text.length, verdict });
  if (verdicts.size > CAPACITY) verdicts.delete(verdicts.keys().next().value!);
  return verdict;
}

/** How many verdicts are held (tests). */
export function earlierVerdictCount(): number {
  return verdicts.size;
}
