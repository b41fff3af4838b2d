/**
 * Part 3 — cold start and memory. Spawn → first 200 from /healthz, median of N, for each way of
 * starting (`npm start` — the prebuilt server behind a build-stamp check —, its node process alone,
 * the container command, and the dev path from source for comparison), interleaved so load drift
 * hits all alike; RSS of the serving process when ready (VmRSS from /proc/<pid>/status). Then one
 * server per memory variant takes 50,000 chat requests and RSS is read at 10k and 50k: growth
 * between the two is the leak check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../knowledge/version.ts';
import { loadGenerator } from './load.ts';
import { chatBodies } from './http.ts';
import { rssMB, spawnServer, type StartVariant, treeRssMB, VARIANT_LABEL, variantEntry } from './server.ts';
import { fmt, median, sleep, table } from './stats.ts';

export interface ColdOptions {
  runs: number;
  variants: StartVariant[];
  /** Chat requests for the memory check; RSS is read after `rssCheckpoint` and after all of them. */
  requests: number;
  rssCheckpoint: number;
  /** Variants the memory check runs on, one server each (the first is what `npm start` runs). */
  memoryVariants: StartVariant[];
  connections: number;
}

export const COLD_DEFAULTS: ColdOptions = {
  runs: 5,
  variants: ['npm', 'start', 'bundle', 'dev', 'node-tsx'],
  requests: 50_000,
  rssCheckpoint: 10_000,
  memoryVariants: ['start', 'node-tsx'],
  connections: 32,
};

export interface StartFigures {
  label: string;
  readyMs: number[];
  medianMs: number;
  /** RSS of the serving process when ready (median of runs), MB. */
  rssMB: number;
  /** RSS of the whole process tree (npm + tsx CLI + server), MB. */
  treeRssMB: number;
  /** Graceful SIGTERM exit, median ms; false if any run needed SIGKILL. */
  stopMs: number;
  graceful: boolean;
  /** Runs during which build/knowledge or build/widget was rewritten (the start rebuilt them). */
  rebuilds: number;
}

/** One memory reading: RSS from /proc, then the JS heap after a forced full GC (tests/bench/memprobe.mjs). */
export interface MemorySample {
  rssMB: number;
  heapUsedMB: number;
  /** Memory of C++ objects bound to JS (Buffers, better-sqlite3, …), after GC. */
  externalMB: number;
  rssAfterGcMB: number;
}

export interface MemoryFigures {
  variant: string;
  requests: number;
  readyMB: number;
  atCheckpointMB: number;
  afterMB: number;
  samples: { ready: MemorySample; checkpoint: MemorySample; after: MemorySample };
  /** RSS after a full GC: 50k reading − 10k reading; target ≤ 10 MB. */
  growthMB: number;
  /** The same two readings without forcing GC (V8 sizes its heap lazily, so this one is noisy). */
  rawGrowthMB: number;
  /** JS heap after full GC, 50k − 10k: a leak in JavaScript shows here. */
  heapGrowthMB: number;
  checkpoint: number;
  rps: number;
  non2xx: number;
}

export interface ColdResults {
  runs: number;
  starts: Partial<Record<StartVariant, StartFigures>>;
  memory: MemoryFigures[];
}

/** mtimes of the build outputs a start may rewrite, to notice a rebuild during a timed start. */
function buildStamp(): string {
  const files = ['build/knowledge/corpus.json', 'build/widget/widget.js', 'build/server/main.js', 'build/start-stamp.json'].map((f) => join(REPO_ROOT, f));
  return files.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)).join(',');
}

/**
 * Brings build/ up to date exactly as `npm run build` does (knowledge, widget, server bundle and the
 * start stamp), so timed starts measure a checkout's second `npm start`, not its first.
 */
export async function prepareBuilds(log: (line: string) => void): Promise<void> {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'server', 'node', 'start.mjs'), '--build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  for (const line of `${run.stdout}${run.stderr}`.split('\n')) if (line.trim() && !line.includes('build/ is current')) log(`  ${line}`);
  if (run.status !== 0) throw new Error(`faqchat: npm run build failed (exit ${run.status}); the cold-start bench needs build/`);
}

