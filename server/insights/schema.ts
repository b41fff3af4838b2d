/**
 * The insights schema and every write statement, as plain SQL strings. The Node store (better-sqlite3)
 * and the Workers store (D1) run exactly these, so a change here changes both backends.
 *
 * Portability rules that keep the SQL valid on both: positional `?` parameters only (D1 has no named
 * ones), one statement per string (D1 prepares one at a time), no PRAGMA in migrations (D1 forbids
 * most), versions tracked in a `schema_version` table rather than `PRAGMA user_version`.
 */

/**
 * Named defaults of the insights storage. DATA_DIR and RETENTION_DAYS are server config: their
 * defaults live in server/config.ts (`DEFAULTS`), parsed once from the env there.
 */
export const INSIGHTS_DEFAULTS = {
  /** One SQLite file inside DATA_DIR. */
  fileName: 'insights.sqlite',
  /** How many unanswered-question groups a report lists. */
  unansweredLimit: 20,
  /** After a failed write the store stays quiet this long before it tries again. */
  cooldownMs: 30_000,
  /** A storage that failed to open is tried again after this pause, doubling after each failure… */
  openRetryMs: 1_000,
  /** …up to this pause. */
  openRetryMaxMs: 5 * 60_000,
  /** Purge interval of the Node timer. */
  purgeIntervalMs: 24 * 60 * 60 * 1000,
} as const;

/** Created before any migration runs; holds the highest applied version. */
export const SCHEMA_VERSION_TABLE = `CREATE TABLE IF NOT EXISTS schema_version (
  version INTEGER PRIMARY KEY,
  applied_at INTEGER NOT NULL
)`;

export const CURRENT_VERSION_SQL = 'SELECT COALESCE(MAX(version), 0) AS version FROM schema_version';
export const RECORD_VERSION_SQL = 'INSERT INTO schema_version (version, applied_at) VALUES (?, ?)';

export interface Migration {
  version: number;
  /** Applied in one transaction (better-sqlite3) or one batch (D1), each string one statement. */
  statements: string[];
}

