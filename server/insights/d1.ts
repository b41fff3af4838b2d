/**
 * Workers edge of the insights storage: Cloudflare D1 (SQLite) behind the same `Store` and
 * `InsightsReader` as the Node file. Only the driver lives here; the migrations (schema.ts), what is
 * kept (record.ts), purge and the report (sql-store.ts, report.ts) are the very code Node runs.
 * Web-standard only; the D1 binding is described structurally so no Workers type package is needed.
 */
import { guardStore, type GuardedStore, type GuardOptions } from './safe-store.ts';
import { openSqlStore, type SqlDriver, type SqlStoreOptions } from './sql-store.ts';

/** The part of a D1 prepared statement this driver uses. */
export interface D1PreparedStatementLike {
  bind(...values: unknown[]): D1PreparedStatementLike;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
}

/** The part of a D1 binding (`env.DB`) this driver uses. */
export interface D1DatabaseLike {
  prepare(sql: string): D1PreparedStatementLike;
  /** Runs the statements as one implicit transaction: all commit or none do. */
  batch(statements: D1PreparedStatementLike[]): Promise<Array<{ meta?: { changes?: number } }>>;
}

export interface D1StoreOptions extends SqlStoreOptions, GuardOptions {}

/**
 * A `SqlDriver` over a D1 binding: `write` is one `batch()` (atomic, like the SQLite transaction),
 * `all` one prepared read. D1 has no file to checkpoint or close, so `afterPurge`/`close` are no-ops.
 *
 * @example const store = await openSqlStore(d1Driver(env.DB));
 */
export function d1Driver(db: D1DatabaseLike): SqlDriver {
  const statement = (sql: string, params: unknown[]) => (params.length ? db.prepare(sql).bind(...params) : db.prepare(sql));
  return {
    async write(statements) {
      if (statements.length === 0) return [];
      const results = await db.batch(statements.map(({ sql, params }) => statement(sql, params)));
      return results.map((r) => Number(r.meta?.changes ?? 0));
    },
    async all(sql, params) {
      const { results } = await statement(sql, params).all<Record<string, unknown>>();
      return results;
    },
    async close() {},
  };
}

/**
 * The insights store a Worker uses: migrates D1 on first use (once per isolate), never rejects on the
 * write path, and logs one line per outage — exactly the guarantees of the Node store.
 *
 * @example const store = openD1Store(env.DB, { retentionDays: config.retentionDays, log: (l) => console.warn(l) });
 */
export function openD1Store(db: D1DatabaseLike, options: D1StoreOptions = {}): GuardedStore {
  return guardStore(() => openSqlStore(d1Driver(db), options), options);
}
