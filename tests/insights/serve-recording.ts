/**
 * Child process of loss-window.test.ts: a real server (startServer, the fake engine or, with
 * `--real`, the real one) recording into the SQLite store in the DATA_DIR given as argv[2]. It also
 * measures the window a SIGKILL can lose: the longest time from a reply (its event's `at`, taken
 * before the response is written) to the commit of its row, served at GET /admin/lag.
 */
import { Hono } from 'hono';
import { startServer } from '../../server/node/server.ts';
import { openSqliteStore } from '../../server/insights/sqlite.ts';
import { FakeEngine, fakeAssets, testConfig } from '../api/fake-engine.ts';
import { realEngine } from '../api/engine.ts';
import type { ReplyEvent, Store } from '../../server/engine/types.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: serve-recording.ts <dataDir> [--real]');
const inner = openSqliteStore({ dataDir, log: (l) => console.error(l) });
let maxLagMs = 0;
let recorded = 0;
const store: Store = {
  recordReply: async (event: ReplyEvent) => {
    await inner.recordReply(event);
    maxLagMs = Math.max(maxLagMs, Date.now() - event.at.getTime());
    recorded++;
  },
  recordFeedback: (event) => inner.recordFeedback(event),
  purge: (now) => inner.purge(now),
  close: () => inner.close(),
};
const admin = new Hono().get('/admin/lag', (c) => c.json({ maxLagMs, recorded }));
const server = await startServer({
  config: testConfig({ port: 0, host: '127.0.0.1', logLevel: 'silent', rateLimitPerMin: 0 }),
  engine: process.argv.includes('--real') ? realEngine() : new FakeEngine(),
  assets: fakeAssets(),
  store,
  admin,
});
console.log(JSON.stringify({ url: server.url }));
