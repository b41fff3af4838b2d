/**
 * The conversation context is signed at the HTTP layer (HMAC-SHA-256, Web Crypto) under a server
 * secret; a context without a valid signature reaches the engine as no context at all.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/app.ts';
import { contextSealer, randomContextSecret, SEAL_OVERHEAD } from '../../server/http/context-mac.ts';
import { parseConfig } from '../../server/config.ts';
import { FakeEngine, postJson, testConfig } from './fake-engine.ts';
import { realEngine } from './engine.ts';

const SECRET = 'a-context-secret-for-tests-0123456789abcdef';

/** Flips one character of `text` at `i` to another base64url character. */
const flip = (text: string, i: number): string => `${text.slice(0, i)}${text[i] === 'A' ? 'B' : 'A'}${text.slice(i + 1)}`;

describe('contextSealer', () => {
  it('opens what it sealed, and nothing else', async () => {
    const sealer = contextSealer(SECRET);
    const inner = 'WzEsImFiYyIsbnVsbF0';
    const sealed = await sealer.seal(inner);
    expect(sealed).toHaveLength(inner.length + SEAL_OVERHEAD);
    expect(await sealer.open(sealed)).toBe(inner);
    expect(await sealer.seal('')).toBe('');

    const mac = sealed.length - 43;
    const forgeries = [
      flip(sealed, 0), // the context edited
      flip(sealed, inner.length - 1),
      flip(sealed, mac), // the MAC edited
      flip(sealed, sealed.length - 1),
      sealed.slice(0, -1), // truncated
      `${sealed}A`,
      inner, // unsigned
      `${inner}.${'A'.repeat(43)}`,
      await contextSealer('another-secret-entirely-0123456789abcdef').seal(inner),
      `x.${sealed.slice(-43)}`, // someone else's MAC moved onto other content
      '',
      '.'.repeat(60),
      `${inner}.${'*'.repeat(43)}`,
    ];
    for (const forged of forgeries) expect(await sealer.open(forged), forged).toBeUndefined();
    expect(await sealer.open(undefined)).toBeUndefined();
    expect(await sealer.open(null)).toBeUndefined();
  });

  it('the synchronous node:crypto path makes the same wire form, so Node and Workers instances interoperate', async () => {
    const node = contextSealer(SECRET, { hmac: (key, data) => createHmac('sha256', key).update(data).digest() });
    const web = contextSealer(SECRET);
    const inner = 'WzEsImFiYyIsbnVsbF0';
    const sealed = await node.seal(inner);
    expect(sealed).toBe(await web.seal(inner));
    expect(await web.open(sealed)).toBe(inner);
    expect(await node.open(await web.seal(inner))).toBe(inner);
    for (const forged of [flip(sealed, 0), flip(sealed, sealed.length - 1), inner, sealed.slice(0, -1)]) expect(await node.open(forged)).toBeUndefined();
  });

  it('CONTEXT_SECRET must be long; its value is never echoed in the error', () => {
    expect(parseConfig({ CONTEXT_SECRET: SECRET }).contextSecret).toBe(SECRET);
    expect(parseConfig({}).contextSecret).toBeUndefined();
    expect(() => parseConfig({ CONTEXT_SECRET: 'short-secret' })).toThrow(/^faqchat: CONTEXT_SECRET must be at least 32 printable characters.*got 12 characters$/);
  });

  it('random secrets differ, so two servers without CONTEXT_SECRET reject each other', async () => {
    const [a, b] = [randomContextSecret(), randomContextSecret()];
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    expect(await contextSealer(b).open(await contextSealer(a).seal('abc'))).toBeUndefined();
  });
});

describe('the API and the context signature', () => {
  const chat = async (app: ReturnType<typeof createApp>, message: string, context?: string) =>
    (await (await app.request('/api/chat', postJson({ message, context }))).json()) as { context: string; kind: string; text: string };

  it('instances sharing CONTEXT_SECRET accept each other\'s contexts; one with another secret starts over', async () => {
    const engines = [new FakeEngine(), new FakeEngine(), new FakeEngine()];
    const config = { ...testConfig(), contextSecret: SECRET };
    const [a, b, c] = [
      createApp({ engine: engines[0]!, config, log: () => {} }),
      createApp({ engine: engines[1]!, config, log: () => {} }),
      createApp({ engine: engines[2]!, config: { ...config, contextSecret: undefined }, log: () => {} }),
    ];
    const first = await chat(a, 'how long?');
    await chat(b, 'and then?', first.context);
    await chat(c, 'and then?', first.context);
    expect(engines[1]!.contexts).toEqual(['ctx:1']);
    expect(engines[2]!.contexts).toEqual([undefined]);
  });

  it('an edited context (a forged crisis flag) is a new conversation, never an error', async () => {
    const engine = new FakeEngine();
    const app = createApp({ engine, config: testConfig(), log: () => {} });
    const first = await chat(app, 'how long?');
    for (let i = 0; i < first.context.length; i += 7) {
      const res = await app.request('/api/chat', postJson({ message: 'how long?', context: flip(first.context, i) }));
      expect(res.status).toBe(200);
    }
    expect(engine.contexts.every((c) => c === undefined)).toBe(true);
  });

  it('with the real engine, a crisis conversation keeps its state through the signed context', async () => {
    const app = createApp({ engine: realEngine(), config: { ...parseConfig({ RATE_LIMIT_PER_MIN: '0' }), contextSecret: SECRET }, log: () => {} });
    const crisis = await chat(app, 'I want to end my life');
    expect(crisis.kind).toBe('crisis');
    const [signed, unsigned] = await Promise.all([
      chat(app, 'how long does ketamine last', crisis.context),
      chat(app, 'how long does ketamine last', crisis.context.slice(0, crisis.context.lastIndexOf('.'))),
    ]);
    // Signed: the engine remembers the crisis and keeps help in view; stripped of its MAC: a new conversation.
    expect(signed.text).not.toBe(unsigned.text);
  });
});
