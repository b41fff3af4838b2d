/**
 * Admin routes, a Hono sub-app the API mounts as-is (`app.route('/', createAdminApp(...))`).
 * Web-standard APIs only. Without an ADMIN_TOKEN no route exists at all, so the parent answers its
 * ordinary 404 and nothing reveals that an admin area could be switched on.
 */
import { Hono, type Context } from 'hono';
import type { InsightsReader, ReportRange } from '../engine/types.ts';
import { ADMIN_CSS, ADMIN_HTML, ADMIN_ICON, ADMIN_JS } from './admin-page.ts';
import { CSV_TABLES, reportCsv, type CsvTable } from './export.ts';
import { ownerRoutes } from './owner-admin.ts';
import type { OwnerLoop } from './owner-loop.ts';
import { dayNumber } from './report.ts';
import { InsightsUnavailableError } from './safe-store.ts';

export interface AdminOptions {
  /** ADMIN_TOKEN; unset or empty turns every admin route off (404). */
  token?: string | undefined;
  reader: InsightsReader;
  /** Section id → title, so the report names sections the way the article does (a getter when edits change them). */
  sectionTitles?: Record<string, string> | (() => Record<string, string>);
  /** The owner's loop (link, answer, dismiss, export); without it those routes do not exist. */
  owner?: OwnerLoop;
  log?: (line: string) => void;
  now?: () => Date;
}

/** The page's own policy; as strict as the demo page's, plus no framing and no outside connections. */
export const ADMIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const encoder = new TextEncoder();

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/**
 * Compares two secrets in constant time: both are hashed to 32 bytes first, so neither the position
 * of the first difference nor the length of the guess shows in the timing.
 */
export async function tokensMatch(given: string, expected: Uint8Array | Promise<Uint8Array>): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), expected]);
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

function jsonError(c: Context, status: 400 | 401 | 503, code: string, message: string): Response {
  c.header('Cache-Control', 'no-store');
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="faqchat-admin"');
  return c.json({ error: { code, message } }, status);
}

function asset(c: Context, body: string, type: string): Response {
  c.header('Content-Type', type);
  c.header('Content-Security-Policy', ADMIN_CSP);
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(body);
}

/**
 * Builds the admin sub-app: `GET /api/admin/insights` (`?from=&to=`; `.csv?table=` for one table as
 * CSV) and, with `owner`, the owner's loop (owner-admin.ts), all behind the Bearer token; `GET /admin`
 * and its `/admin/admin.js` and `/admin/admin.css`.
 *
 * @example app.route('/', createAdminApp({ token: config.adminToken, reader: store }))
 */
export function createAdminApp(options: AdminOptions): Hono {
  const admin = new Hono();
  const token = options.token?.trim();
  if (!token) return admin;
  const expected = digest(token);
  const now = options.now ?? (() => new Date());

  admin.get('/admin', (c) => asset(c, ADMIN_HTML, 'text/html; charset=utf-8'));
  admin.get('/admin/admin.js', (c) => asset(c, ADMIN_JS, 'text/javascript; charset=utf-8'));
  admin.get('/admin/admin.css', (c) => asset(c, ADMIN_CSS, 'text/css; charset=utf-8'));
  admin.get('/admin/icon.svg', (c) => asset(c, ADMIN_ICON, 'image/svg+xml'));

  admin.use('/api/admin/*', async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
    if (!match || !(await tokensMatch(match[1] ?? '', expected))) {
      return jsonError(c, 401, 'unauthorized', 'faqchat: a valid admin token is required (Authorization: Bearer <ADMIN_TOKEN>)');
    }
    await next();
  });

  // JSON (the report as the page draws it; also its JSON export) or one table as CSV.
  const report = (format: 'json' | 'csv') => async (c: Context) => {
    const range = reportRange(c);
    if (typeof range === 'string') return jsonError(c, 400, `invalid_${range.split(' ')[0]}`, `faqchat: ${range}`);
    const table = (c.req.query('table') ?? 'unanswered') as CsvTable;
    if (format === 'csv' && !CSV_TABLES.includes(table)) {
      return jsonError(c, 400, 'invalid_table', `faqchat: table must be one of ${CSV_TABLES.join(', ')}`);
    }
    try {
      const result = await options.reader.report(now(), range);
      const titles = typeof options.sectionTitles === 'function' ? options.sectionTitles() : options.sectionTitles;
      if (titles) {
        for (const s of result.sections) {
          const title = titles[s.sectionId];
          if (title !== undefined) s.title = title;
        }
      }
      c.header('Cache-Control', 'no-store');
      if (format === 'json') return c.json(result);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="faqchat-${table}-${result.from}-to-${result.to}.csv"`);
      return c.body(reportCsv(result, table));
    } catch (error) {
      const message =
        error instanceof InsightsUnavailableError ? error.message : 'faqchat: the insights report failed (see the server log)';
      if (!(error instanceof InsightsUnavailableError)) console.error(`faqchat: insights report failed: ${String(error)}`);
      return jsonError(c, 503, 'insights_unavailable', message);
    }
  };
  admin.get('/api/admin/insights', report('json'));
  admin.get('/api/admin/insights.csv', report('csv'));

  if (options.owner) ownerRoutes(admin, options.owner, options.log);

  return admin;
}

/** `from`/`to` of the query as a range, or what is wrong with them ("from must be …"). */
function reportRange(c: Context): ReportRange | string {
  const range: ReportRange = {};
  for (const key of ['from', 'to'] as const) {
    const value = c.req.query(key);
    if (value === undefined || value === '') continue;
    if (dayNumber(value) === null) return `${key} must be a day as YYYY-MM-DD, got ${JSON.stringify(value.slice(0, 20))}`;
    range[key] = value;
  }
  if (range.from && range.to && range.from > range.to) return `from must not be after to (${range.from} > ${range.to})`;
  return range;
}