/**
 * Ordered migrations. Never edit an applied one; append a new version instead.
 * The CHECK constraints restate the privacy policy in the database itself: a crisis reply cannot be
 * stored as a row, and question text cannot exist for any kind other than fallback/clarify.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    statements: [
      // Key/value settings of this database; holds the random salt when none is configured.
      `CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      )`,
      // One row per non-crisis reply. `hour` is unix seconds floored to the hour (UTC).
      `CREATE TABLE replies (
        message_hash TEXT PRIMARY KEY,
        session_hash TEXT NOT NULL,
        hour INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('answer', 'clarify', 'fallback', 'referral', 'smalltalk')),
        section_id TEXT,
        confidence TEXT NOT NULL CHECK (confidence IN ('low', 'medium', 'high')),
        question TEXT,
        topic TEXT,
        CHECK (kind IN ('fallback', 'clarify') OR (question IS NULL AND topic IS NULL))
      )`,
      'CREATE INDEX replies_hour ON replies (hour)',
      'CREATE INDEX replies_topic ON replies (topic) WHERE topic IS NOT NULL',
      // One verdict per reply; a later click on the same reply replaces the earlier one.
      `CREATE TABLE feedback (
        message_hash TEXT PRIMARY KEY,
        hour INTEGER NOT NULL,
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1))
      )`,
      'CREATE INDEX feedback_hour ON feedback (hour)',
      // Crisis replies are only counted, per hour: no text, no session, no message id.
      `CREATE TABLE crisis_hourly (
        hour INTEGER PRIMARY KEY,
        count INTEGER NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    statements: [
      // Conversations in distress (a crisis or concern reply was given): a keyed marker of the
      // session (not the `replies` session hash, so it joins no row) and the hour it was last set.
      // While a session's marker exists, none of its text is stored.
      `CREATE TABLE distress_sessions (
        marker TEXT PRIMARY KEY,
        hour INTEGER NOT NULL
      )`,
      'CREATE INDEX distress_sessions_hour ON distress_sessions (hour)',
      // Concern replies (the gentler tier that also shows crisis resources) are counted like crises.
      `CREATE TABLE concern_hourly (
        hour INTEGER PRIMARY KEY,
        count INTEGER NOT NULL
      )`,
    ],
  },
  {
    version: 3,
    statements: [
      // The site owner's answers to unanswered questions (/admin): owner data, not visitor data.
      // `topic` is the unanswered group an edit resolves (hidden from the report until asked again);
      // a link adds `question` to section `section_id`; an answer is an owner-written Q&A pair.
      `CREATE TABLE owner_edits (
        id TEXT PRIMARY KEY,
        at INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('link', 'answer', 'dismiss')),
        topic TEXT,
        section_id TEXT,
        question TEXT,
        answer TEXT,
        url TEXT,
        CHECK (action <> 'link' OR (section_id IS NOT NULL AND question IS NOT NULL AND answer IS NULL)),
        CHECK (action <> 'answer' OR (question IS NOT NULL AND answer IS NOT NULL AND section_id IS NULL)),
        CHECK (action <> 'dismiss' OR (topic IS NOT NULL AND section_id IS NULL AND question IS NULL AND answer IS NULL))
      )`,
      'CREATE INDEX owner_edits_topic ON owner_edits (topic) WHERE topic IS NOT NULL',
      // One row: bumped with every change, so each Workers isolate sees when to rebuild its engine.
      `CREATE TABLE owner_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
      )`,
      'INSERT INTO owner_version (id, version) VALUES (1, 0)',
    ],
  },
];

/** Write and housekeeping statements; parameters are listed beside each. */
export const SQL = {
  /** (key, value): keeps the first value ever written, so two processes agree on one salt. */
  initMeta: 'INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)',
  /** (key) */
  getMeta: 'SELECT value FROM meta WHERE key = ?',
  /** (message_hash, session_hash, hour, kind, section_id, confidence, question, topic) */
  insertReply: `INSERT OR IGNORE INTO replies
    (message_hash, session_hash, hour, kind, section_id, confidence, question, topic)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  /**
   * (message_hash, session_hash, hour, kind, section_id, confidence, question, topic, marker): a
   * reply whose text may be kept; the text is dropped when the session's distress marker exists.
   */
  insertReplyUnlessDistress: `INSERT OR IGNORE INTO replies
    (message_hash, session_hash, hour, kind, section_id, confidence, question, topic)
    SELECT ?, ?, ?, ?, ?, ?, CASE WHEN quiet THEN NULL ELSE ? END, CASE WHEN quiet THEN NULL ELSE ? END
    FROM (SELECT EXISTS (SELECT 1 FROM distress_sessions WHERE marker = ?) AS quiet)`,
  /** (hour) */
  countCrisis: `INSERT INTO crisis_hourly (hour, count) VALUES (?, 1)
    ON CONFLICT (hour) DO UPDATE SET count = count + 1`,
  /** (hour) */
  countConcern: `INSERT INTO concern_hourly (hour, count) VALUES (?, 1)
    ON CONFLICT (hour) DO UPDATE SET count = count + 1`,
  /** (marker, hour) */
  markDistress: `INSERT INTO distress_sessions (marker, hour) VALUES (?, ?)
    ON CONFLICT (marker) DO UPDATE SET hour = MAX(hour, excluded.hour)`,
  /** (session_hash): every text the session stored before its distress reply. */
  forgetSessionText: 'UPDATE replies SET question = NULL, topic = NULL WHERE session_hash = ? AND (question IS NOT NULL OR topic IS NOT NULL)',
  /**
   * (message_hash, hour, helpful, message_hash, session_hash): stored only when the reply it rates
   * exists and belongs to the same session, so forged or crisis-reply feedback is dropped.
   */
  upsertFeedback: `INSERT INTO feedback (message_hash, hour, helpful)
    SELECT ?, ?, ? WHERE EXISTS
      (SELECT 1 FROM replies WHERE message_hash = ? AND session_hash = ?)
    ON CONFLICT (message_hash) DO UPDATE SET helpful = excluded.helpful, hour = excluded.hour`,
  /** (cutoff_hour) for each of the five */
  purgeReplies: 'DELETE FROM replies WHERE hour < ?',
  purgeFeedback: 'DELETE FROM feedback WHERE hour < ?',
  purgeCrisis: 'DELETE FROM crisis_hourly WHERE hour < ?',
  purgeConcern: 'DELETE FROM concern_hourly WHERE hour < ?',
  purgeDistress: 'DELETE FROM distress_sessions WHERE hour < ?',
  /** Feedback whose reply is gone (purged before its feedback was). */
  purgeOrphanFeedback:
    'DELETE FROM feedback WHERE message_hash NOT IN (SELECT message_hash FROM replies)',
} as const;

/** Statements of the owner's edits (server/insights/owner-store.ts). */
export const OWNER_SQL = {
  /** (id, at, action, topic, section_id, question, answer, url) */
  insert: `INSERT INTO owner_edits (id, at, action, topic, section_id, question, answer, url)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  /** (id) */
  remove: 'DELETE FROM owner_edits WHERE id = ?',
  bump: 'UPDATE owner_version SET version = version + 1 WHERE id = 1',
  version: 'SELECT version FROM owner_version WHERE id = 1',
  list: 'SELECT id, at, action, topic, section_id, question, answer, url FROM owner_edits ORDER BY at, rowid',
  /**
   * (cutoff): a resolved group's key is needed only while its questions are kept; dismissals go,
   * links and answers stay without it.
   */
  purgeDismissed: "DELETE FROM owner_edits WHERE action = 'dismiss' AND at < ?",
  purgeTopics: 'UPDATE owner_edits SET topic = NULL WHERE topic IS NOT NULL AND at < ?',
} as const;
