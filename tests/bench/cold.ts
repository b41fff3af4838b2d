/**
 * Part 3 — cold start and memory. Spawn → first 200 from /healthz, median of N, for each way of
 * starting (what `npm start` runs, and each layer peeled off, and the prebuilt bundle when built),
 * interleaved so load drift hits all alike; RSS of the serving process when ready (VmRSS from
 * /proc/<pid>/status). Then one server takes 50,000 chat requests and RSS is read at 10k and 50k:
 * growth between the two is the leak check.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureKnowledgeBuilt } from '../../knowledge/build.ts';
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
  /** Variant the memory check runs on. */
  memoryVariant: StartVariant;
  connections: number;
}

export const COLD_DEFAULTS: ColdOptions = {
  runs: 5,
  variants: ['npm', 'tsx', 'node-tsx', 'bundle', 'bundle-lean'],
  requests: 50_000,
  rssCheckpoint: 10_000,
  memoryVariant: 'node-tsx',
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

export interface MemoryFigures {
  variant: string;
  requests: number;
  readyMB: number;
  atCheckpointMB: number;
  afterMB: number;
  /** after − at checkpoint; target ≤ 10 MB. */
  growthMB: number;
  checkpoint: number;
  rps: number;
  non2xx: number;
}

export interface ColdResults {
  runs: number;
  starts: Partial<Record<StartVariant, StartFigures>>;
  memory: MemoryFigures | null;
}

/** mtimes of the build outputs a start may rewrite, to notice a rebuild during a timed start. */
function buildStamp(): string {
  const files = [join(REPO_ROOT, 'build/knowledge/corpus.json'), join(REPO_ROOT, 'build/widget/widget.js')];
  return files.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)).join(',');
}

/** Brings build/knowledge and build/widget up to date, so timed starts measure a fresh checkout's second start. */
export async function prepareBuilds(log: (line: string) => void): Promise<void> {
  ensureKnowledgeBuilt(undefined, log);
  if (existsSync(join(REPO_ROOT, 'widget/build.ts'))) {
    const { ensureWidgetBuilt } = await import('../../widget/build.ts');
    await ensureWidgetBuilt();
  }
}

export async function runColdBench(options: Partial<ColdOptions> = {}, log: (line: string) => void = console.log): Promise<ColdResults> {
  const opts = { ...COLD_DEFAULTS, ...options };
  await prepareBuilds(log);
  const variants = opts.variants.filter((v) => {
    const entry = variantEntry(v);
    return !entry || existsSync(entry);
  });
  if (variants.length < opts.variants.length) log('  (prebuilt server missing: `npm run bench -- bundle` builds it; run.ts does so before the cold part)');

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

  let memory: MemoryFigures | null = null;
  if (opts.requests > 0) {
    const gen = loadGenerator();
    const server = await spawnServer({ variant: opts.memoryVariant });
    try {
      await sleep(200);
      const readyMB = rssMB(server.serverPid);
      const target = { method: 'POST' as const, path: '/api/chat', bodies: chatBodies() };
      const t0 = performance.now();
      const first = await gen.run(server.url, target, { connections: opts.connections, amount: opts.rssCheckpoint });
      await sleep(500);
      const atCheckpointMB = rssMB(server.serverPid);
      log(`  ${fmt(first.requests, 0)} chat requests: RSS ${fmt(atCheckpointMB, 1)} MB`);
      const rest = await gen.run(server.url, target, { connections: opts.connections, amount: opts.requests - opts.rssCheckpoint });
      const seconds = (performance.now() - t0) / 1000;
      await sleep(500);
      const afterMB = rssMB(server.serverPid);
      memory = {
        variant: VARIANT_LABEL[opts.memoryVariant],
        requests: first.requests + rest.requests,
        checkpoint: first.requests,
        readyMB,
        atCheckpointMB,
        afterMB,
        growthMB: afterMB - atCheckpointMB,
        rps: (first.requests + rest.requests) / seconds,
        non2xx: first.non2xx + rest.non2xx + first.errors + rest.errors,
      };
    } finally {
      await server.stop();
    }
  }
  return { runs: opts.runs, starts, memory };
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
  const npm = r.starts.npm ?? r.starts.tsx ?? r.starts['node-tsx'];
  const lines = [
    `Cold start: spawn → GET /healthz 200, median of ${r.runs} (builds fresh beforehand)`,
    table(['how it is started', 'ready ms (median)', 'runs', 'RSS MB (server)', 'RSS MB (tree)', 'SIGTERM → exit ms', 'rebuilds'], rows),
  ];
  if (npm) {
    lines.push(`npm start ready ${fmt(npm.medianMs, 0)} ms (target ≤ 500 ms): ${npm.medianMs <= 500 ? 'MET' : 'NOT MET'}`);
    lines.push(`npm start RSS when ready ${fmt(npm.rssMB, 1)} MB server process, ${fmt(npm.treeRssMB, 1)} MB with npm + tsx (target ≤ 150 MB): ${npm.rssMB <= 150 ? 'MET' : 'NOT MET'}`);
  }
  for (const v of ['bundle', 'bundle-lean'] as const) {
    const b = r.starts[v];
    if (b) lines.push(`${b.label}: ready ${fmt(b.medianMs, 0)} ms, RSS ${fmt(b.rssMB, 1)} MB: ${b.medianMs <= 500 ? 'meets' : 'misses'} 500 ms, ${b.rssMB <= 150 ? 'meets' : 'misses'} 150 MB`);
  }
  const m = r.memory;
  if (m) {
    lines.push(
      '',
      `Memory under load (${m.variant}, ${fmt(m.requests, 0)} chat requests at ${fmt(m.rps, 0)} req/s, ${m.non2xx} non-2xx/errors):`,
      table(['when', 'RSS MB'], [
        ['ready', fmt(m.readyMB, 1)],
        [`after ${fmt(m.checkpoint, 0)}`, fmt(m.atCheckpointMB, 1)],
        [`after ${fmt(m.requests, 0)}`, fmt(m.afterMB, 1)],
      ]),
      `RSS after ${fmt(m.requests, 0)}: ${fmt(m.afterMB, 1)} MB (target ≤ 150 MB): ${m.afterMB <= 150 ? 'MET' : 'NOT MET'}`,
      `growth ${fmt(m.checkpoint, 0)} → ${fmt(m.requests, 0)}: ${fmt(m.growthMB, 1)} MB (target ≤ 10 MB): ${m.growthMB <= 10 ? 'MET' : 'NOT MET'}`,
    );
  }
  return lines.join('\n');
}
