/**
 * The HTTP API page (docs/http-api.md) is a contract: its curl examples run as printed (against a real server on a
 * free port) and every row of its bad-input table gets the status and code it states.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/app.ts';
import { parseConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/node/server.ts';
import { realEngine } from './engine.ts';

const page = readFileSync(new URL('../../docs/http-api.md', import.meta.url), 'utf8');
const section = page.slice(page.indexOf('<!-- section:api -->'), page.indexOf('<!-- /section:api -->'));
const shellBlocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
const hasCurl = spawnSync('curl', ['--version']).status === 0;

describe('docs/http-api.md curl examples', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ config: { ...parseConfig({}), port: 0, host: '127.0.0.1' }, engine: realEngine(), store: false, log: () => {}, signals: false });
  });
  afterAll(() => server?.close());

  it('there are examples to run', () => {
    expect(shellBlocks.length).toBeGreaterThanOrEqual(2);
    expect(shellBlocks.join('')).toContain('http://localhost:8787');
  });

  it.skipIf(!hasCurl)('run as printed and return no error', async () => {
    for (const block of shellBlocks) {
      const script = `set -euo pipefail\n${block.replaceAll('http://localhost:8787', server.url)}`;
      const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        // Asynchronous: the server runs in this process and must keep answering.
        import('node:child_process').then(({ execFile }) =>
          execFile('bash', ['-c', script], { timeout: 20_000 }, (err, stdout, stderr) => resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })),
        );
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).not.toContain('"error"');
      expect(run.stdout).toMatch(/"kind":"answer"|"status":"ok"/);
    }
  });
});

interface Row {
  input: string;
  request: string;
  status: number;
  code: string;
}

const tableLines = (() => {
  const lines = section.slice(section.search(/^#+ Bad input/m)).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
  return lines.slice(first + 2, end); // skip the header and the |---| line
})();
const rows: Row[] = tableLines
  .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()))
  .map(([input = '', request = '', status = '', code = '']) => ({ input, request, status: Number(status), code }));

/** Reads `METHOD PATH [-H 'Name: value'] ['body']` from a table cell, expanding `<501 × a>` and `<9 KB>`. */
function parseRequest(cell: string): { method: string; path: string; headers: Record<string, string>; body?: string } | undefined {
  const m = /^`(GET|POST|PUT|DELETE) (\S+)((?: -H '[^']+')*)(?: '(.*)')?`$/.exec(cell);
  if (!m) return undefined;
  const expand = (s: string) =>
    s.replace(/<(\d+) × (\w)>/g, (_, n: string, ch: string) => ch.repeat(Number(n))).replace('<9 KB>', JSON.stringify({ message: 'x'.repeat(9 * 1024) }));
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  for (const h of m[3]!.matchAll(/-H '([^:]+): ([^']+)'/g)) headers[h[1]!] = h[2]!;
  const body = m[4] === undefined ? undefined : expand(m[4]);
  return { method: m[1]!, path: expand(m[2]!), headers, body };
}

describe('docs/http-api.md bad-input table', () => {
  let n = 0;
  // A fresh address per request, so no row meets the rate limit but the 429 row.
  const app = createApp({ engine: realEngine(), config: parseConfig({}), log: () => {}, clientIp: () => `10.9.${(++n >> 8) & 255}.${n & 255}` });

  it('lists every error status of the API', () => {
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set([200, 400, 404, 405, 413, 415, 429, 500]));
  });

  it.each(rows.filter((r) => parseRequest(r.request)))('$input → $status', async (row) => {
    const req = parseRequest(row.request)!;
    const res = await app.request(req.path, { method: req.method, headers: req.headers, body: req.body });
    expect(res.status).toBe(row.status);
    const body = await res.json();
    if (row.status === 200) expect(body.kind).toBeTypeOf('string');
    else expect(body.error.code).toBe(row.code.replaceAll('`', ''));
  });

  it('the rate-limit row: the 21st message within a minute gets 429 and Retry-After', async () => {
    const row = rows.find((r) => r.status === 429)!;
    const limit = Number(/the (\d+)st/.exec(row.request)![1]) - 1;
    expect(limit).toBe(parseConfig({}).rateLimitPerMin);
    const limited = createApp({ engine: realEngine(), config: parseConfig({}), log: () => {}, clientIp: () => '192.0.2.10' });
    const send = () => limited.request('/api/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"message":"hi"}' });
    for (let i = 0; i < limit; i++) expect((await send()).status).toBe(200);
    const res = await send();
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect((await res.json()).error.code).toBe(row.code.replaceAll('`', ''));
  });
});
