/**
 * The HTTP load generator: wrk with a Lua script when `wrk` is installed (µs latency, C client that
 * takes little CPU from the server on a 2-core machine), else autocannon's programmatic API (ms
 * latency). The same generator and connection count drive every endpoint of a run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export interface Target {
  method: 'GET' | 'POST';
  path: string;
  /** JSON bodies sent in rotation (POST); each connection starts at a different one. */
  bodies?: string[];
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50us: number;
  p99us: number;
  /** Responses other than 2xx (a 429 here means the rate limit was not off). */
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
}

export interface LoadGenerator {
  name: 'wrk' | 'autocannon';
  /** Latency resolution of this generator, µs. */
  resolutionUs: number;
  /** Runs for `seconds`, or until `amount` responses when given (then `seconds` caps the time). */
  run(baseUrl: string, target: Target, opts: { connections: number; seconds?: number; amount?: number }): Promise<LoadResult>;
}

export function hasWrk(): boolean {
  return spawnSync('wrk', ['-v'], { stdio: 'ignore' }).error === undefined;
}

/** A Lua long string that cannot be closed by the text inside it. */
function luaString(text: string): string {
  let eq = '=';
  while (text.includes(`]${eq}]`)) eq += '=';
  return `[${eq}[${text}]${eq}]`;
}

export function wrkScript(target: Target, amount: number | undefined): string {
  const bodies = target.bodies ?? [];
  return `
local bodies = { ${bodies.map(luaString).join(',\n')} }
local n = #bodies
local i = 0
local seen = 0
local limit = ${amount ?? 0}
local headers = { ["Content-Type"] = "application/json" }
local fixed = nil
init = function(args)
  if n > 0 then i = math.random(n) - 1 else fixed = wrk.format("${target.method}", ${luaString(target.path)}) end
end
request = function()
  if fixed then return fixed end
  i = (i % n) + 1
  return wrk.format("${target.method}", ${luaString(target.path)}, headers, bodies[i])
end
if limit > 0 then
  response = function(status, hdrs, body)
    seen = seen + 1
    if seen == limit then
      -- wrk's main thread sleeps for the whole -d; the bench sends SIGINT on this line to end it now.
      io.write("BENCHLIMIT\\n")
      io.flush()
      wrk.thread:stop()
    end
  end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCHJSON {"requests":%d,"duration":%d,"p50":%d,"p99":%d,"non2xx":%d,"errors":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout))
end
`;
}

const wrk: LoadGenerator = {
  name: 'wrk',
  resolutionUs: 1,
  async run(baseUrl, target, opts) {
    const dir = mkdtempSync(join(tmpdir(), 'faqchat-wrk-'));
    try {
      const script = join(dir, 'bench.lua');
      writeFileSync(script, wrkScript(target, opts.amount));
      // With an amount, the Lua script ends the run; `seconds` (default 240) is only a safety stop.
      const seconds = opts.amount ? (opts.seconds ?? 240) : (opts.seconds ?? 5);
      const args = ['-t1', `-c${opts.connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, baseUrl];
      const out = await new Promise<string>((resolve, reject) => {
        const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
        // If the bench itself is stopped, wrk goes with it.
        const orphan = () => child.kill('SIGKILL');
        process.once('exit', orphan);
        child.on('exit', () => process.off('exit', orphan));
        let text = '';
        child.stdout.on('data', (c: Buffer) => {
          text += c.toString();
          if (opts.amount && text.includes('BENCHLIMIT')) child.kill('SIGINT');
        });
        child.stderr.on('data', (c: Buffer) => {
          text += c.toString();
          // A Lua error does not stop wrk (it falls back to GET /): stop it and report the error.
          if (/\.lua:\d+:/.test(text)) child.kill('SIGINT');
        });
        child.on('error', reject);
        child.on('exit', () => resolve(text));
      });
      const line = out.split('\n').find((l) => l.startsWith('BENCHJSON '));
      if (!line || /\.lua:\d+:/.test(out)) throw new Error(`faqchat: wrk failed:\n${out}`);
      const r = JSON.parse(line.slice('BENCHJSON '.length)) as Record<string, number>;
      const secondsRun = r.duration! / 1e6;
      return { requests: r.requests!, seconds: secondsRun, rps: r.requests! / secondsRun, p50us: r.p50!, p99us: r.p99!, non2xx: r.non2xx!, errors: r.errors! };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const cannon: LoadGenerator = {
  name: 'autocannon',
  resolutionUs: 1000,
  async run(baseUrl, target, opts) {
    const bodies = target.bodies ?? [];
    let next = Math.floor(Math.random() * Math.max(1, bodies.length));
    const request =
      bodies.length > 0
        ? {
            method: target.method,
            path: target.path,
            headers: { 'content-type': 'application/json' },
            setupRequest: (req: { body?: string }) => {
              next = (next + 1) % bodies.length;
              return { ...req, body: bodies[next] };
            },
          }
        : { method: target.method, path: target.path };
    const r = await autocannon({
      url: baseUrl,
      connections: opts.connections,
      ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? 5 }),
      timeout: 10,
      requests: [request],
    });
    const total = r.requests.total;
    return {
      requests: total,
      seconds: r.duration,
      rps: total / r.duration,
      p50us: r.latency.p50 * 1000,
      p99us: r.latency.p99 * 1000,
      non2xx: r.non2xx,
      errors: r.errors,
    };
  },
};

/** wrk when installed (unless `prefer` says autocannon), else autocannon. */
export function loadGenerator(prefer?: 'wrk' | 'autocannon'): LoadGenerator {
  if (prefer === 'autocannon') return cannon;
  if (hasWrk()) return wrk;
  if (prefer === 'wrk') console.warn('faqchat: wrk is not installed (apt-get install -y wrk); using autocannon');
  return cannon;
}
