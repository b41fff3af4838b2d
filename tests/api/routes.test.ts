/** Each route over app.request(): the chat contract, validation (400/413/415), 404/405, suggest, feedback, store. */
import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../../server/engine/types.ts';
import { errorOf, postJson, setup } from './fake-engine.ts';

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
    // The client holds the context with this server's signature; the engine gets back what it issued.
    expect(first.context).toMatch(/^ctx:1\.[\w-]{43}$/);
    expect(engine.contexts).toEqual([undefined, 'ctx:1']);
  });

  it('cleans the message before the engine sees it: NFC, control characters dropped, trimmed', async () => {
    const { app, engine } = setup();
    const res = await app.request('/api/chat', postJson({ message: '  cafe\u0301\u0000\u0007 is\tit\nsafe?\u200b  ' }));
    expect(res.status).toBe(200);
    expect(engine.messages[0]).toBe('caf\u00e9 is it safe?\u200b');
  });

  it('ignores a tampered or foreign context and still answers', async () => {
    const { app, engine } = setup();
    for (const context of ['{"topic":"../../etc/passwd"}', 'ZXhwaXJlZA==', 'ctx-from-another-bot', 'ctx:1', null, '']) {
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

describe('GET /healthz', () => {
  it('says ok once the engine (and its index) is loaded', async () => {
    const { app } = setup();
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
