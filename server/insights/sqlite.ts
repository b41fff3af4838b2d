/**
 * Node edge of the insights storage: one SQLite file in DATA_DIR through better-sqlite3, WAL mode,
 * cached prepared statements. The store logic itself is server/insights/sql-store.ts (shared with D1).
 */
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { IdHasher } from './record.ts';
import { guardStore, type GuardedStore, type GuardOptions } from './safe-store.ts';
import { INSIGHTS_DEFAULTS } from './schema.ts';
import { openSqlStore, type SqlDriver, type SqlStore, type SqlStoreOptions } from './sql-store.ts';

export interface SqliteStoreOptions extends SqlStoreOptions, GuardOptions {
  /** Folder of the database file; created when missing. */
  dataDir: string;
  fileName?: string;
}

export interface SqliteDriver extends SqlDriver {
  readonly db: Database.Database;
  readonly file: string;
}

/**
 * `saltedHash` (record.ts) with node:crypto: the same 128-bit hex of HMAC-SHA-256, computed
 * synchronously in ~2 µs instead of Web Crypto's ~50 µs async round trip. Two of these run per reply.
 *
 * @example nodeSaltedHash('salt', 'msg-1') === await saltedHash('salt', 'msg-1') // true
 */
export const nodeSaltedHash: IdHasher = (salt, id) => createHmac('sha256', salt).update(id).digest('hex').slice(0, 32);

/** Path of the insights database inside a data folder. */
export function insightsFile(dataDir: string, fileName: string = INSIGHTS_DEFAULTS.fileName): string {
  return join(dataDir, fileName);
}

/**
 * Opens (creating when allowed) a SQLite file as a `SqlDriver`. Throws when the file cannot be
 * opened or is not a database.
 */
export function openSqliteDriver(file: string, options: { fileMustExist?: boolean } = {}): SqliteDriver {
  const db = new Database(file, { fileMustExist: options.fileMustExist ?? false });
  try {
    // WAL: readers (the CLI, the report) never block the writer; NORMAL sync is durable across a
    // process crash (SIGKILL) and only risks the last commits on power loss.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // better-sqlite3 waits synchronously: keep a lock wait short so it cannot stall the event loop.
    db.pragma('busy_timeout = 100');
    // Deleted rows (purged questions) are overwritten with zeros, not left in free pages.
    db.pragma('secure_delete = ON');
    // Reading the schema fails fast on a file that is not a database.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    throw error;
  }
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    // Schema statements run once; keeping them out of the cache keeps it to the hot statements.
    if (/^\s*(CREATE|DROP|ALTER)\b/i.test(sql)) return db.prepare(sql);
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  const writeAll = db.transaction((batch: Array<{ sql: string; params: unknown[] }>) =>
    batch.map(({ sql, params }) => prepare(sql).run(...params).changes),
  );
  return {
    db,
    file,
    write: async (batch) => writeAll(batch),
    all: async (sql, params) => prepare(sql).all(...params) as Array<Record<string, unknown>>,
    afterPurge: async () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    afterErase: () => truncateWal(db),
    close: async () => {
      if (db.open) db.close();
    },
  };
}

/** Tries of `truncateWal` and the first pause between them (doubling). */
const ERASE_TRIES = 6;
const ERASE_FIRST_PAUSE_MS = 50;

/**
 * Copies the WAL into the database and truncates it to zero bytes, so the page images that still
 * held erased text are gone from every file. A reader holding an old snapshot (the CLI mid-report)
 * makes the checkpoint busy; it is tried again with doubling pauses, and rejects if it never succeeds
 * (the guarded store logs it; the next erase or the daily purge truncates again).
 */
async function truncateWal(db: Database.Database): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    if (!db.open) return;
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    if (!result || result.busy === 0) return;
    if (attempt + 1 >= ERASE_TRIES) throw new Error('faqchat: the WAL could not be truncated after erasing text (a reader kept it busy)');
    await new Promise((done) => setTimeout(done, ERASE_FIRST_PAUSE_MS * 2 ** attempt));
  }
}

/** Opens the store in `dataDir`, creating folder and file. Rejects on any failure (see `openSqliteStore`). */
export async function openSqliteStoreStrict(options: SqliteStoreOptions): Promise<SqlStore> {
  mkdirSync(options.dataDir, { recursive: true });
  const driver = openSqliteDriver(insightsFile(options.dataDir, options.fileName));
  try {
    return await openSqlStore(driver, { hash: nodeSaltedHash, ...options });
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/**
 * The insights store the Node server uses: never throws, never rejects on the write path. When the
 * folder or file is unusable it becomes a no-op store and logs one line.
 *
 * @example const store = openSqliteStore({ dataDir: config.dataDir, retentionDays: config.retentionDays });
 */
export function openSqliteStore(options: SqliteStoreOptions): GuardedStore {
  return guardStore(() => openSqliteStoreStrict(options), options);
}

/**
 * Purges now and then every `intervalMs` (default daily). The timer is `unref()`ed so it never keeps
 * the process alive. Returns a function that stops it.
 */
export function scheduleRetention(
  store: { purge(now: Date): Promise<number> },
  options: { intervalMs?: number; now?: () => Date } = {},
): () => void {
  const now = options.now ?? (() => new Date());
  const run = (): void => {
    // The guarded store never rejects; the catch covers a raw store passed in by mistake.
    store.purge(now()).catch(() => undefined);
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? INSIGHTS_DEFAULTS.purgeIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
