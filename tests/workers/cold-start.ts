/**
 * Cold start of the edge build under `wrangler dev` (local workerd), as README "Deploy to the edge"
 * reports it: spawn → first 200 on /healthz, several runs, median. Not a test (no wall-clock
 * assertions); run it by hand after `npm run build:edge`:
 *
 *   npx tsx tests/workers/cold-start.ts [runs=5]
 *
 * Offline: metrics, the update check and the request.cf fetch are off. Each run gets a free port
 * and its own process group, which is ended when /healthz answers.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OFFLINE = { WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawning `wrangler dev` to the first 200 on /healthz (and on a chat answer). */
export async function coldStart(timeoutMs = 60_000): Promise<{ healthz: number; firstChat: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    'node_modules/.bin/wrangler',
    ['dev', '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', '0', '--log-level', 'warn'],
    { cwd: ROOT, env: { ...process.env, ...OFFLINE }, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
      if (performance.now() - started > timeoutMs) throw new Error(`faqchat: wrangler dev did not serve /healthz in ${timeoutMs} ms\n${stderr}`);
      if (child.exitCode !== null) throw new Error(`faqchat: wrangler dev exited with ${child.exitCode}\n${stderr}`);
      const ok = await fetch(`${base}/healthz`).then((r) => r.status === 200, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const healthz = performance.now() - started;
    const res = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: 'How long does ketamine last?' }),
    });
    const body = (await res.json()) as { kind?: string };
    if (res.status !== 200 || body.kind !== 'answer') throw new Error(`faqchat: chat answered ${res.status} ${JSON.stringify(body)}`);
    return { healthz, firstChat: performance.now() - started };
  } finally {
    // The whole process group (wrangler → workerd), by its id.
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runs = Number(process.argv[2] ?? 5);
  const results: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await coldStart();
    results.push(r.healthz);
    console.log(`run ${i + 1}: /healthz 200 after ${Math.round(r.healthz)} ms (first chat answer at ${Math.round(r.firstChat)} ms)`);
  }
  console.log(`faqchat: wrangler dev cold start, median of ${runs}: ${Math.round(median(results))} ms`);
}
