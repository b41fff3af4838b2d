/**
 * The site-owner report: aggregate SQL (shared by SQLite and D1) and its assembly into an
 * `InsightsReport`. Every query takes the window as `(since, until)` in unix seconds, UTC days.
 */
import type { ConfidenceBucket, InsightsReport, KindCounts, ReplyKind } from '../engine/types.ts';
import { isAcknowledgement } from './acknowledgement.ts';
import { INSIGHTS_DEFAULTS } from './schema.ts';

/** Runs one read-only statement with positional parameters (better-sqlite3 `.all()`, D1 `.all()`). */
export type QueryAll = (sql: string, params: Array<string | number>) => Promise<Array<Record<string, unknown>>>;

export const REPORT_SQL = {
  /** (since, until, since, until) */
  perDayByKind: `SELECT hour / 86400 AS day, kind, COUNT(*) AS n FROM replies
      WHERE hour >= ? AND hour < ? GROUP BY day, kind
    UNION ALL
    SELECT hour / 86400 AS day, 'crisis' AS kind, SUM(count) AS n FROM crisis_hourly
      WHERE hour >= ? AND hour < ? GROUP BY day
    UNION ALL
    SELECT hour / 86400 AS day, 'concern' AS kind, SUM(count) AS n FROM concern_hourly
      WHERE hour >= ? AND hour < ? GROUP BY day`,
  /** (since, until) */
  sessionsPerDay: `SELECT hour / 86400 AS day, COUNT(DISTINCT session_hash) AS n FROM replies
    WHERE hour >= ? AND hour < ? GROUP BY day`,
  /** (since, until) */
  sessionsTotal: 'SELECT COUNT(DISTINCT session_hash) AS n FROM replies WHERE hour >= ? AND hour < ?',
  /** (since, until): feedback counts for the replies of the window; feedback joins by message hash. */
  feedbackTotals: `SELECT COALESCE(SUM(f.helpful = 1), 0) AS helpful, COALESCE(SUM(f.helpful = 0), 0) AS not_helpful
    FROM feedback f JOIN replies r ON r.message_hash = f.message_hash
    WHERE r.hour >= ? AND r.hour < ?`,
  /** (since, until) */
  answerConfidence: `SELECT confidence, COUNT(*) AS n FROM replies
    WHERE kind = 'answer' AND hour >= ? AND hour < ? GROUP BY confidence`,
  /** (since, until) */
  sections: `SELECT r.section_id AS section_id, COUNT(*) AS replies,
      COALESCE(SUM(f.helpful = 1), 0) AS helpful, COALESCE(SUM(f.helpful = 0), 0) AS not_helpful
    FROM replies r LEFT JOIN feedback f ON f.message_hash = r.message_hash
    WHERE r.section_id IS NOT NULL AND r.hour >= ? AND r.hour < ?
    GROUP BY r.section_id ORDER BY replies DESC, r.section_id`,
  /**
   * (since, until, limit). `question` is a bare column beside MAX(hour): SQLite (and so D1) takes it
   * from the row holding the maximum, i.e. the latest wording of the group. A group the owner linked,
   * answered or dismissed counts only the questions asked in the hours after that.
   */
  unanswered: `SELECT topic, COUNT(*) AS n, SUM(kind = 'fallback') AS fallback, SUM(kind = 'clarify') AS clarify,
      MAX(hour) AS last_hour, question AS example
    FROM replies r WHERE topic IS NOT NULL AND hour >= ? AND hour < ?
      AND NOT EXISTS (SELECT 1 FROM owner_edits e WHERE e.topic = r.topic AND e.at >= r.hour)
    GROUP BY topic ORDER BY n DESC, last_hour DESC, topic LIMIT ?`,
} as const;

/** Kinds a report counts: every reply kind, and `concern` (counted like crisis, see distress.ts) even where the engine's type does not list it yet. */
export type ReportedKind = ReplyKind | 'concern';
export const REPLY_KINDS: readonly ReportedKind[] = ['answer', 'clarify', 'fallback', 'referral', 'crisis', 'concern', 'smalltalk'];

export interface ReportOptions {
  retentionDays: number;
  unansweredLimit?: number;
  /** First and last day to report (`YYYY-MM-DD`, UTC), each clamped to the retention window; default the whole window. */
  from?: string;
  to?: string;
}

/** Acknowledgement groups ("ok", "cool") are dropped after the query, so it reads this many more. */
const ACK_SLACK = 40;

const DAY = 86_400;

/** `YYYY-MM-DD` of a day number (days since the epoch, UTC). */
export function dayString(day: number): string {
  return new Date(day * DAY * 1000).toISOString().slice(0, 10);
}

