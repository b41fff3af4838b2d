/**
 * The chat contract inside workerd answers exactly as the Node server does: for a sample of the
 * golden set (every category, and whole dialogues whose follow-ups need the context round trip),
 * the same kind, the same verbatim text and the same source URLs as the Node engine computed in
 * global-setup.ts. Plus what the edge serves besides chat: health, demo page, typeahead, widget assets.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import { call, chat } from './helpers.ts';

const conversations = inject('nodeConversations');

describe('chat on the edge matches Node', () => {
  it('has a sample that covers every reply kind the golden set expects', () => {
    const kinds = new Set(conversations.flatMap((c) => c.turns.map((t) => t.expected)));
    expect(conversations.length).toBeGreaterThan(30);
    for (const kind of ['answer', 'fallback', 'crisis', 'referral', 'smalltalk']) expect(kinds).toContain(kind);
  });

  it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
    let context: string | undefined;
    let sessionId: string | undefined;
    for (const turn of conversation.turns) {
      const reply = await chat(turn.q, { ...(context ? { context } : {}), ...(sessionId ? { sessionId } : {}) });
      const { expected: _golden, ...node } = turn;
      expect({ q: turn.q, kind: reply.kind, text: reply.text, sources: reply.sources.map((s) => s.url) }).toEqual(node);
      // The API contract around the engine reply: the session carries over, each message is new.
      if (sessionId) expect(reply.sessionId).toBe(sessionId);
      expect(reply.messageId).not.toBe(reply.sessionId);
      context = reply.context;
      sessionId = reply.sessionId;
    }
  });
});

/** The Workers asset server of wrangler.jsonc `assets` (in production it answers before the worker runs). */
const assets = env.ASSETS;

describe('the rest of the app on the edge', () => {
  it('reports health', async () => {
    const res = await call('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('renders the demo page with the widget script tag and a CSP without inline scripts', async () => {
    const res = await call('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('src="/widget.js"');
    expect(html).toContain('id="how-long-does-ketamine-last-for-depression"');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/script-src[^;]*'self'/);
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
  });

  it('answers typeahead with questions the bot can answer', async () => {
    const res = await call('/api/suggest?q=how%20long');
    expect(res.status).toBe(200);
    const { suggestions } = (await res.json()) as { suggestions: string[] };
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
  });

  it('serves the widget loader and its lazy chunk as static assets with CORS, ETag and cache headers', async () => {
    const loader = await assets.fetch('https://faqchat.example/widget.js');
    expect(loader.status).toBe(200);
    expect(loader.headers.get('Content-Type')).toMatch(/javascript/);
    expect(loader.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(loader.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(loader.headers.get('Cache-Control')).toBe('public, max-age=300, must-revalidate');
    const etag = loader.headers.get('ETag');
    expect(etag).toBeTruthy();
    const source = await loader.text();
    const chunk = /widget-panel-[A-Za-z0-9_-]+\.js/.exec(source)?.[0];
    expect(chunk, 'the loader names its lazy panel chunk').toBeTruthy();

    const panel = await assets.fetch(`https://faqchat.example/${chunk}`);
    expect(panel.status).toBe(200);
    expect(panel.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(panel.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    await panel.arrayBuffer();

    const again = await assets.fetch('https://faqchat.example/widget.js', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });

  it('never serves build files that are not widget assets', async () => {
    const res = await assets.fetch('https://faqchat.example/_headers');
    expect(res.status).toBe(404);
    await res.arrayBuffer();
  });
});