export async function runColdBench(options: Partial<ColdOptions> = {}, log: (line: string) => void = console.log): Promise<ColdResults> {
  const opts = { ...COLD_DEFAULTS, ...options };
  await prepareBuilds(log);
  const variants = opts.variants.filter((v) => {
    const entry = variantEntry(v);
    return !entry || existsSync(entry);
  });
  if (variants.length < opts.variants.length) log('  (prebuilt server missing: `npm run build` builds it)');

  const samples = new Map<StartVariant, { ready: number[]; rss: number[]; tree: number[]; stop: number[]; graceful: boolean; rebuilds: number }>();
  for (const v of variants) samples.set(v, { ready: [], rss: [], tree: [], stop: [], graceful: true, rebuilds: 0 });
  for (let i = 0; i < opts.runs; i++) {
    for (const v of variants) {
      const s = samples.get(v)!;
      const before = buildStamp();
      const server = await spawnServer({ variant: v });
      await sleep(200); // let start-up garbage settle before reading RSS
      s.ready.push(server.readyMs);
      s.rss.push(rssMB(server.serverPid));
      s.tree.push(treeRssMB(server.child.pid!));
      const stopped = await server.stop();
      s.stop.push(stopped.ms);
      s.graceful &&= stopped.graceful;
      if (buildStamp() !== before) s.rebuilds++;
    }
  }
  const starts: ColdResults['starts'] = {};
  for (const [v, s] of samples) {
    starts[v] = {
      label: VARIANT_LABEL[v],
      readyMs: s.ready,
      medianMs: median(s.ready),
      rssMB: median(s.rss),
      treeRssMB: median(s.tree),
      stopMs: median(s.stop),
      graceful: s.graceful,
      rebuilds: s.rebuilds,
    };
  }

  const memory: MemoryFigures[] = [];
  if (opts.requests > 0) {
    for (const v of opts.memoryVariants.filter((m) => variants.includes(m))) memory.push(await runMemory(v, opts, log));
  }
  return { runs: opts.runs, starts, memory };
}

/**
 * One server under `opts.requests` chat requests. Readings at ready, after `rssCheckpoint` and at the
 * end: RSS as the OS sees it, then the JS heap and RSS after a forced full GC (memprobe.mjs), so a
 * leak (heap that keeps growing) is told apart from V8 not having shrunk its heap yet.
 */
async function runMemory(variant: StartVariant, opts: ColdOptions, log: (line: string) => void): Promise<MemoryFigures> {
  const gen = loadGenerator();
  const probeDir = mkdtempSync(join(tmpdir(), 'faqchat-memprobe-'));
  const probeFile = join(probeDir, 'mem.json');
  const server = await spawnServer({
    variant,
    nodeFlags: ['--expose-gc', '--import', join(REPO_ROOT, 'tests/bench/memprobe.mjs')],
    env: { FAQCHAT_BENCH_MEMPROBE: probeFile },
  });
  const sample = async (): Promise<MemorySample> => {
    const rss = rssMB(server.serverPid); // as the OS sees it, before the probe's GC
    rmSync(probeFile, { force: true });
    process.kill(server.serverPid, 'SIGUSR2');
    for (let i = 0; i < 300 && !existsSync(probeFile); i++) await sleep(10);
    await sleep(20);
    const mb = (b: number) => b / 2 ** 20;
    try {
      const { after } = JSON.parse(readFileSync(probeFile, 'utf8')) as { after: NodeJS.MemoryUsage };
      return { rssMB: rss, heapUsedMB: mb(after.heapUsed), externalMB: mb(after.external), rssAfterGcMB: rssMB(server.serverPid) };
    } catch {
      return { rssMB: rss, heapUsedMB: Number.NaN, externalMB: Number.NaN, rssAfterGcMB: Number.NaN };
    }
  };
  try {
    await sleep(200);
    const ready = await sample();
    const target = { method: 'POST' as const, path: '/api/chat', bodies: chatBodies() };
    const t0 = performance.now();
    const first = await gen.run(server.url, target, { connections: opts.connections, amount: opts.rssCheckpoint });
    await sleep(500);
    const checkpoint = await sample();
    log(`  ${VARIANT_LABEL[variant]}: ${fmt(first.requests, 0)} chat requests, RSS ${fmt(checkpoint.rssMB, 1)} MB, JS heap after GC ${fmt(checkpoint.heapUsedMB, 1)} MB`);
    const rest = await gen.run(server.url, target, { connections: opts.connections, amount: opts.requests - opts.rssCheckpoint });
    const seconds = (performance.now() - t0) / 1000;
    await sleep(500);
    const after = await sample();
    return {
      variant: VARIANT_LABEL[variant],
      requests: first.requests + rest.requests,
      checkpoint: first.requests,
      readyMB: ready.rssMB,
      atCheckpointMB: checkpoint.rssMB,
      afterMB: after.rssMB,
      samples: { ready, checkpoint, after },
      growthMB: after.rssAfterGcMB - checkpoint.rssAfterGcMB,
      rawGrowthMB: after.rssMB - checkpoint.rssMB,
      heapGrowthMB: after.heapUsedMB - checkpoint.heapUsedMB,
      rps: (first.requests + rest.requests) / seconds,
      non2xx: first.non2xx + rest.non2xx + first.errors + rest.errors,
    };
  } finally {
    await server.stop();
    rmSync(probeDir, { recursive: true, force: true });
  }
}

