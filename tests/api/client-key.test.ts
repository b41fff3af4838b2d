/**
 * Rate limiting that a client cannot turn against the server: keys only from valid addresses, the
 * proxy's own X-Forwarded-For entry, X-Real-IP only when configured, a bounded store, and a
 * throttle on wrong admin tokens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, forwardedFor, parseIp, rateLimitKey, UNKNOWN_CLIENT } from '../../server/http/client-key.ts';
import { BoundedCounters } from '../../server/http/rate-store.ts';
import { createApp } from '../../server/http/app.ts';
import { parseConfig } from '../../server/config.ts';
import { errorOf, FakeEngine, testConfig } from './fake-engine.ts';

describe('parseIp', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['  203.0.113.9 ', '203.0.113.9'],
    ['203.0.113.9:51234', '203.0.113.9'],
    ['203.000.113.009', '203.0.113.9'],
    ['[2001:DB8::1]', '2001:db8:0:0:0:0:0:1'],
    ['[2001:db8::1]:443', '2001:db8:0:0:0:0:0:1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8:0:0:0:0:0:1'],
    ['fe80::1%eth0', 'fe80:0:0:0:0:0:0:1'],
    ['::1', '0:0:0:0:0:0:0:1'],
    ['::', '0:0:0:0:0:0:0:0'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['::FFFF:cb00:7109', '203.0.113.9'],
    ['[::ffff:203.0.113.9]:80', '203.0.113.9'],
    ['64:ff9b::203.0.113.9', '64:ff9b:0:0:0:0:cb00:7109'],
  ])('%j → %s', (raw, ip) => {
    expect(parseIp(raw)).toBe(ip);
  });

  it.each([
    'unknown', '', ' ', 'spoofed', '256.1.1.1', '1.2.3', '1.2.3.4.5', '1.2.3.-4', '1.2.3.4:', '1.2.3.4:123456',
    '2001:db8::1::2', '2001:db8:1:2:3:4:5:6:7', '12345::1', 'g::1', '[2001:db8::1', '2001:db8::1]', ':::',
    '1:2:3:4:5:6:7::8:9', 'x'.repeat(8192), '<script>', '1.2.3.4, 5.6.7.8', null, undefined,
  ])('%j is not an address', (raw) => {
    expect(parseIp(raw)).toBeNull();
  });
});

describe('rateLimitKey', () => {
  it('is the IPv4 address, the IPv6 /64, or one shared bucket for anything else', () => {
    expect(rateLimitKey('[2001:db8:1:2:3:4:5:6]:8080')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8:1:2:ffff::9')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(new Set(['garbage-1', 'garbage-2', 'a'.repeat(8000), '[::1', '999.1.1.1'].map(rateLimitKey))).toEqual(new Set([UNKNOWN_CLIENT]));
  });
});

describe('which address a request is keyed on', () => {
  const headers = (h: Record<string, string>) => (name: string) => h[name.toLowerCase()] ?? null;

  it('takes the right-most X-Forwarded-For entry (the proxy\'s) only under TRUST_PROXY', () => {
    const h = headers({ 'x-forwarded-for': 'spoofed, 6.6.6.6, 203.0.113.9' });
    expect(clientAddress(h, '10.0.0.2', { trustProxy: true })).toBe('203.0.113.9');
    expect(clientAddress(h, '10.0.0.2', { trustProxy: false })).toBe('10.0.0.2');
    expect(forwardedFor(`${'9.9.9.9,'.repeat(2000)} [2001:db8::7]:1234`)).toBe('2001:db8:0:0:0:0:0:7');
    // The proxy's entry is garbage (a misconfigured proxy): one shared bucket, not a new one.
    expect(clientAddress(headers({ 'x-forwarded-for': '1.2.3.4, nonsense' }), '10.0.0.2', { trustProxy: true })).toBe(UNKNOWN_CLIENT);
    // No header (a health check straight to the server): the socket.
    expect(clientAddress(headers({}), '::ffff:10.0.0.2', { trustProxy: true })).toBe('10.0.0.2');
  });

  it('reads X-Real-IP (or any header) only when CLIENT_IP_HEADER names it', () => {
    const h = headers({ 'x-real-ip': '203.0.113.50', 'x-forwarded-for': '203.0.113.9' });
    expect(clientAddress(h, '10.0.0.2', { trustProxy: false })).toBe('10.0.0.2');
    expect(clientAddress(h, '10.0.0.2', { trustProxy: true })).toBe('203.0.113.9');
    expect(clientAddress(h, '10.0.0.2', { trustProxy: false, clientIpHeader: 'X-Real-IP' })).toBe('203.0.113.50');
    expect(clientAddress(headers({ 'x-real-ip': 'junk' }), '10.0.0.2', { trustProxy: false, clientIpHeader: 'X-Real-IP' })).toBe(UNKNOWN_CLIENT);
  });

  it('CLIENT_IP_HEADER is validated and is never X-Forwarded-For', () => {
    expect(parseConfig({ CLIENT_IP_HEADER: 'X-Real-IP' }).clientIpHeader).toBe('X-Real-IP');
    expect(parseConfig({}).clientIpHeader).toBeUndefined();
    expect(() => parseConfig({ CLIENT_IP_HEADER: 'X-Forwarded-For' })).toThrow(/CLIENT_IP_HEADER must be/);
    expect(() => parseConfig({ CLIENT_IP_HEADER: 'bad header' })).toThrow(/CLIENT_IP_HEADER must be/);
  });
});

describe('BoundedCounters', () => {
  it('counts per key in fixed windows', () => {
    let now = 1_000;
    const counters = new BoundedCounters({ windowMs: 60_000, maxKeys: 10, clock: () => now });
    expect(counters.increment('a').totalHits).toBe(1);
    expect(counters.increment('a').totalHits).toBe(2);
    expect(counters.get('a')).toEqual({ totalHits: 2, resetTime: new Date(61_000) });
    counters.decrement('a');
    expect(counters.get('a')?.totalHits).toBe(1);
    now = 61_000;
    expect(counters.get('a')).toBeUndefined();
    expect(counters.increment('a').totalHits).toBe(1);
  });

  it('never holds more than maxKeys, forgetting the client seen least recently', () => {
    const now = 0;
    const counters = new BoundedCounters({ windowMs: 60_000, maxKeys: 1_000, clock: () => now });
    counters.increment('regular');
    for (let i = 0; i < 50_000; i++) {
      counters.increment(`flood-${i}`);
      if (i % 100 === 0) counters.increment('regular'); // a client that keeps coming stays remembered
      expect(counters.size).toBeLessThanOrEqual(1_000);
    }
    expect(counters.size).toBe(1_000);
    expect(counters.get('regular')?.totalHits).toBe(501);
    expect(counters.get('flood-0')).toBeUndefined();
  });
});

describe('admin tokens', () => {
  const admin = new Hono().get('/api/admin/insights', (c) =>
    c.req.header('Authorization') === 'Bearer right-token-0123456789' ? c.json({ ok: true }) : c.json({ error: { code: 'unauthorized', message: 'faqchat: no' } }, 401),
  );

  it('a client gets 429 after 10 wrong tokens a minute, even with the right one; other clients are unaffected', async () => {
    let ip = '203.0.113.1';
    const app = createApp({ engine: new FakeEngine(), config: testConfig(), admin, clientIp: () => ip, log: () => {} });
    const ask = (token: string) => app.request('/api/admin/insights', { headers: { Authorization: `Bearer ${token}` } });
    for (let i = 0; i < 10; i++) expect((await ask(`wrong-${i}`)).status).toBe(401);
    const blocked = await ask('wrong-again');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await errorOf(blocked)).code).toBe('rate_limited');
    expect((await ask('right-token-0123456789')).status).toBe(429);
    ip = '203.0.113.2';
    expect((await ask('right-token-0123456789')).status).toBe(200);
  });
});

describe('a flood of spoofed X-Forwarded-For behind TRUST_PROXY (real server, child process)', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
    child = undefined;
  });

  it('leaves the heap flat and the server answering', async () => {
    child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/api/fixtures/serve-flood.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, FLOOD_MAX_KEYS: '500' },
    });
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child!.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
      child!.once('exit', (code) => reject(new Error(`serve-flood exited ${code}`)));
    });
    const heap = async () => ((await (await fetch(`${url}/admin/heap`)).json()) as { heapUsed: number }).heapUsed;
    let n = 0;
    /** `count` chat requests, 16 at a time, each with a fresh X-Forwarded-For of its own. */
    const flood = async (count: number, forwarded: (i: number) => string) => {
      const statuses = new Map<number, number>();
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < count) {
            const i = n + next++;
            const res = await fetch(`${url}/api/chat`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwarded(i) },
              body: '{"message":"how long?"}',
            });
            await res.arrayBuffer();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          }
        }),
      );
      n += count;
      return statuses;
    };
    const uniqueIp = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    const garbage = (i: number) => `${i}-${'z'.repeat(8000)}`;

    // Past the cap (500 clients) first, so the store is as full as it will ever be.
    await flood(1_500, uniqueIp);
    const before = await heap();
    const valid = await flood(3_000, uniqueIp);
    const junk = await flood(1_000, garbage);
    const after = await heap();
    // Each fresh address has its own budget; all garbage shares one "unknown" bucket, which fills.
    expect(valid.get(200)).toBe(3_000);
    expect(junk.get(429)).toBeGreaterThanOrEqual(1_000 - 20);
    // An unbounded store would hold 3,000 more entries and 1,000 keys of 8 KB (≥ 8 MB) here.
    expect(after - before).toBeLessThan(2 * 1024 * 1024);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    console.log(`flood: heapUsed ${(before / 1048576).toFixed(1)} MB after 1,500 clients → ${(after / 1048576).toFixed(1)} MB after 4,000 more`);
  }, 60_000);
});
