/**
 * Property-based: whatever arrives at /api/chat (random JSON, strings, unicode, huge numbers, deep
 * objects, odd content types), the answer is 200 or a 4xx JSON error — never a 500 — and a normal
 * question is still answered afterwards. Runs against the real engine and knowledge build.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/app.ts';
import type { Engine } from '../../server/engine/types.ts';
import { postJson, testConfig } from './fake-engine.ts';
import { realEngine } from './engine.ts';

let engine: Engine;
let app: ReturnType<typeof createApp>;
const lines: Array<Record<string, unknown>> = [];
const statuses = new Map<number, number>();

beforeAll(() => {
  engine = realEngine();
  app = createApp({ engine, config: testConfig(), log: (l) => lines.push(l) });
});

async function check(init: RequestInit): Promise<void> {
  const res = await app.request('/api/chat', init);
  const text = await res.text();
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  if (res.status === 200) {
    const body = JSON.parse(text);
    expect(typeof body.text).toBe('string');
    expect(typeof body.sessionId).toBe('string');
    return;
  }
  expect([400, 413, 415]).toContain(res.status);
  const body = JSON.parse(text);
  expect(body.error.message).toMatch(/^faqchat: /);
  expect(typeof body.error.code).toBe('string');
}

const unicode = fc.string({ unit: 'binary', maxLength: 600 });
const anyText = fc.oneof(fc.string({ maxLength: 700 }), unicode, fc.string({ unit: 'grapheme', maxLength: 300 }));
const hugeNumber = fc.oneof(
  fc.double(),
  fc.bigInt().map((n) => n.toString()),
  fc.constantFrom('1e400', '-1e400', '123456789012345678901234567890123456789', '0.0000000000000000000001', 'NaN', '-0'),
);
const nested = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 })),
})).node;
const field = fc.oneof(anyText, hugeNumber, nested, fc.constant(null), fc.boolean());
const chatLike = fc.record(
  { message: field, sessionId: fc.oneof(field, fc.uuid()), context: field, extra: nested },
  { requiredKeys: [] },
);

describe('/api/chat under random input', () => {
  it('random JSON values and chat-shaped objects: 200 or a 4xx JSON error, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), chatLike, fc.record({ message: anyText })), async (body) => {
        await check(postJson(JSON.stringify(body)));
      }),
      { numRuns: 400 },
    );
  });

  it('raw bodies: broken JSON, huge numbers, deep nesting, raw bytes', async () => {
    const raw = fc.oneof(
      anyText,
      hugeNumber.map((n) => `{"message": ${n}}`),
      fc.integer({ min: 1, max: 5000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
      fc.integer({ min: 1, max: 2000 }).map((d) => `{"message":"hi","context":${'{"a":'.repeat(d)}1${'}'.repeat(d)}}`),
      fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1')),
    );
    await fc.assert(fc.asyncProperty(raw, async (body) => check(postJson(body))), { numRuns: 300 });
  });

  it('odd content types and methods never reach the engine as a 500', async () => {
    const type = fc.oneof(fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/json;;', 'APPLICATION/JSON', ''), fc.string({ maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(type, anyText, async (contentType, body) => {
        const headers: Record<string, string> = {};
        if (/^[\x20-\x7e]*$/.test(contentType)) headers['Content-Type'] = contentType;
        await check({ method: 'POST', headers, body: JSON.stringify({ message: body }) });
      }),
      { numRuns: 200 },
    );
  });

  it('a normal question still gets its answer afterwards', async () => {
    const res = await app.request('/api/chat', postJson({ message: 'How long does ketamine last?' }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.kind).toBe('answer');
    expect(body.sources.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.status === 500)).toBe(false);
    // The generators reached both sides: valid messages answered and invalid ones refused.
    expect(statuses.get(200)).toBeGreaterThan(50);
    expect(statuses.get(400)).toBeGreaterThan(50);
    expect(statuses.get(415)).toBeGreaterThan(0);
  });
});
