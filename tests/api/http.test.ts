/** Cross-cutting HTTP behaviour: rate limit, CORS, secure headers, demo page + CSP, widget assets, log, admin mount. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorOf, postJson, setup, testConfig, WIDGET_JS } from './fake-engine.ts';

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
    const { app } = setup({ config: testConfig({ rateLimitPerMin: 1, allowedOrigins: ['https://blog.example.com'] }) });
    const headers = { Origin: 'https://blog.example.com' };
    await app.request('/api/chat', postJson({ message: 'hi' }, headers));
    const res = await app.request('/api/chat', postJson({ message: 'hi' }, headers));
    expect(res.status).toBe(429);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://blog.example.com');
  });
});

describe('CORS', () => {
  it('by default grants every origin on the public routes (no credentials), never on admin routes', async () => {
    const admin = new Hono().get('/api/admin/insights', (c) => c.json({ admin: true })).get('/admin', (c) => c.text('admin'));
    const { app, lines } = setup({ admin });
    const from = (origin: string) => ({ Origin: origin });
    for (const origin of ['https://blog.example.com', 'http://localhost:3000', 'null']) {
      const chat = await app.request('http://faq.example.org/api/chat', postJson({ message: 'hi' }, from(origin)));
      expect(chat.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(chat.headers.get('Access-Control-Allow-Credentials')).toBeNull();
      expect((await app.request('/api/suggest', { headers: from(origin) })).headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
    const preflight = await app.request('/api/feedback', { method: 'OPTIONS', headers: { Origin: 'https://blog.example.com', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    for (const path of ['/api/admin/insights', '/admin']) {
      expect((await app.request(path, { headers: from('https://blog.example.com') })).headers.get('Access-Control-Allow-Origin')).toBeNull();
      const adminPreflight = await app.request(path, { method: 'OPTIONS', headers: { Origin: 'https://blog.example.com', 'Access-Control-Request-Method': 'GET' } });
      expect(adminPreflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
    expect(lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('ALLOWED_ORIGINS locks it down; each refused origin is logged once, naming the setting, and the log is bounded', async () => {
    const config = testConfig({ allowedOrigins: ['https://blog.example.com'] });
    const { app, lines } = setup({ config });
    const ask = (origin: string) => app.request('http://faq.example.org/api/chat', postJson({ message: 'hi' }, { Origin: origin }));
    expect((await ask('https://blog.example.com')).headers.get('Access-Control-Allow-Origin')).toBe('https://blog.example.com');
    expect((await ask('http://faq.example.org')).headers.get('Access-Control-Allow-Origin')).toBe('http://faq.example.org');
    for (let i = 0; i < 3; i++) expect((await ask('https://evil.example')).headers.get('Access-Control-Allow-Origin')).toBeNull();
    const refusals = () => lines.filter((l) => l.level === 'warn' && String(l.msg).includes('ALLOWED_ORIGINS'));
    expect(refusals()).toHaveLength(1);
    expect(refusals()[0]).toMatchObject({ origin: 'https://evil.example' });
    expect(String(refusals()[0]!.msg)).toContain('https://evil.example');
    for (let i = 0; i < 150; i++) await ask(`https://site${i}.example`);
    expect(refusals().length).toBeLessThanOrEqual(100);
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

describe('the site’s human contact', () => {
  it('comes with the starters when the site has one, never with typeahead; absent otherwise', async () => {
    const contact = { kind: 'email' as const, value: 'help@clinic.example', label: 'Email our team' };
    const { app } = setup({ contact });
    expect(await (await app.request('/api/suggest')).json()).toMatchObject({ contact });
    expect(await (await app.request('/api/suggest?q=how')).json()).not.toHaveProperty('contact');
    expect(await (await setup().app.request('/api/suggest')).json()).not.toHaveProperty('contact');
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
