/**
 * Bad input on the edge gets the same JSON errors as on Node — `{ error: { code, message } }`, never
 * a stack trace — and the 429 comes from the Workers rate-limiting binding (wrangler.jsonc), keyed by
 * the visitor's CF-Connecting-IP.
 */
import { describe, expect, it } from 'vitest';
import { call, chat, freshIp, postJson } from './helpers.ts';

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

  it('keeps serving after all of the above', async () => {
    const reply = await chat('How long does ketamine last?');
    expect(reply.kind).toBe('answer');
  });
});
