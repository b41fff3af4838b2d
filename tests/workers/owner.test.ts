/**
 * The owner's loop on the edge: an edit made on /admin is kept in D1 and the isolate's engine is
 * rebuilt from it before the admin call returns, so the next visitor gets the answer.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, chat, postJson } from './helpers.ts';

const AUTH = { Authorization: `Bearer ${String(env.ADMIN_TOKEN)}` };
const QUESTION = 'Does insurance cover ketamine treatment?';

describe('owner edits in D1 (sequential)', () => {
  let editId = '';

  it('answers a previously unanswered question live', async () => {
    expect((await chat(QUESTION)).kind).toBe('fallback');
    const report = (await (await call('/api/admin/insights', { headers: AUTH })).json()) as { unanswered: Array<{ topic: string; example: string }> };
    const group = report.unanswered.find((u) => u.example === QUESTION);
    expect(group).toBeDefined();

    const res = await postJson(
      '/api/admin/edits',
      { action: 'answer', topic: group!.topic, question: QUESTION, answer: 'Some plans do. Call our front desk and we will check yours.' },
      { headers: AUTH },
    );
    expect(res.status).toBe(201);
    editId = ((await res.json()) as { edit: { id: string } }).edit.id;

    const reply = await chat('does my insurance cover ketamine treatment?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('Some plans do.');
    expect(reply.sources).toEqual([{ title: "this site's FAQ", url: '' }]);

    const stored = await env.DB.prepare('SELECT action, question FROM owner_edits').all();
    expect(stored.results).toEqual([{ action: 'answer', question: QUESTION }]);
    const version = await env.DB.prepare('SELECT version FROM owner_version').first<{ version: number }>();
    expect(version?.version).toBe(1);
    const after = (await (await call('/api/admin/insights', { headers: AUTH })).json()) as { unanswered: Array<{ topic: string }> };
    expect(after.unanswered.some((u) => u.topic === group!.topic)).toBe(false);
  });

  it('undoes it, and refuses edits without the token', async () => {
    expect((await postJson('/api/admin/edits', { action: 'dismiss', topic: 'x' })).status).toBe(401);
    const res = await call(`/api/admin/edits/${editId}`, { method: 'DELETE', headers: AUTH });
    expect(res.status).toBe(200);
    expect((await chat(QUESTION)).kind).toBe('fallback');
  });
});
