/** The Node adapter over real sockets: health, client IP, compression, graceful close. */
import { request } from 'node:http';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/node.ts';
import { FakeEngine, fakeAssets, testConfig } from './fake-engine.ts';

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const start = (overrides: Parameters<typeof startServer>[0] = {}) =>
  startServer({ config: testConfig({ port: 0, host: '127.0.0.1' }), engine: new FakeEngine(), assets: fakeAssets(), log: () => {}, signals: false, ...overrides });

const chat = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/chat`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{"message":"how long?"}' });

describe('startServer', () => {
  it('listens on a free port and serves /healthz', async () => {
    running = await start();
    expect(running.port).toBeGreaterThan(0);
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
    const res = await fetch(`${running.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('keys the rate limit on the socket address, ignoring X-Forwarded-For unless TRUST_PROXY', async () => {
    running = await start({ config: testConfig({ port: 0, host: '127.0.0.1', rateLimitPerMin: 1 }) });
    expect((await chat(running.url, { 'X-Forwarded-For': '192.0.2.1' })).status).toBe(200);
    expect((await chat(running.url, { 'X-Forwarded-For': '192.0.2.2' })).status).toBe(429);
    await running.close();
    running = await start({ config: testConfig({ port: 0, host: '127.0.0.1', rateLimitPerMin: 1, trustProxy: true }) });
    expect((await chat(running.url, { 'X-Forwarded-For': '192.0.2.1' })).status).toBe(200);
    expect((await chat(running.url, { 'X-Forwarded-For': 'spoofed, 192.0.2.2' })).status).toBe(200);
    expect((await chat(running.url, { 'X-Forwarded-For': '192.0.2.2' })).status).toBe(429);
  });

  it('gzips the demo page for clients that accept it', async () => {
    running = await start();
    const encoding = await new Promise<string | undefined>((resolve, reject) => {
      request(`${running!.url}/`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        res.resume();
        resolve(res.headers['content-encoding']);
      })
        .on('error', reject)
        .end();
    });
    expect(encoding).toBe('gzip');
  });

  it('close() lets an in-flight request finish, then refuses new connections', async () => {
    let arrived!: () => void;
    const inFlight = new Promise<void>((r) => (arrived = r));
    const admin = new Hono().get('/slow', async (c) => {
      arrived();
      await new Promise((r) => setTimeout(r, 300));
      return c.json({ finished: true });
    });
    running = await start({ admin });
    const { url } = running;
    const slow = fetch(`${url}/admin/slow`);
    await inFlight;
    const closed = running.close();
    running = undefined;
    const res = await slow;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });
    await closed;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});

describe('SIGTERM', () => {
  it('finishes the in-flight request, stops accepting, exits 0', async () => {
    const { spawn } = await import('node:child_process');
    const { createInterface } = await import('node:readline');
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/api/fixtures/serve-fake.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const next = async () => JSON.parse(((await lines.next()).value as string) ?? 'null');
    try {
      const { url } = await next();
      const slow = fetch(`${url}/admin/slow`);
      expect(await next()).toEqual({ arrived: true });
      child.kill('SIGTERM');
      const res = await slow;
      expect(await res.json()).toEqual({ finished: true });
      expect(await exited).toBe(0);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  });
});
