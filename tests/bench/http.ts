/**
 * Part 2 — HTTP: the real server in a child process (rate limit off), POST /api/chat with rotating
 * golden questions and GET /healthz, alternately, with the same generator and connection count.
 * /healthz is the floor the stack itself costs (Hono, node-server, logging, headers), so the ratio
 * chat ÷ healthz says how much of the server's capacity the engine leaves.
 */
import { type LoadGenerator, type LoadResult, loadGenerator, type Target } from './load.ts';
import { httpMessages } from './questions.ts';
import { spawnServer, type StartVariant, VARIANT_LABEL } from './server.ts';
import { fmt, table } from './stats.ts';

export interface HttpBenchOptions {
  connections: number;
  /** Seconds per measured segment; each endpoint gets `rounds` segments, alternating. */
  seconds: number;
  rounds: number;
  warmupSeconds: number;
  variant: StartVariant;
  generator?: 'wrk' | 'autocannon';
}

export const HTTP_DEFAULTS: HttpBenchOptions = { connections: 32, seconds: 5, rounds: 2, warmupSeconds: 2, variant: 'start' };

export interface EndpointFigures {
  requests: number;
  rps: number;
  /** Median over the rounds of each round's p50; worst round's p99. */
  p50us: number;
  p99us: number;
  non2xx: number;
  errors: number;
  rounds: LoadResult[];
}

export interface HttpResults {
  generator: string;
  latencyResolutionUs: number;
  connections: number;
  server: string;
  chat: EndpointFigures;
  healthz: EndpointFigures;
  /** chat rps ÷ healthz rps; target ≥ 0.10. */
  ratio: number;
}

export function chatBodies(): string[] {
  return httpMessages().map((message) => JSON.stringify({ message: message.slice(0, 500) }));
}

function combine(rounds: LoadResult[]): EndpointFigures {
  const requests = rounds.reduce((s, r) => s + r.requests, 0);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  const p50s = rounds.map((r) => r.p50us).sort((a, b) => a - b);
  return {
    requests,
    rps: requests / seconds,
    p50us: p50s[Math.floor((p50s.length - 1) / 2)]!,
    p99us: Math.max(...rounds.map((r) => r.p99us)),
    non2xx: rounds.reduce((s, r) => s + r.non2xx, 0),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    rounds,
  };
}

/** Sends one chat request and checks it is a 200 with a reply: the bench must not time error pages. */
async function checkChat(url: string): Promise<void> {
  const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'how long does ketamine last?' }) });
  const body = (await res.json()) as { kind?: string };
  if (res.status !== 200 || typeof body.kind !== 'string') throw new Error(`faqchat: POST /api/chat gave ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
}

export async function runHttpBench(options: Partial<HttpBenchOptions> = {}, log: (line: string) => void = console.log): Promise<HttpResults> {
  const opts = { ...HTTP_DEFAULTS, ...options };
  const gen: LoadGenerator = loadGenerator(opts.generator);
  const chat: Target = { method: 'POST', path: '/api/chat', bodies: chatBodies() };
  const healthz: Target = { method: 'GET', path: '/healthz' };
  const server = await spawnServer({ variant: opts.variant });
  try {
    await checkChat(server.url);
    log(`  server ready in ${fmt(server.readyMs)} ms (${VARIANT_LABEL[opts.variant]}); ${gen.name}, ${opts.connections} connections, ${opts.rounds} × ${opts.seconds} s per endpoint, alternating`);
    const run = (t: Target, seconds: number) => gen.run(server.url, t, { connections: opts.connections, seconds });
    await run(healthz, opts.warmupSeconds);
    await run(chat, opts.warmupSeconds);
    const rounds: { chat: LoadResult[]; healthz: LoadResult[] } = { chat: [], healthz: [] };
    for (let r = 0; r < opts.rounds; r++) {
      rounds.healthz.push(await run(healthz, opts.seconds));
      rounds.chat.push(await run(chat, opts.seconds));
    }
    const c = combine(rounds.chat);
    const h = combine(rounds.healthz);
    return {
      generator: gen.name,
      latencyResolutionUs: gen.resolutionUs,
      connections: opts.connections,
      server: VARIANT_LABEL[opts.variant],
      chat: c,
      healthz: h,
      ratio: c.rps / h.rps,
    };
  } finally {
    await server.stop();
  }
}

export function printHttp(r: HttpResults): string {
  const row = (name: string, e: EndpointFigures) => [name, fmt(e.rps, 0), fmt(e.p50us, 0), fmt(e.p99us, 0), String(e.requests), String(e.non2xx + e.errors)];
  return [
    `HTTP, ${r.server}, ${r.generator} with ${r.connections} connections (latency resolution ${r.latencyResolutionUs} µs)`,
    table(['endpoint', 'req/s', 'p50 µs', 'p99 µs', 'requests', 'non-2xx + errors'], [row('POST /api/chat', r.chat), row('GET /healthz', r.healthz)]),
    `chat = ${fmt(r.ratio, 3)} × healthz (target ≥ 0.10): ${r.ratio >= 0.1 && r.chat.non2xx + r.chat.errors === 0 ? 'MET' : 'NOT MET'}`,
  ].join('\n');
}