/** Day number of a `YYYY-MM-DD` that names a real calendar day, else null. @example dayNumber('1970-01-02') // 1 */
export function dayNumber(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const ms = Date.parse(`${text}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) return null;
  return ms / 1000 / DAY;
}

type Counts = Record<ReportedKind, number> & KindCounts;

/** A report's count of a kind; 0 for a kind an older report lacks. */
export function countOf(byKind: KindCounts, kind: ReportedKind): number {
  return (byKind as Partial<Record<ReportedKind, number>>)[kind] ?? 0;
}

function zeroKinds(): Counts {
  return Object.fromEntries(REPLY_KINDS.map((k) => [k, 0])) as Counts;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number(v ?? 0));

/**
 * Runs the report queries and assembles the report for the days asked (default: the retention
 * window ending today, UTC).
 *
 * @example await buildReport((sql, p) => Promise.resolve(db.prepare(sql).all(...p)), new Date(), { retentionDays: 30 })
 */
export async function buildReport(all: QueryAll, now: Date, options: ReportOptions): Promise<InsightsReport> {
  const days = Math.max(1, Math.floor(options.retentionDays));
  const today = Math.floor(now.getTime() / 1000 / DAY);
  const oldest = today - days + 1;
  const clamp = (day: number | null, fallback: number) => Math.min(today, Math.max(oldest, day ?? fallback));
  const lastDay = clamp(options.to ? dayNumber(options.to) : null, today);
  const firstDay = Math.min(lastDay, clamp(options.from ? dayNumber(options.from) : null, oldest));
  const since = firstDay * DAY;
  const until = (lastDay + 1) * DAY;
  const win = [since, until];
  const limit = options.unansweredLimit ?? INSIGHTS_DEFAULTS.unansweredLimit;

  const [kindRows, sessionDayRows, sessionRows, feedbackRows, confidenceRows, sectionRows, unansweredRows] =
    await Promise.all([
      all(REPORT_SQL.perDayByKind, [...win, ...win, ...win]),
      all(REPORT_SQL.sessionsPerDay, win),
      all(REPORT_SQL.sessionsTotal, win),
      all(REPORT_SQL.feedbackTotals, win),
      all(REPORT_SQL.answerConfidence, win),
      all(REPORT_SQL.sections, win),
      all(REPORT_SQL.unanswered, [...win, limit + ACK_SLACK]),
    ]);

  const perDay = Array.from({ length: lastDay - firstDay + 1 }, (_, i) => ({
    day: dayString(firstDay + i),
    sessions: 0,
    byKind: zeroKinds(),
  }));
  const byKind = zeroKinds();
  for (const r of kindRows) {
    const entry = perDay[num(r.day) - firstDay];
    const kind = r.kind as ReportedKind;
    if (!entry || !(kind in byKind)) continue;
    entry.byKind[kind] += num(r.n);
    byKind[kind] += num(r.n);
  }
  for (const r of sessionDayRows) {
    const entry = perDay[num(r.day) - firstDay];
    if (entry) entry.sessions = num(r.n);
  }
  const answerConfidence: Record<ConfidenceBucket, number> = { low: 0, medium: 0, high: 0 };
  for (const r of confidenceRows) {
    const bucket = r.confidence as ConfidenceBucket;
    if (bucket in answerConfidence) answerConfidence[bucket] = num(r.n);
  }

  return {
    generatedAt: now.toISOString(),
    retentionDays: days,
    from: dayString(firstDay),
    to: dayString(lastDay),
    kept: { from: dayString(oldest), to: dayString(today) },
    totals: {
      questions: REPLY_KINDS.reduce((sum, k) => sum + byKind[k], 0),
      sessions: num(sessionRows[0]?.n),
      byKind,
      helpful: num(feedbackRows[0]?.helpful),
      notHelpful: num(feedbackRows[0]?.not_helpful),
      answerConfidence,
    },
    perDay,
    sections: sectionRows.map((r) => {
      const helpful = num(r.helpful);
      const notHelpful = num(r.not_helpful);
      const rated = helpful + notHelpful;
      return {
        sectionId: String(r.section_id),
        replies: num(r.replies),
        helpful,
        notHelpful,
        helpfulRate: rated === 0 ? null : helpful / rated,
      };
    }),
    unanswered: unansweredRows
      .filter((r) => !isAcknowledgement(String(r.example ?? r.topic ?? '')))
      .slice(0, limit)
      .map((r) => ({
      topic: String(r.topic),
      count: num(r.n),
      fallback: num(r.fallback),
      clarify: num(r.clarify),
      example: String(r.example ?? ''),
      lastSeen: dayString(Math.floor(num(r.last_hour) / DAY)),
    })),
  };
}
