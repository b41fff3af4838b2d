import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { createApp, type AppOptions } from '../../server/app.ts';
import type { Store } from '../../server/types.ts';
import { FakeEngine, fakeAssets, postJson, testConfig, WIDGET_JS } from './fake-engine.ts';

function setup(overrides: Partial<AppOptions> = {}) {
  const engine = new FakeEngine();
  const lines: Array<Record<string, unknown>> = [];
  const app = createApp({ engine, config: testConfig(), assets: fakeAssets(), log: (l) => lines.push(l), ...overrides });
  return { app, engine, lines };
}

async function errorOf(res: Response) {
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.message).toMatch(/^faqchat: /);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/); // no stack frames
  return body.error;
}

describe('POST /api/chat', () => {
  it('answers with the engine reply plus a new sessionId and messageId', async () => {
    const { app } = setup();
    const res = await app.request('/api/chat', postJson({ message: 'How long does it last?' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = await res.json();
    expect(Object.keys(body)).toEqual(['sessionId', 'messageId', 'kind', 'text', 'sources', 'suggestions', 'confidence', 'context']);
    expect(body.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.messageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.messageId).not.toBe(body.sessionId);
    expect(body).toMatchObject({ kind: 'answer', sources: [{ title: 'Short-term', url: '/article#short-term' }], confidence: 0.9 });
  });

  it('keeps a sessionId the client sends, issues a fresh messageId each time, and passes context back', async () => {
    const { app, engine } = setup();
    const first = await (await app.request('/api/chat', postJson({ message: 'how long?' }))).json();
    const second = await (
      await app.request('/api/chat', postJson({ message: 'and then?', sessionId: first.sessionId, context: first.context }))
    ).json();
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.messageId).not.toBe(first.messageId);
    expect(engine.contexts).toEqual([undefined, first.context]);
  });

  it('cleans the message before the engine sees it: NFC, control characters dropped, trimmed', async () => {
    const { app, engine } = setup();
    const res = await app.request('/api/chat', postJson({ message: '  cafe\u0301\u0000\u0007 is\tit\nsafe?\u200b  ' }));
    expect(res.status).toBe(200);
    expect(engine.messages[0]).toBe('caf\u00e9 is it safe?\u200b');
  });

  it('ignores a tampered or foreign context and still answers', async () => {
    const { app, engine } = setup();
    for (const context of ['{"topic":"../../etc/passwd"}', 'ZXhwaXJlZA==', 'ctx-from-another-bot', null, '']) {
      const res = await app.request('/api/chat', postJson({ message: 'how long does it last', context }));
      expect(res.status).toBe(200);
      expect((await res.json()).kind).toBe('answer');
    }
    expect(engine.contexts.every((c) => c === undefined)).toBe(true);
  });

  it('accepts exactly 500 characters (code points, after trimming) and rejects 501', async () => {
    const { app } = setup();
    const ok = await app.request('/api/chat', postJson({ message: `  ${'é'.repeat(499)}😀  ` }));
    expect(ok.status).toBe(200);
    const long = await app.request('/api/chat', postJson({ message: 'a'.repeat(501) }));
    expect(long.status).toBe(400);
    expect(await errorOf(long)).toEqual({ code: 'invalid_message', message: 'faqchat: message must be 1–500 characters, got 501' });
  });

  it.each([
    ['invalid JSON', '{"message": "hi"', 'invalid_json'],
    ['a JSON array', '[{"message":"hi"}]', 'invalid_body'],
    ['JSON null', 'null', 'invalid_body'],
    ['a JSON string', '"hi"', 'invalid_body'],
    ['no message', '{}', 'invalid_message'],
    ['a numeric message', '{"message": 42}', 'invalid_message'],
    ['an empty message', '{"message": ""}', 'invalid_message'],
    ['a whitespace message', '{"message": " \\n\\t "}', 'invalid_message'],
    ['a control-character message', '{"message": "\\u0000\\u0001\\u007f"}', 'invalid_message'],
    ['a bad sessionId', '{"message": "hi", "sessionId": "x y"}', 'invalid_sessionId'],
    ['a numeric sessionId', '{"message": "hi", "sessionId": 12345678}', 'invalid_sessionId'],
    ['an object context', '{"message": "hi", "context": {"a": 1}}', 'invalid_context'],
    ['an oversized context', JSON.stringify({ message: 'hi', context: 'c'.repeat(4001) }), 'invalid_context'],
  ])('400 for %s', async (_name, body, code) => {
    const { app } = setup();
    const res = await app.request('/api/chat', postJson(body));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('413 for a 9 KB body, with or without Content-Length', async () => {
    const { app } = setup();
    const big = JSON.stringify({ message: 'hi', pad: 'x'.repeat(9 * 1024) });
    const sized = await app.request('/api/chat', postJson(big, { 'Content-Length': String(big.length) }));
    expect(sized.status).toBe(413);
    expect((await errorOf(sized)).code).toBe('payload_too_large');
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await app.request('/api/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it.each([
    ['text/plain', { 'Content-Type': 'text/plain' }],
    ['a form', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['no Content-Type', {}],
  ])('415 for %s', async (_name, headers) => {
    const { app } = setup();
    const res = await app.request('/api/chat', { method: 'POST', headers, body: '{"message":"hi"}' });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).code).toBe('unsupported_media_type');
  });

  it('accepts application/json with a charset', async () => {
    const { app } = setup();
    const res = await app.request('/api/chat', postJson({ message: 'hi' }, { 'Content-Type': 'application/json; charset=utf-8' }));
    expect(res.status).toBe(200);
  });

  it('500 without details when the engine throws, and the server keeps serving', async () => {
    const { app, engine, lines } = setup();
    engine.fail = new Error('boom while reading "secret question"');
    const res = await app.request('/api/chat', postJson({ message: 'secret question' }));
    expect(res.status).toBe(500);
    const error = await errorOf(res);
    expect(error.code).toBe('internal');
    expect(error.message).not.toMatch(/boom|secret/);
    expect(JSON.stringify(lines)).not.toMatch(/secret/);
    engine.fail = undefined;
    expect((await app.request('/api/chat', postJson({ message: 'how long?' }))).status).toBe(200);
  });
});

describe('405 and 404', () => {
  it.each([
    ['GET', '/api/chat', 'POST, OPTIONS'],
    ['PUT', '/api/chat', 'POST, OPTIONS'],
    ['POST', '/api/suggest', 'GET, HEAD, OPTIONS'],
    ['GET', '/api/feedback', 'POST, OPTIONS'],
    ['POST', '/healthz', 'GET, HEAD'],
    ['DELETE', '/', 'GET, HEAD'],
    ['POST', '/widget.js', 'GET, HEAD'],
  ])('%s %s → 405 with Allow', async (method, path, allow) => {
    const { app } = setup();
    const res = await app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe(allow);
    expect((await errorOf(res)).code).toBe('method_not_allowed');
  });

  it('404 JSON for an unknown path', async () => {
    const { app } = setup();
    for (const path of ['/nope', '/api', '/api/chat/x', '/widget-missing.js', '/../server/app.ts']) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe('not_found');
    }
  });
});

describe('GET /api/suggest', () => {
  it('returns up to 5 starters without q, and matches with q', async () => {
    const { app } = setup();
    const starters = await (await app.request('/api/suggest')).json();
    expect(starters.suggestions).toHaveLength(5);
    const typed = await (await app.request('/api/suggest?q=KETAMINE')).json();
    expect(typed.suggestions).toEqual(['How long does ketamine last?', 'Is ketamine safe?', 'What is ketamine?']);
    const none = await (await app.request('/api/suggest?q=zzzz')).json();
    expect(none).toEqual({ suggestions: [] });
  });

  it('400 for a q over 200 characters', async () => {
    const { app } = setup();
    const res = await app.request(`/api/suggest?q=${'a'.repeat(201)}`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid_q');
  });
});

describe('POST /api/feedback', () => {
  const ids = { sessionId: '7f3c2a4e-1111-4222-8333-944455556666', messageId: 'a1b2c3d4-1111-4222-8333-944455556666' };

  it('204 and records the feedback when a store is given', async () => {
    const recordFeedback = vi.fn(async () => {});
    const store = { recordReply: vi.fn(async () => {}), recordFeedback, purge: vi.fn(async () => 0), close: vi.fn(async () => {}) };
    const { app } = setup({ store });
    const res = await app.request('/api/feedback', postJson({ ...ids, helpful: false }));
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    await vi.waitFor(() => expect(recordFeedback).toHaveBeenCalledTimes(1));
    expect(recordFeedback.mock.calls[0]).toEqual([expect.objectContaining({ ...ids, helpful: false, at: expect.any(Date) })]);
  });

  it('204 without a store', async () => {
    const { app } = setup();
    expect((await app.request('/api/feedback', postJson({ ...ids, helpful: true }))).status).toBe(204);
  });

  it.each([
    ['helpful as a string', { ...ids, helpful: 'yes' }, 'invalid_helpful'],
    ['no messageId', { sessionId: ids.sessionId, helpful: true }, 'invalid_messageId'],
    ['a bad sessionId', { ...ids, sessionId: '<script>', helpful: true }, 'invalid_sessionId'],
  ])('400 for %s', async (_name, body, code) => {
    const { app } = setup();
    const res = await app.request('/api/feedback', postJson(body));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('415 and 413 apply here too', async () => {
    const { app } = setup();
    expect((await app.request('/api/feedback', { method: 'POST', body: 'helpful' })).status).toBe(415);
    expect((await app.request('/api/feedback', postJson({ ...ids, helpful: true, pad: 'x'.repeat(9000) }))).status).toBe(413);
  });
});

describe('recording replies to the store', () => {
  it('records each reply after it is computed, with the trace and the cleaned question', async () => {
    const recordReply = vi.fn(async () => {});
    const store: Store = { recordReply, recordFeedback: async () => {}, purge: async () => 0, close: async () => {} };
    const { app } = setup({ store });
    const body = await (await app.request('/api/chat', postJson({ message: ' how long does it last? ' }))).json();
    await vi.waitFor(() => expect(recordReply).toHaveBeenCalledTimes(1));
    expect(recordReply.mock.calls[0]).toEqual([
      { at: expect.any(Date), sessionId: body.sessionId, messageId: body.messageId, kind: 'answer', sectionId: 'short-term', confidence: 0.9, question: 'how long does it last?' },
    ]);
  });

  it('a failing store (rejecting or throwing) never reaches the visitor', async () => {
    const { app: rejecting, lines } = setup({
      store: { recordReply: () => Promise.reject(new Error('disk full')), recordFeedback: async () => {}, purge: async () => 0, close: async () => {} },
    });
    expect((await rejecting.request('/api/chat', postJson({ message: 'how long?' }))).status).toBe(200);
    await vi.waitFor(() => expect(lines.some((l) => l.msg === 'faqchat: store.recordReply failed')).toBe(true));
    const { app: throwing } = setup({
      store: {
        recordReply: () => {
          throw new Error('sync');
        },
        recordFeedback: async () => {},
        purge: async () => 0,
        close: async () => {},
      },
    });
    expect((await throwing.request('/api/chat', postJson({ message: 'how long?' }))).status).toBe(200);
  });

  it('hands the write to waitUntil when one is given (Workers)', async () => {
    const waitUntil = vi.fn();
    const { app } = setup({ waitUntil, store: { recordReply: async () => {}, recordFeedback: async () => {}, purge: async () => 0, close: async () => {} } });
    await app.request('/api/chat', postJson({ message: 'how long?' }));
    expect(waitUntil).toHaveBeenCalledWith(expect.any(Promise), expect.anything());
  });
});

describe('rate limiting', () => {
  it('429 with Retry-After once a client passes the limit; other clients unaffected', async () => {
    let ip = '203.0.113.7';
    const { app } = setup({ config: testConfig({ rateLimitPerMin: 3 }), clientIp: () => ip });
    for (let i = 0; i < 3; i++) expect((await app.request('/api/chat', postJson({ message: 'how long?' }))).status).toBe(200);
    const limited = await app.request('/api/chat', postJson({ message: 'how long?' }));
    expect(limited.status).toBe(429);
    const retry = Number(limited.headers.get('Retry-After'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect((await errorOf(limited)).code).toBe('rate_limited');
    ip = '198.51.100.2';
    expect((await app.request('/api/chat', postJson({ message: 'how long?' }))).status).toBe(200);
  });

  it('IPv6 clients in one /64 share a bucket', async () => {
    const ips = ['2001:db8:1:2::1', '2001:db8:1:2:ffff::9'];
    let i = 0;
    const { app } = setup({ config: testConfig({ rateLimitPerMin: 1 }), clientIp: () => ips[i++ % 2]! });
    expect((await app.request('/api/chat', postJson({ message: 'hi' }))).status).toBe(200);
    expect((await app.request('/api/chat', postJson({ message: 'hi' }))).status).toBe(429);
  });

  it('RATE_LIMIT_PER_MIN=0 turns it off', async () => {
    const { app } = setup({ config: testConfig({ rateLimitPerMin: 0 }) });
    for (let i = 0; i < 30; i++) expect((await app.request('/api/chat', postJson({ message: 'hi' }))).status).toBe(200);
  });

  it('a browser on an allowed origin can read the 429 (CORS headers on errors)', async () => {
    const { app } = setup({ config: testConfig({ rateLimitPerMin: 1 }) });
    const headers = { Origin: 'http://localhost:5173' };
    await app.request('/api/chat', postJson({ message: 'hi' }, headers));
    const res = await app.request('/api/chat', postJson({ message: 'hi' }, headers));
    expect(res.status).toBe(429);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173');
  });
});

describe('CORS', () => {
  it('grants localhost and the server’s own origin by default, nothing to a foreign origin', async () => {
    const { app } = setup();
    const ask = (origin: string) => app.request('http://faq.example.org/api/chat', postJson({ message: 'hi' }, { Origin: origin }));
    expect((await ask('http://localhost:3000')).headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:3000');
    expect((await ask('http://127.0.0.1:8080')).headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:8080');
    expect((await ask('http://faq.example.org')).headers.get('Access-Control-Allow-Origin')).toBe('http://faq.example.org');
    const foreign = await ask('https://evil.example');
    expect(foreign.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('answers a preflight for an allowed origin and grants nothing to a foreign one', async () => {
    const config = testConfig({ allowedOrigins: ['https://blog.example.com'] });
    const { app } = setup({ config });
    const preflight = (origin: string) =>
      app.request('/api/chat', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    const ok = await preflight('https://blog.example.com');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('https://blog.example.com');
    expect(ok.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    expect(ok.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('content-type');
    const bad = await preflight('https://evil.example');
    expect(bad.headers.get('Access-Control-Allow-Origin')).toBeNull();
    // With an explicit list, localhost is no longer granted.
    expect((await preflight('http://localhost:3000')).headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('secure headers', () => {
  it('are on every response, errors included', async () => {
    const { app } = setup();
    const responses = await Promise.all([
      app.request('/healthz'),
      app.request('/'),
      app.request('/nope'),
      app.request('/api/chat', postJson({ message: '' })),
      app.request('/api/chat', { method: 'GET' }),
      app.request('/widget.js'),
      app.request('/api/feedback', postJson({ sessionId: 'abcdefgh', messageId: 'abcdefgh', helpful: true })),
    ]);
    for (const res of responses) {
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
      expect(res.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
    }
  });
});

describe('GET /healthz', () => {
  it('says ok once the engine (and its index) is loaded', async () => {
    const { app } = setup();
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('demo page', () => {
  it('renders the article with section and FAQ anchors, escaped, at / and /article', async () => {
    const { app } = setup();
    for (const path of ['/', '/article']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toContain('<h1>How long does ketamine last?</h1>');
      expect(html).toContain('<h2 id="introduction">Introduction</h2>');
      expect(html).toContain('<h3 id="short-term">Short-term</h3>');
      expect(html).toContain('<h2 id="effects">Effects &lt;&amp; &quot;more&quot;&gt;</h2>');
      expect(html).toContain('<p>Ketamine is used for depression. It works quickly.</p>');
      expect(html).toContain('<h3 id="is-ketamine-safe">Is ketamine safe?</h3>');
      expect(html).toContain('<p>Under supervision, yes.</p>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('<p>Is ketamine safe?</p>'); // the question is a heading, not repeated
    }
  });

  it('embeds the widget by the one site-owner tag, with no inline script or style', async () => {
    const { app } = setup();
    const html = await (await app.request('/')).text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script async src="/widget.js">']);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    expect(html).toContain('<link rel="stylesheet" href="/demo.css">');
    const css = await app.request('/demo.css');
    expect(css.headers.get('Content-Type')).toMatch(/^text\/css/);
  });

  it('has a strict CSP without unsafe-inline scripts', async () => {
    const { app } = setup();
    const csp = (await app.request('/')).headers.get('Content-Security-Policy')!;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});

describe('widget assets', () => {
  it('serves widget.js with ETag and a revalidating Cache-Control, 304 on If-None-Match', async () => {
    const { app } = setup();
    const res = await app.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, must-revalidate');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await res.text()).toBe(WIDGET_JS);
    const etag = res.headers.get('ETag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await app.request('/widget.js', { headers: { 'If-None-Match': inm } });
      expect(again.status).toBe(304);
      expect(again.headers.get('ETag')).toBe(etag);
      expect(await again.text()).toBe('');
    }
    expect((await app.request('/widget.js', { headers: { 'If-None-Match': '"stale"' } })).status).toBe(200);
  });

  it('serves a hashed lazy chunk as immutable', async () => {
    const { app } = setup();
    const res = await app.request('/widget-panel-B3x9kQa1.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('export const panel = 1;');
  });

  it('404 for /widget.js when no widget is built', async () => {
    const { app } = setup({ assets: undefined });
    expect((await app.request('/widget.js')).status).toBe(404);
  });
});

describe('request log', () => {
  it('writes one JSON line per request with method, path, status, ms and kind — never the message text', async () => {
    const { app, lines } = setup();
    await app.request('/api/chat', postJson({ message: 'how long does zebracorn-7731 last?' }));
    await app.request('/api/suggest?q=zebracorn-7731');
    await app.request('/api/chat', postJson({ message: '' }));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ level: 'info', method: 'POST', path: '/api/chat', status: 200, ms: expect.any(Number), kind: 'answer' });
    expect(lines[1]).toMatchObject({ method: 'GET', path: '/api/suggest', status: 200 });
    expect(lines[2]).toMatchObject({ status: 400 });
    expect(JSON.stringify(lines)).not.toContain('zebracorn');
  });
});

describe('admin mount', () => {
  it('mounts the given sub-app as-is, with the same security headers', async () => {
    const admin = new Hono().get('/admin/ping', (c) => c.json({ admin: true }));
    const { app } = setup({ admin });
    const res = await app.request('/admin/ping');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ admin: true });
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await app.request('/admin/nope')).status).toBe(404);
  });
});
