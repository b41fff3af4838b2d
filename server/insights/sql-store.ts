/**
 * The insights `Store` and `InsightsReader` over any SQLite-compatible driver. Web-standard only:
 * better-sqlite3 (server/insights/sqlite.ts) and Cloudflare D1 each supply a small `SqlDriver`, and
 * everything else — migrations, what is kept, purge, the report — is this one implementation.
 */
import { DEFAULTS } from '../config.ts';
import type { FeedbackEvent, InsightsReader, InsightsReport, ReplyEvent, ReportRange, Store } from '../engine/types.ts';
import { feedbackParams, hourBucket, randomSalt, replyParams, saltedHash, toFeedbackRow, toReplyRecord, type IdHasher } from './record.ts';
import { buildReport, type QueryAll } from './report.ts';
import type { KnownWords } from './scrub.ts';
import {
  CURRENT_VERSION_SQL,
  INSIGHTS_DEFAULTS,
  MIGRATIONS,
  RECORD_VERSION_SQL,
  SCHEMA_VERSION_TABLE,
  SQL,
} from './schema.ts';

export interface SqlStatement {
  sql: string;
  params: Array<string | number | null>;
}

/** The few operations the store needs from a database. */
export interface SqlDriver {
  /** Runs the statements atomically (one transaction / one D1 batch); resolves rows changed by each. */
  write(statements: SqlStatement[]): Promise<number[]>;
  all: QueryAll;
  /** Optional housekeeping after a purge (SQLite: checkpoint so purged pages leave the WAL). */
  afterPurge?(): Promise<void>;
  /**
   * Optional, after text was erased (a session went into distress): make sure no copy of the erased
   * text is left in any file (SQLite: checkpoint and truncate the WAL; deleted cells are already zeroed).
   */
  afterErase?(): Promise<void>;
  close(): Promise<void>;
}

export interface SqlStoreOptions {
  retentionDays?: number;
  /** Secret for hashing ids; when absent a random one is created once and kept in the database. */
  salt?: string;
  unansweredLimit?: number;
  /** Id hasher (same output everywhere, see `IdHasher`); default Web Crypto `saltedHash`. Node passes a synchronous one. */
  hash?: IdHasher;
  /** The articles' words (`articleWords(corpus)`), so scrubbing does not take them for names. */
  knownWords?: KnownWords;
}

export type InsightsStore = Store & InsightsReader;

/**
 * Applies the migrations the database has not seen; returns the resulting version. Safe when two
 * processes start at once: the loser's batch fails on `schema_version`'s key and it re-reads.
 */
export async function migrate(driver: SqlDriver, now = new Date()): Promise<number> {
  await driver.write([{ sql: SCHEMA_VERSION_TABLE, params: [] }]);
  let current = await currentVersion(driver);
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    try {
      await driver.write([
        ...m.statements.map((sql) => ({ sql, params: [] })),
        { sql: RECORD_VERSION_SQL, params: [m.version, Math.floor(now.getTime() / 1000)] },
      ]);
    } catch (error) {
      if ((await currentVersion(driver)) < m.version) throw error;
    }
    current = m.version;
  }
  return current;
}

async function currentVersion(driver: SqlDriver): Promise<number> {
  const rows = await driver.all(CURRENT_VERSION_SQL, []);
  return Number(rows[0]?.version ?? 0);
}

/** Migrates, settles the salt, and returns the store. Rejects if the database is unusable. */
export async function openSqlStore(driver: SqlDriver, options: SqlStoreOptions = {}): Promise<SqlStore> {
  await migrate(driver);
  let salt = options.salt;
  if (!salt) {
    await driver.write([{ sql: SQL.initMeta, params: ['salt', randomSalt()] }]);
    const rows = await driver.all(SQL.getMeta, ['salt']);
    salt = String(rows[0]?.value ?? '');
    if (!salt) throw new Error('faqchat: insights database has no salt after writing one');
  }
  return new SqlStore(driver, salt, options);
}

export class SqlStore implements InsightsStore {
  readonly retentionDays: number;
  readonly #driver: SqlDriver;
  readonly #salt: string;
  readonly #unansweredLimit: number;
  readonly #hash: IdHasher;
  readonly #known: KnownWords | undefined;

  constructor(driver: SqlDriver, salt: string, options: SqlStoreOptions = {}) {
    this.#driver = driver;
    this.#salt = salt;
    this.#hash = options.hash ?? saltedHash;
    this.#known = options.knownWords;
    this.retentionDays = options.retentionDays ?? DEFAULTS.retentionDays;
    this.#unansweredLimit = options.unansweredLimit ?? INSIGHTS_DEFAULTS.unansweredLimit;
  }

  async recordReply(event: ReplyEvent): Promise<void> {
    const record = await toReplyRecord(event, this.#salt, this.#hash, this.#known);
    if (record.table === 'replies') {
      await this.#driver.write([
        record.marker === null
          ? { sql: SQL.insertReply, params: replyParams(record.row) }
          : { sql: SQL.insertReplyUnlessDistress, params: [...replyParams(record.row), record.marker] },
      ]);
      return;
    }
    // One atomic write: the count, the marker that silences the session's later text, and the
    // erasure of the text it stored before.
    const [, , erased = 0] = await this.#driver.write([
      { sql: record.kind === 'crisis' ? SQL.countCrisis : SQL.countConcern, params: [record.hour] },
      { sql: SQL.markDistress, params: [record.marker, record.hour] },
      { sql: SQL.forgetSessionText, params: [record.sessionHash] },
    ]);
    if (erased > 0) await this.#driver.afterErase?.();
  }

  async recordFeedback(event: FeedbackEvent): Promise<void> {
    const row = await toFeedbackRow(event, this.#salt, this.#hash);
    await this.#driver.write([{ sql: SQL.upsertFeedback, params: feedbackParams(row) }]);
  }

  /** Deletes everything whose hour is more than `retentionDays` before `now`. */
  async purge(now: Date): Promise<number> {
    const cutoff = hourBucket(now) - this.retentionDays * 86_400;
    const changed = await this.#driver.write([
      { sql: SQL.purgeReplies, params: [cutoff] },
      { sql: SQL.purgeFeedback, params: [cutoff] },
      { sql: SQL.purgeCrisis, params: [cutoff] },
      { sql: SQL.purgeConcern, params: [cutoff] },
      { sql: SQL.purgeDistress, params: [cutoff] },
      { sql: SQL.purgeOrphanFeedback, params: [] },
    ]);
    await this.#driver.afterPurge?.();
    return changed.reduce((a, b) => a + b, 0);
  }

  report(now: Date, range: ReportRange = {}): Promise<InsightsReport> {
    return buildReport((sql, params) => this.#driver.all(sql, params), now, {
      retentionDays: this.retentionDays,
      unansweredLimit: this.#unansweredLimit,
      ...range,
    });
  }

  close(): Promise<void> {
    return this.#driver.close();
  }
}
