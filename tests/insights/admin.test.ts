import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_CSS, ADMIN_HTML, ADMIN_JS } from '../../server/insights/admin-page.ts';
import { ADMIN_CSP, createAdminApp, tokensMatch } from '../../server/insights/admin.ts';
import { openSqliteStore, openSqliteStoreStrict } from '../../server/insights/sqlite.ts';
import type { InsightsReport } from '../../server/engine/types.ts';
import { feedback, reply, tempDir } from './helpers.ts';

const TOKEN = 'test-admin-token-0123456789abcdef';
const NOW = new Date('2025-06-15T12:00:00Z');
const ROUTES = ['/api/admin/insights', '/admin', '/admin/admin.js', '/admin/admin.css'];
let cleanup = (): void => undefined;
afterEach(() => cleanup());

async function seededStore() {
  const t = tempDir();
  const store = await openSqliteStoreStrict({ dataDir: t.dir });
  cleanup = () => {
    void store.close().then(t.cleanup);
  };
  await store.recordReply(reply({ messageId: 'a', sectionId: 'dosing' }));
  await store.recordFeedback(feedback({ messageId: 'a', helpful: true }));
  await store.recordReply(reply({ messageId: 'b', kind: 'fallback', sectionId: null, question: '<img src=x onerror=alert(1)> can my dog take ketamine' }));
  return store;
}

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe('admin routes: auth', () => {
  it('are all 404 when ADMIN_TOKEN is unset or blank', async () => {
    const store = await seededStore();
    for (const token of [undefined, '', '   ']) {
      const admin = createAdminApp({ token, reader: store });
      for (const path of ROUTES) expect((await admin.request(path, bearer(TOKEN))).status, `${path} ${token}`).toBe(404);
    }
  });

  it('answer 401 without a token, with a wrong one, or with another scheme', async () => {
    const admin = createAdminApp({ token: TOKEN, reader: await seededStore() });
    const attempts: Array<Record<string, string>> = [
      {},
      { Authorization: 'Bearer wrong' },
      { Authorization: `Bearer ${TOKEN}x` },
      { Authorization: `Bearer ${TOKEN.slice(0, -1)}` },
      { Authorization: `Basic ${TOKEN}` },
      { Authorization: TOKEN },
    ];
    for (const headers of attempts) {
      const res = await admin.request('/api/admin/insights', { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.stringMatching(/^faqchat: /) } });
    }
  });

  it('answer 200 with the JSON report for the right token', async () => {
    const admin = createAdminApp({ token: TOKEN, reader: await seededStore(), now: () => NOW, sectionTitles: { dosing: 'Dosing' } });
    const res = await admin.request('/api/admin/insights', bearer(TOKEN));
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const report = (await res.json()) as InsightsReport;
    expect(report.to).toBe('2025-06-15');
    expect(report.sections).toEqual([{ sectionId: 'dosing', title: 'Dosing', replies: 1, helpful: 1, notHelpful: 0, helpfulRate: 1 }]);
    expect(report.unanswered[0]?.count).toBe(1);
  });

  it('answers 503, not 500, when the storage is unavailable', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    writeFileSync(join(t.dir, 'file'), 'x');
    const store = openSqliteStore({ dataDir: join(t.dir, 'file', 'data'), log: () => undefined });
    const res = await createAdminApp({ token: TOKEN, reader: store }).request('/api/admin/insights', bearer(TOKEN));
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('insights_unavailable');
  });

  it('compares tokens by their digest', async () => {
    const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc')));
    expect(await tokensMatch('abc', expected)).toBe(true);
    expect(await tokensMatch('abd', expected)).toBe(false);
    expect(await tokensMatch('', expected)).toBe(false);
  });
});

describe('admin page: works under a strict CSP', () => {
  it('serves HTML, JS and CSS as separate responses with the strict policy', async () => {
    const admin = createAdminApp({ token: TOKEN, reader: await seededStore() });
    const types: Record<string, RegExp> = { '/admin': /^text\/html/, '/admin/admin.js': /^text\/javascript/, '/admin/admin.css': /^text\/css/ };
    for (const [path, type] of Object.entries(types)) {
      const res = await admin.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toMatch(type);
      expect(res.headers.get('Content-Security-Policy')).toBe(ADMIN_CSP);
    }
    expect(ADMIN_CSP).toMatch(/script-src 'self';/);
    expect(ADMIN_CSP).not.toMatch(/unsafe/);
  });

  it('has no inline script, inline style, style attribute, event-handler attribute or innerHTML', () => {
    const scripts = [...ADMIN_HTML.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBe(1);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\/admin\/admin\.js"/);
      expect(body?.trim()).toBe('');
    }
    expect(ADMIN_HTML).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(ADMIN_JS).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\.style\b|'style'|eval\(|new Function/);
    expect(ADMIN_CSS.length).toBeGreaterThan(0);
  });

  it('draws the charts and the unanswered list with DOM APIs, visitor text as text only', async () => {
    const store = await seededStore();
    const admin = createAdminApp({ token: TOKEN, reader: store, now: () => NOW });
    const window = new Window({
      url: 'http://localhost/admin',
      settings: {
        enableJavaScriptEvaluation: true,
        suppressInsecureJavaScriptEnvironmentWarning: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
      },
    });
    const requests: Array<string | null> = [];
    // The page's fetch goes to the real sub-app.
    window.fetch = (async (input: string, init?: { headers?: Record<string, string> }) => {
      requests.push(init?.headers?.Authorization ?? null);
      return admin.request(String(input), { headers: init?.headers ?? {} });
    }) as never;
    const document = window.document;
    document.write(ADMIN_HTML);
    const script = document.createElement('script');
    script.textContent = ADMIN_JS;
    document.body.appendChild(script);

    const submit = async (token: string): Promise<void> => {
      (document.getElementById('token') as unknown as { value: string }).value = token;
      document.getElementById('login')!.dispatchEvent(new window.Event('submit', { cancelable: true }));
      for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
    };

    await submit('wrong');
    expect(document.getElementById('status')!.textContent).toMatch(/not right/);
    expect((document.getElementById('report') as unknown as { hidden: boolean }).hidden).toBe(true);

    await submit(TOKEN);
    expect(requests.at(-1)).toBe(`Bearer ${TOKEN}`);
    expect((document.getElementById('report') as unknown as { hidden: boolean }).hidden).toBe(false);
    const perDay = document.querySelector('#per-day svg')!;
    expect(perDay.querySelectorAll('rect.k-answer').length).toBe(1);
    expect(perDay.querySelectorAll('rect.k-fallback').length).toBe(1);
    expect(document.querySelector('#sections svg')!.textContent).toContain('100% of 1 rated');
    const cells = [...document.querySelectorAll('#unanswered tbody td')].map((td) => td.textContent);
    expect(cells).toContain('<img src=x onerror=alert(1)> can my dog take ketamine');
    expect(document.querySelector('#unanswered img')).toBeNull();
    await window.happyDOM.close();
  });
});