export function printCold(r: ColdResults): string {
  const rows = Object.values(r.starts).map((s) => [
    s.label,
    fmt(s.medianMs, 0),
    s.readyMs.map((ms) => fmt(ms, 0)).join(' '),
    fmt(s.rssMB, 1),
    fmt(s.treeRssMB, 1),
    `${fmt(s.stopMs, 0)}${s.graceful ? '' : ' (SIGKILL needed)'}`,
    String(s.rebuilds),
  ]);
  const npm = r.starts.npm;
  const lines = [
    `Cold start: spawn → GET /healthz 200, median of ${r.runs} (builds fresh beforehand)`,
    table(['how it is started', 'ready ms (median)', 'runs', 'RSS MB (server)', 'RSS MB (tree)', 'SIGTERM → exit ms', 'rebuilds'], rows),
  ];
  if (npm) {
    lines.push(`npm start ready ${fmt(npm.medianMs, 0)} ms (target ≤ 500 ms): ${npm.medianMs <= 500 ? 'MET' : 'NOT MET'}`);
    lines.push(`npm start RSS when ready ${fmt(npm.rssMB, 1)} MB server process, ${fmt(npm.treeRssMB, 1)} MB with npm (target ≤ 150 MB): ${npm.rssMB <= 150 ? 'MET' : 'NOT MET'}`);
  }
  for (const v of ['start', 'bundle', 'node-tsx'] as const) {
    const b = r.starts[v];
    if (b) lines.push(`${b.label}: ready ${fmt(b.medianMs, 0)} ms, RSS ${fmt(b.rssMB, 1)} MB: ${b.medianMs <= 500 ? 'meets' : 'misses'} 500 ms, ${b.rssMB <= 150 ? 'meets' : 'misses'} 150 MB`);
  }
  for (const m of r.memory) {
    const rows = ([['ready', m.samples.ready], [`after ${fmt(m.checkpoint, 0)}`, m.samples.checkpoint], [`after ${fmt(m.requests, 0)}`, m.samples.after]] as const).map(
      ([when, x]) => [when, fmt(x.rssMB, 1), fmt(x.rssAfterGcMB, 1), fmt(x.heapUsedMB, 1), fmt(x.externalMB, 1)],
    );
    lines.push(
      '',
      `Memory under load: ${m.variant}, ${fmt(m.requests, 0)} chat requests at ${fmt(m.rps, 0)} req/s, ${m.non2xx} non-2xx/errors`,
      table(['when', 'RSS MB', 'RSS after full GC MB', 'JS heap after GC MB', 'external MB'], rows),
      `RSS after ${fmt(m.requests, 0)}: ${fmt(m.afterMB, 1)} MB (target ≤ 150 MB): ${m.afterMB <= 150 ? 'MET' : 'NOT MET'}`,
      `growth ${fmt(m.checkpoint, 0)} → ${fmt(m.requests, 0)}, RSS after full GC: ${fmt(m.growthMB, 1)} MB (target ≤ 10 MB): ${m.growthMB <= 10 ? 'MET' : 'NOT MET'}; without forcing GC ${fmt(m.rawGrowthMB, 1)} MB; JS heap ${fmt(m.heapGrowthMB, 1)} MB`,
    );
  }
  return lines.join('\n');
}
