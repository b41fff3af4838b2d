/** The Node adapter over real sockets: health, client IP, compression, graceful close. */
import { request } from 'node:http';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/node/server.ts';
import { FakeEngine, fakeAssets, testConfig } from './fake-engine.ts';

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const start = (overrides: Parameters<typeof startServer>[0] = {}) =>
  startServer({ config: testConfig({ port: 0, host: '127.0.0.1' }), engine: new FakeEngine(), assets: fakeAssets(), store: false, log: () => {}, signals: false, ...overrides });

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
    const admin = new Hono().get('/admin/slow', async (c) => {
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

describe('insights wiring', () => {
  it('by default records replies in DATA_DIR and serves the admin report with ADMIN_TOKEN', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dataDir = mkdtempSync(join(tmpdir(), 'faqchat-api-'));
    const token = 'test-admin-token-0123456789';
    try {
      running = await startServer({
        config: testConfig({ port: 0, host: '127.0.0.1', dataDir, adminToken: token }),
        engine: new FakeEngine(),
        assets: fakeAssets(),
        log: () => {},
        signals: false,
      });
      expect((await chat(running.url)).status).toBe(200);
      const report = async () => {
        const res = await fetch(`${running!.url}/api/admin/insights`, { headers: { Authorization: `Bearer ${token}` } });
        expect(res.status).toBe(200);
        return (await res.json()) as { totals: { questions: number } };
      };
      await expect.poll(async () => (await report()).totals.questions, { timeout: 5000 }).toBe(1);
      expect((await fetch(`${running.url}/api/admin/insights`)).status).toBe(401);
      await running.close();
      running = undefined;
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
