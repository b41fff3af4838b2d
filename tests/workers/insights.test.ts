/**
 * Insights on the edge: the worker records into D1 through the same Store, migrations and privacy
 * rules as the Node SQLite file. A fallback keeps only its scrubbed question, a feedback joins its
 * reply, a crisis is a bare hourly count, the admin report reads D1, and the cron purge empties it.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../server/edge/worker.ts';
import { call, chat, postJson } from './helpers.ts';

const db = env.DB;

async function rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]> {
  return (await db.prepare(sql).bind(...params).all<T>()).results;
}

/** Every text value in every insights table, to prove what was never written. */
async function everyStoredText(): Promise<string> {
  const tables = await rows<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'");
  const dumps = await Promise.all(tables.map(async (t) => JSON.stringify(await rows(`SELECT * FROM "${t.name}"`))));
  return dumps.join('\n');
}

describe('insights in D1 (sequential: each step reads what the previous one stored)', () => {
  let fallback: { sessionId: string; messageId: string; messageHash: string };

  it('stores a fallback as its scrubbed question, with hashed ids and the hour', async () => {
    const reply = await chat('how do i make banana bread? mail me at jane.doe@example.com');
    expect(reply.kind).toBe('fallback');
    const stored = await rows<{ message_hash: string; session_hash: string; hour: number; kind: string; question: string; topic: string }>(
      "SELECT * FROM replies WHERE kind = 'fallback' AND question LIKE '%banana%'",
    );
    expect(stored).toHaveLength(1);
    const row = stored[0]!;
    expect(row.question).toContain('[email]');
    expect(row.question).not.toContain('jane');
    expect(row.topic).toContain('banana');
    expect(row.hour % 3600).toBe(0);
    expect(Math.abs(row.hour - Date.now() / 1000)).toBeLessThan(2 * 3600);
    expect(row.session_hash).not.toBe(reply.sessionId);
    expect(row.message_hash).not.toBe(reply.messageId);
    const migrated = await rows<{ version: number }>('SELECT MAX(version) AS version FROM schema_version');
    expect(migrated[0]!.version).toBeGreaterThanOrEqual(1);
    fallback = { sessionId: reply.sessionId, messageId: reply.messageId, messageHash: row.message_hash };
  });

  it('stores a feedback against its reply, and drops one that names another session', async () => {
    const res = await postJson('/api/feedback', { sessionId: fallback.sessionId, messageId: fallback.messageId, helpful: false });
    expect(res.status).toBe(204);
    const forged = await postJson('/api/feedback', { sessionId: 'someone-else-123', messageId: fallback.messageId, helpful: true });
    expect(forged.status).toBe(204);
    const stored = await rows<{ message_hash: string; helpful: number }>('SELECT message_hash, helpful FROM feedback');
    expect(stored).toEqual([{ message_hash: fallback.messageHash, helpful: 0 }]);
  });

  it('counts a crisis reply without keeping any of its text', async () => {
    const before = await rows<{ n: number }>('SELECT COALESCE(SUM(count), 0) AS n FROM crisis_hourly');
    const message = 'i want to end it all tonight, zephyrine';
    const reply = await chat(message);
    expect(reply.kind).toBe('crisis');
    const after = await rows<{ n: number }>('SELECT COALESCE(SUM(count), 0) AS n FROM crisis_hourly');
    expect(after[0]!.n).toBe(before[0]!.n + 1);
    const dump = await everyStoredText();
    expect(dump).not.toContain('zephyrine');
    expect(dump).not.toContain('end it all');
  });

  it('keeps no text of a conversation in crisis: not before the crisis reply, not after', async () => {
    const before = await chat('my name is Harriet Quillfeather and I live at 42 Wexfordshaw Lane, how do I bake sourdough');
    expect(before.kind).toBe('fallback');
    expect(await everyStoredText()).toContain('sourdough'); // stored until the crisis reply comes
    const crisis = await chat("I can't do this anymore, I want to end my life", { sessionId: before.sessionId, context: before.context });
    expect(crisis.kind).toBe('crisis');
    let context = crisis.context;
    for (const message of ['I already wrote the letters to Tomasz Brennickova', 'where can I buy a purple bicycle zanzibarquill']) {
      const next = await chat(message, { sessionId: before.sessionId, context });
      context = next.context;
    }
    const dump = (await everyStoredText()).toLowerCase();
    for (const secret of ['quillfeather', 'wexfordshaw', 'sourdough', 'end my life', 'wrote the letters', 'brennickova', 'zanzibarquill']) {
      expect(dump, secret).not.toContain(secret);
    }
    expect(dump).toContain('banana'); // another visitor's unanswered question is still there
  });

  it('reports from D1 through the admin endpoint', async () => {
    expect((await call('/api/admin/insights')).status).toBe(401);
    const res = await call('/api/admin/insights', { headers: { Authorization: `Bearer ${String(env.ADMIN_TOKEN)}` } });
    expect(res.status).toBe(200);
    const report = (await res.json()) as {
      totals: { byKind: Record<string, number>; notHelpful: number };
      unanswered: Array<{ topic: string; example: string }>;
    };
    expect(report.totals.byKind.fallback).toBeGreaterThanOrEqual(1);
    expect(report.totals.byKind.crisis).toBeGreaterThanOrEqual(1);
    expect(report.totals.notHelpful).toBe(1);
    const banana = report.unanswered.find((u) => u.topic.includes('banana'));
    expect(banana?.example).toContain('[email]');
  });

  it('purges everything older than RETENTION_DAYS on the cron trigger', async () => {
    const later = Date.now() + 40 * 86_400_000;
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: later, cron: '17 3 * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    for (const table of ['replies', 'feedback', 'crisis_hourly']) {
      expect(await rows(`SELECT * FROM ${table}`), table).toEqual([]);
    }
  });
});
