/**
 * Keeps the insights storage out of the visitor's way. Whatever goes wrong underneath — disk full,
 * a locked or corrupt file, an unwritable DATA_DIR, a database that never opens — recording resolves,
 * the failure is logged once per outage, and chat carries on. Web-standard only (Node and Workers).
 */
import type { FeedbackEvent, InsightsReport, ReplyEvent, ReportRange } from '../engine/types.ts';
import { INSIGHTS_DEFAULTS } from './schema.ts';
import type { InsightsStore } from './sql-store.ts';

export interface GuardOptions {
  /** Where the one line per outage goes; default `console.error`. Never receives visitor text. */
  log?: (line: string) => void;
  /** After a failed write, drop writes this long before trying again (a locked file must not be hammered). */
  cooldownMs?: number;
  /** Milliseconds clock, for tests. */
  clock?: () => number;
  /** After a failed open, the first pause before opening is tried again; it doubles after each failure. */
  openRetryMs?: number;
  /** The longest pause between two tries to open. */
  openRetryMaxMs?: number;
}

export type GuardState = 'opening' | 'ready' | 'failing' | 'unavailable';

/** A store that never throws and never rejects on the write path; `report` rejects when there is no data. */
export interface GuardedStore extends InsightsStore {
  readonly state: GuardState;
  /** Events dropped since the current outage began (0 when healthy). */
  readonly dropped: number;
}

/** Raised by `report()` when the storage is not available; the admin endpoint maps it to 503. */
export class InsightsUnavailableError extends Error {
  constructor() {
    super('faqchat: insights storage is unavailable (see the server log)');
    this.name = 'InsightsUnavailableError';
  }
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error);

/**
 * Wraps a store that may still be opening (or may never open). Given a function, a failed open is
 * tried again, lazily, on the first event after a pause that doubles from `openRetryMs` up to
 * `openRetryMaxMs` (a DATA_DIR that becomes writable later, a disk that is mounted late); given a
 * promise, there is nothing to retry. Events that arrive while there is no store are dropped and counted.
 *
 * @example const store = guardStore(() => openSqlStore(driver), { log: (l) => logger.error(l) });
 */
export function guardStore(opening: Promise<InsightsStore> | (() => Promise<InsightsStore>), options: GuardOptions = {}): GuardedStore {
  const log = options.log ?? ((line: string) => console.error(line));
  const cooldownMs = options.cooldownMs ?? INSIGHTS_DEFAULTS.cooldownMs;
  const clock = options.clock ?? (() => Date.now());
  const firstPause = options.openRetryMs ?? INSIGHTS_DEFAULTS.openRetryMs;
  const maxPause = options.openRetryMaxMs ?? INSIGHTS_DEFAULTS.openRetryMaxMs;
  const open = typeof opening === 'function' ? opening : () => opening;
  const retriable = typeof opening === 'function';
  let state: GuardState = 'opening';
  let dropped = 0;
  let retryAt = 0;
  let inner: InsightsStore | null = null;
  let attempts = 0;
  let attempting = false;
  let openAgainAt = 0;
  let pause = firstPause;
  // After close() nothing is opened again.
  let closed = false;

  async function tryOpen(): Promise<InsightsStore | null> {
    attempting = true;
    attempts++;
    try {
      inner = await open();
      state = 'ready';
      if (attempts > 1) log(`faqchat: insights storage opened on try ${attempts}; ${dropped} event(s) before it were not recorded`);
      dropped = 0;
      return inner;
    } catch (error) {
      state = 'unavailable';
      if (attempts === 1) {
        const next = retriable ? `trying again in ${Math.round(pause / 1000)} s and then less often` : 'insights are off';
        log(`faqchat: insights storage could not open (${describe(error)}); ${next}, chat is unaffected`);
      }
      openAgainAt = clock() + pause;
      pause = Math.min(pause * 2, maxPause);
      return null;
    } finally {
      attempting = false;
    }
  }

  let ready: Promise<InsightsStore | null> = tryOpen();

  /** The store, opening it again first when the last try failed and its pause is over. */
  function current(): Promise<InsightsStore | null> {
    if (!inner && retriable && !attempting && !closed && clock() >= openAgainAt) ready = tryOpen();
    return ready;
  }

  function fail(error: unknown): void {
    dropped++;
    retryAt = clock() + cooldownMs;
    if (state === 'failing') return;
    state = 'failing';
    log(`faqchat: insights storage failed (${describe(error)}); events are dropped until it recovers, chat is unaffected`);
  }

  function succeed(): void {
    if (state !== 'failing') return;
    log(`faqchat: insights storage recovered; ${dropped} event(s) were not recorded`);
    state = 'ready';
    dropped = 0;
  }

  async function guarded(op: (store: InsightsStore) => Promise<unknown>): Promise<void> {
    try {
      const store = await current();
      if (!store) {
        dropped++;
        return;
      }
      if (state === 'failing' && clock() < retryAt) {
        dropped++;
        return;
      }
      await op(store);
      succeed();
    } catch (error) {
      fail(error);
    }
  }

  return {
    get state() {
      return state;
    },
    get dropped() {
      return dropped;
    },
    recordReply: (event: ReplyEvent) => guarded((s) => s.recordReply(event)),
    recordFeedback: (event: FeedbackEvent) => guarded((s) => s.recordFeedback(event)),
    async purge(now: Date): Promise<number> {
      let removed = 0;
      await guarded(async (s) => {
        removed = await s.purge(now);
      });
      return removed;
    },
    async report(now: Date, range?: ReportRange): Promise<InsightsReport> {
      const store = await current();
      if (!store) throw new InsightsUnavailableError();
      return store.report(now, range);
    },
    async close(): Promise<void> {
      closed = true;
      try {
        await (await ready)?.close();
      } catch {
        // Closing a broken database at shutdown has nothing left to protect.
      }
    },
  };
}
