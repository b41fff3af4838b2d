/**
 * Admin routes, a Hono sub-app the API mounts as-is (`app.route('/', createAdminApp(...))`).
 * Web-standard APIs only. Without an ADMIN_TOKEN no route exists at all, so the parent answers its
 * ordinary 404 and nothing reveals that an admin area could be switched on.
 */
import { Hono, type Context } from 'hono';
import type { InsightsReader } from '../engine/types.ts';
import { ADMIN_CSS, ADMIN_HTML, ADMIN_JS } from './admin-page.ts';
import { InsightsUnavailableError } from './safe-store.ts';

export interface AdminOptions {
  /** ADMIN_TOKEN; unset or empty turns every admin route off (404). */
  token?: string | undefined;
  reader: InsightsReader;
  /** Section id → title, so the report names sections the way the article does. */
  sectionTitles?: Record<string, string>;
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

function jsonError(c: Context, status: 401 | 503, code: string, message: string): Response {
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
 * Builds the admin sub-app: `GET /api/admin/insights` (Bearer token), `GET /admin` and its
 * `/admin/admin.js` and `/admin/admin.css`.
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

  admin.get('/api/admin/insights', async (c) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
    if (!match || !(await tokensMatch(match[1] ?? '', expected))) {
      return jsonError(c, 401, 'unauthorized', 'faqchat: a valid admin token is required (Authorization: Bearer <ADMIN_TOKEN>)');
    }
    try {
      const report = await options.reader.report(now());
      const titles = options.sectionTitles;
      if (titles) {
        for (const s of report.sections) {
          const title = titles[s.sectionId];
          if (title !== undefined) s.title = title;
        }
      }
      c.header('Cache-Control', 'no-store');
      return c.json(report);
    } catch (error) {
      const message =
        error instanceof InsightsUnavailableError ? error.message : 'faqchat: the insights report failed (see the server log)';
      if (!(error instanceof InsightsUnavailableError)) console.error(`faqchat: insights report failed: ${String(error)}`);
      return jsonError(c, 503, 'insights_unavailable', message);
    }
  });

  return admin;
}
