/**
 * Bad input on the edge gets the same JSON errors as on Node — `{ error: { code, message } }`, never
 * a stack trace — and the 429 comes from the Workers rate-limiting binding (wrangler.jsonc), keyed by
 * the visitor's CF-Connecting-IP.
 */
import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../server/edge/worker.ts';
import { call, chat, freshIp, postJson } from './helpers.ts';

/** One request to the worker under different `vars` (a new env object builds its own app). */
async function withVars(vars: Record<string, string>, path: string, init: RequestInit & { ip?: string }): Promise<Response> {
  const ctx = createExecutionContext();
  const headers = new Headers(init.headers);
  headers.set('CF-Connecting-IP', init.ip ?? freshIp());
  const res = await worker.fetch(new Request(`https://faqchat.example${path}`, { ...init, headers }), { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

async function expectError(res: Response, status: number): Promise<{ code: string; message: string }> {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toMatch(/^[a-z_]+$/);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
  return body.error;
}

describe('error statuses inside workerd', () => {
  it('400 for invalid JSON, wrong types and an empty message', async () => {
    await expectError(await postJson('/api/chat', '{"message": '), 400);
    await expectError(await postJson('/api/chat', { message: 42 }), 400);
    await expectError(await postJson('/api/chat', { message: '   ' }), 400);
    await expectError(await postJson('/api/chat', { message: 'x'.repeat(501) }), 400);
  });

  it('404 for an unknown path', async () => {
    await expectError(await call('/no-such-page'), 404);
  });

  it('405 for a known path with the wrong method, with Allow', async () => {
    const res = await call('/api/chat');
    await expectError(res, 405);
    expect(res.headers.get('Allow')).toContain('POST');
  });

  it('413 for a body over 8 KB', async () => {
    await expectError(await postJson('/api/chat', { message: 'hi', context: 'x'.repeat(9000) }), 413);
  });

  it('415 for a body that is not JSON', async () => {
    await expectError(await call('/api/chat', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' }), 415);
  });

  it('429 with Retry-After once one client exceeds its chat budget; other clients are unaffected', async () => {
    const ip = freshIp();
    // The binding allows 20 a minute; its window can roll over once during the burst, so allow up to two budgets.
    let limited: Response | undefined;
    let sent = 0;
    while (!limited && sent < 41) {
      const res = await postJson('/api/chat', { message: 'hello' }, { ip });
      sent++;
      if (res.status === 429) limited = res;
      else {
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
    }
    expect(limited, `no 429 after ${sent} messages`).toBeDefined();
    expect(sent).toBeGreaterThan(20);
    const error = await expectError(limited!, 429);
    expect(error.code).toBe('rate_limited');
    expect(Number(limited!.headers.get('Retry-After'))).toBeGreaterThan(0);
    // The same visitor is still limited; a different one is not.
    expect((await postJson('/api/chat', { message: 'hello' }, { ip })).status).toBe(429);
    expect((await chat('hello', { ip: freshIp() })).kind).toBeTruthy();
  });

  it('asks the CHAT_LIMITER binding, keyed by CF-Connecting-IP (an IPv6 client by its /64)', async () => {
    const binding = env.CHAT_LIMITER!;
    /** Spends `key`'s budget in the binding itself; the client's next message must be refused. */
    const refusedAfterSpending = async (key: string, ip: string): Promise<Response> => {
      // Twice at most: the binding's window may roll over between spending and asking.
      for (let attempt = 0; ; attempt++) {
        for (let spent = 0; (await binding.limit({ key })).success && spent < 100; spent++);
        const res = await postJson('/api/chat', { message: 'hello' }, { ip });
        if (res.status === 429 || attempt === 1) return res;
      }
    };
    const v4 = freshIp();
    await expectError(await refusedAfterSpending(v4, v4), 429);
    // Another address in the same /64 shares the bucket.
    await expectError(await refusedAfterSpending('2001:db8:7:9::/64', '2001:db8:7:9:abcd::42'), 429);
    // Chat and feedback have separate budgets: feedback from the same client still goes through.
    const feedback = await postJson('/api/feedback', { sessionId: 'session-0001', messageId: 'message-0001', helpful: true }, { ip: v4 });
    expect(feedback.status).toBe(204);
  });

  it('RATE_LIMIT_PER_MIN=0 turns the binding off', async () => {
    const ip = freshIp();
    for (let spent = 0; (await env.CHAT_LIMITER!.limit({ key: ip })).success && spent < 100; spent++);
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message: 'hello' }), ip };
    expect((await withVars({ RATE_LIMIT_PER_MIN: '0' }, '/api/chat', init)).status).toBe(200);
  });

  it('a bad setting answers every request with a one-line config error naming the variable', async () => {
    const error = await expectError(await withVars({ RETENTION_DAYS: 'forever' }, '/healthz', {}), 500);
    expect(error.code).toBe('config_error');
    expect(error.message).toMatch(/^faqchat: RETENTION_DAYS must be /);
  });

  it('keeps serving after all of the above', async () => {
    const reply = await chat('How long does ketamine last?');
    expect(reply.kind).toBe('answer');
  });
});
