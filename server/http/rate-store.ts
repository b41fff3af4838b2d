/**
 * Fixed-window hit counters with a hard cap on how many clients they remember, so no stream of
 * requests, however many addresses it claims, can grow the server's memory. Used as the
 * hono-rate-limiter store and for throttling failed admin tokens. Web-standard only.
 *
 * At the cap, the client seen least recently is forgotten (a Map keeps insertion order; a hit moves
 * its key to the end). Forgetting gives that client a fresh budget, which is the price of a bound.
 */

export interface RateInfo {
  totalHits: number;
  resetTime: Date;
}

export interface BoundedCountersOptions {
  windowMs: number;
  /** Most clients remembered at once. */
  maxKeys: number;
  /** Milliseconds clock, for tests. */
  clock?: () => number;
}

interface Entry {
  hits: number;
  resetAt: number;
}

export class BoundedCounters {
  #windowMs: number;
  readonly maxKeys: number;
  readonly #clock: () => number;
  readonly #entries = new Map<string, Entry>();

  constructor(options: BoundedCountersOptions) {
    if (!(options.maxKeys >= 1)) throw new RangeError('faqchat: maxKeys must be at least 1');
    this.#windowMs = options.windowMs;
    this.maxKeys = Math.floor(options.maxKeys);
    this.#clock = options.clock ?? (() => Date.now());
  }

  /** Clients remembered now; never more than `maxKeys`. */
  get size(): number {
    return this.#entries.size;
  }

  /** hono-rate-limiter calls this with its options; the window comes from there when it has one. */
  init(options: { windowMs?: number }): void {
    if (typeof options.windowMs === 'number' && options.windowMs > 0) this.#windowMs = options.windowMs;
  }

  /** The client's current count, without counting a hit (undefined when unknown or expired). */
  get(key: string): RateInfo | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.resetAt <= this.#clock()) return undefined;
    return { totalHits: entry.hits, resetTime: new Date(entry.resetAt) };
  }

  increment(key: string): RateInfo {
    const now = this.#clock();
    let entry = this.#entries.get(key);
    if (entry) this.#entries.delete(key);
    if (!entry || entry.resetAt <= now) entry = { hits: 0, resetAt: now + this.#windowMs };
    entry.hits++;
    this.#entries.set(key, entry);
    this.#evict();
    return { totalHits: entry.hits, resetTime: new Date(entry.resetAt) };
  }

  decrement(key: string): void {
    const entry = this.#entries.get(key);
    if (entry && entry.hits > 0) entry.hits--;
  }

  resetKey(key: string): void {
    this.#entries.delete(key);
  }

  #evict(): void {
    if (this.#entries.size <= this.maxKeys) return;
    // Expired entries go first (they are most likely at the front: least recently hit).
    const now = this.#clock();
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= this.maxKeys) return;
      if (entry.resetAt <= now) this.#entries.delete(key);
      else break;
    }
    while (this.#entries.size > this.maxKeys) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) return;
      this.#entries.delete(oldest.value);
    }
  }
}
