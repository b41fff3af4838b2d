import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/app.ts';
import { parseConfig } from '../../server/config.ts';
import { ADMIN_CSP, createAdminApp } from '../../server/insights/admin.ts';
import { openSqliteStore } from '../../server/insights/sqlite.ts';
import type { Corpus, Engine, EngineResult } from '../../server/engine/types.ts';
import { tempDir } from './helpers.ts';

const CORPUS: Corpus = {
  version: 'test',
  docs: [{ id: 'article', title: 'Ketamine', url: '/article', file: 'sources/article.txt' }],
  sections: [{ id: 'duration', docId: 'article', title: 'Duration', level: 1, parentId: null, url: '/article#duration', paragraphs: [[0]], isFaq: false }],
  sentences: [{ id: 0, sectionId: 'duration', paragraph: 0, text: 'Effects last about an hour.' }],
  faqs: [],
};

/** "how long" → answer, "die" → crisis, anything else → fallback. */
const engine: Engine = {
  corpus: CORPUS,
  answer(message: string): EngineResult {
    const reply = (kind: EngineResult['reply']['kind'], text: string, confidence: number) => ({
      kind, text, sources: [], suggestions: [], confidence, context: '',
    });
    if (/how long/i.test(message)) return { reply: reply('answer', 'Effects last about an hour.', 0.9), trace: { sectionId: 'duration', intent: 'duration' } };
    if (/die/i.test(message)) return { reply: reply('crisis', 'Call or text 988.', 1), trace: { sectionId: null, intent: 'crisis' } };
    return { reply: reply('fallback', 'I could not find that in the article.', 0.1), trace: { sectionId: null, intent: 'unknown' } };
  },
  suggest: () => [],
  starters: () => [],
};

const post = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

let cleanup = (): void => undefined;
afterEach(() => cleanup());

describe('createApp with the insights store', () => {
  it('still answers chat and feedback when DATA_DIR is unwritable', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    writeFileSync(join(t.dir, 'a-file'), 'x');
    const storeLog: string[] = [];
    const store = openSqliteStore({ dataDir: join(t.dir, 'a-file', 'data'), log: (l) => storeLog.push(l) });
    const appLog: Array<Record<string, unknown>> = [];
    const pending: Array<Promise<unknown>> = [];
    const app = createApp({
      engine,
      config: { ...parseConfig({}), rateLimitPerMin: 0 },
      store,
      log: (l) => appLog.push(l),
      waitUntil: (p) => pending.push(p),
    });
    for (const message of ['How long does it last?', 'can I drive after it?', 'I want to die']) {
      const res = await app.request('/api/chat', post({ message }));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { text: string; sessionId: string; messageId: string };
      expect(body.text.length).toBeGreaterThan(0);
      const fb = await app.request('/api/feedback', post({ sessionId: body.sessionId, messageId: body.messageId, helpful: true }));
      expect(fb.status).toBe(204);
    }
    await Promise.all(pending);
    expect(store.state).toBe('unavailable');
    expect(storeLog).toHaveLength(1);
    expect(appLog.filter((l) => /store\./.test(String(l.msg)))).toEqual([]);
  });

  it('records what the API sends it: kinds, scrubbed fallback text, feedback by messageId, no crisis text', async () => {
    const t = tempDir();
    const store = openSqliteStore({ dataDir: t.dir });
    cleanup = () => void store.close().then(t.cleanup);
    const pending: Array<Promise<unknown>> = [];
    const app = createApp({ engine, config: { ...parseConfig({}), rateLimitPerMin: 0 }, store, log: () => undefined, waitUntil: (p) => pending.push(p) });
    const chat = async (message: string, sessionId?: string) =>
      (await (await app.request('/api/chat', post({ message, sessionId }))).json()) as { sessionId: string; messageId: string };
    const first = await chat('How long does it last?');
    await chat('can I drive after it? mail me at ann@example.com', first.sessionId);
    await app.request('/api/feedback', post({ sessionId: first.sessionId, messageId: first.messageId, helpful: false }));
    // Another conversation: its question before the crisis reply loses its text when the crisis comes.
    const other = await chat('is there parking near you, I am Bo Quennell');
    await chat('I want to die', other.sessionId);
    await Promise.all(pending);
    const report = await store.report(new Date());
    expect(report.totals.byKind).toMatchObject({ answer: 1, fallback: 2, crisis: 1 });
    expect(report.totals.sessions).toBe(2);
    expect(report.sections).toEqual([{ sectionId: 'duration', replies: 1, helpful: 0, notHelpful: 1, helpfulRate: 0 }]);
    expect(report.unanswered.map((u) => u.example)).toEqual(['can I drive after it? mail me at [email]']);
    expect(JSON.stringify(report)).not.toMatch(/die|ann@|parking|quennell/i);
  });

  it('mounts the admin sub-app at its own paths, with its own CSP, and the app 404 without a token', async () => {
    const t = tempDir();
    const store = openSqliteStore({ dataDir: t.dir });
    cleanup = () => void store.close().then(t.cleanup);
    const token = 'admin-token-for-app-test-0123';
    const config = { ...parseConfig({}), rateLimitPerMin: 0 };
    const withToken = createApp({ engine, config, store, log: () => undefined, admin: createAdminApp({ token, reader: store }) });
    const page = await withToken.request('/admin');
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(ADMIN_CSP);
    expect((await withToken.request('/admin/admin.js')).status).toBe(200);
    expect((await withToken.request('/api/admin/insights')).status).toBe(401);
    const ok = await withToken.request('/api/admin/insights', { headers: { Authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { perDay: unknown[] }).perDay).toHaveLength(config.retentionDays);

    const without = createApp({ engine, config, store, log: () => undefined, admin: createAdminApp({ token: undefined, reader: store }) });
    for (const path of ['/admin', '/admin/admin.js', '/api/admin/insights']) {
      const res = await without.request(path, { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});
