/**
 * Bench results as JSON (build/bench/<time>.json and build/bench/latest.json), the targets table,
 * and `--compare a.json b.json`, which prints the key figures of two runs side by side.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../../knowledge/version.ts';
import type { ColdResults } from './cold.ts';
import type { EngineResults } from './engine.ts';
import type { HttpResults } from './http.ts';
import type { MachineInfo } from './machine.ts';
import { fmt, table } from './stats.ts';
import type { WidgetResults } from './widget.ts';

export const BENCH_DIR = join(REPO_ROOT, 'build', 'bench');

export interface BenchResults {
  machine: MachineInfo;
  /** The command line's parts and flags. */
  argv: string[];
  engine?: EngineResults;
  http?: HttpResults;
  cold?: ColdResults;
  widget?: WidgetResults;
  targets?: TargetRow[];
}

export interface TargetRow {
  target: string;
  measured: string;
  limit: string;
  met: boolean;
}

/** Every issue-8 target the run measured, with its figure. */
export function targets(r: BenchResults): TargetRow[] {
  const rows: TargetRow[] = [];
  const add = (target: string, value: number, shown: string, limit: string, met: boolean) => {
    if (!Number.isNaN(value)) rows.push({ target, measured: shown, limit, met });
  };
  if (r.engine) add('engine throughput vs naive peer', r.engine.ratio, `${fmt(r.engine.ratio, 2)}×`, '≥ 2×', r.engine.ratio >= 2);
  if (r.http) add('HTTP chat ÷ healthz', r.http.ratio, fmt(r.http.ratio, 3), '≥ 0.10', r.http.ratio >= 0.1);
  const npm = r.cold?.starts.npm;
  if (npm) {
    add('cold start (npm start) → /healthz 200', npm.medianMs, `${fmt(npm.medianMs, 0)} ms`, '≤ 500 ms', npm.medianMs <= 500);
    add('RSS when ready (npm start, server process)', npm.rssMB, `${fmt(npm.rssMB, 1)} MB`, '≤ 150 MB', npm.rssMB <= 150);
  }
  const m = r.cold?.memory[0];
  if (m) {
    add(`RSS after ${fmt(m.requests, 0)} chat requests`, m.afterMB, `${fmt(m.afterMB, 1)} MB`, '≤ 150 MB', m.afterMB <= 150);
    add(`RSS growth ${fmt(m.checkpoint, 0)} → ${fmt(m.requests, 0)} requests (after full GC)`, m.growthMB, `${fmt(m.growthMB, 1)} MB`, '≤ 10 MB', m.growthMB <= 10);
  }
  const w = r.widget;
  if (w) {
    add('widget loader, gzip', w.loader.gzip, `${fmt(w.loader.gzip / 1024, 2)} KB`, '≤ 3 KB', w.loader.gzip <= 3 * 1024);
    add('widget total, gzip', w.total.gzip, `${fmt(w.total.gzip / 1024, 2)} KB`, '≤ 15 KB', w.total.gzip <= 15 * 1024);
    add('widget boot, main thread', w.bootTaskMs, `${fmt(w.bootTaskMs, 2)} ms`, '≤ 10 ms', w.bootTaskMs <= 10);
    add('CLS', w.cls, fmt(w.cls, 4), '0', w.cls === 0);
  }
  return rows;
}

export function printTargets(rows: TargetRow[]): string {
  return ['Targets (issue 8)', table(['target', 'measured', 'limit', 'met'], rows.map((t) => [t.target, t.measured, t.limit, t.met ? 'yes' : 'NO']))].join('\n');
}

/** Writes build/bench/<ISO time>.json and build/bench/latest.json; returns the first path. */
export function saveResults(r: BenchResults): string {
  mkdirSync(BENCH_DIR, { recursive: true });
  const stamp = r.machine.date.replace(/[:.]/g, '-');
  const path = join(BENCH_DIR, `${stamp}.json`);
  const text = `${JSON.stringify(r, null, 2)}\n`;
  writeFileSync(path, text);
  writeFileSync(join(BENCH_DIR, 'latest.json'), text);
  return relative(process.cwd(), path);
}

/** The figures `--compare` shows: label, path into the results, and whether higher is better. */
const KEY_FIGURES: Array<[string, (r: BenchResults) => number | undefined, 'higher' | 'lower']> = [
  ['engine answers/s (faqchat)', (r) => r.engine?.faqchat.answersPerSec, 'higher'],
  ['engine p50 µs (faqchat)', (r) => r.engine?.faqchat.p50us, 'lower'],
  ['engine p99 µs (faqchat)', (r) => r.engine?.faqchat.p99us, 'lower'],
  ['engine answers/s (naive peer)', (r) => r.engine?.naive.answersPerSec, 'higher'],
  ['engine ratio faqchat ÷ naive', (r) => r.engine?.ratio, 'higher'],
  ['HTTP chat req/s', (r) => r.http?.chat.rps, 'higher'],
  ['HTTP chat p50 µs', (r) => r.http?.chat.p50us, 'lower'],
  ['HTTP chat p99 µs', (r) => r.http?.chat.p99us, 'lower'],
  ['HTTP healthz req/s', (r) => r.http?.healthz.rps, 'higher'],
  ['HTTP ratio chat ÷ healthz', (r) => r.http?.ratio, 'higher'],
  ['cold start npm start ms', (r) => r.cold?.starts.npm?.medianMs, 'lower'],
  ['cold start node build/server/main.js ms', (r) => r.cold?.starts.bundle?.medianMs, 'lower'],
  ['cold start dev (npm run dev) ms', (r) => r.cold?.starts.dev?.medianMs, 'lower'],
  ['RSS ready MB (npm start server)', (r) => r.cold?.starts.npm?.rssMB, 'lower'],
  ['RSS after load MB (npm start server)', (r) => r.cold?.memory?.[0]?.afterMB, 'lower'],
  ['RSS growth MB (npm start server)', (r) => r.cold?.memory?.[0]?.growthMB, 'lower'],
  ['RSS after load MB (dev, tsx)', (r) => r.cold?.memory?.[1]?.afterMB, 'lower'],
  ['widget loader gzip B', (r) => r.widget?.loader.gzip, 'lower'],
  ['widget total gzip B', (r) => r.widget?.total.gzip, 'lower'],
  ['widget boot ms', (r) => r.widget?.bootTaskMs, 'lower'],
  ['widget CLS', (r) => r.widget?.cls, 'lower'],
  ['click → panel ms', (r) => r.widget?.clickToPanelMs, 'lower'],
  ['Enter → answer ms', (r) => r.widget?.enterToAnswerMs, 'lower'],
];

export function compareFiles(aPath: string, bPath: string): string {
  const a = JSON.parse(readFileSync(aPath, 'utf8')) as BenchResults;
  const b = JSON.parse(readFileSync(bPath, 'utf8')) as BenchResults;
  const rows: string[][] = [];
  for (const [label, get, better] of KEY_FIGURES) {
    const va = get(a);
    const vb = get(b);
    if (va === undefined && vb === undefined) continue;
    let change = '–';
    if (va !== undefined && vb !== undefined && va !== 0) {
      const pct = ((vb - va) / Math.abs(va)) * 100;
      const good = better === 'higher' ? pct > 0 : pct < 0;
      change = `${pct >= 0 ? '+' : ''}${fmt(pct, 1)} %${Math.abs(pct) >= 5 ? (good ? ' better' : ' worse') : ''}`;
    }
    rows.push([label, fmt(va), fmt(vb), change]);
  }
  return [
    `A: ${aPath} (${a.machine.date}, ${a.machine.cpu}, load ${a.machine.load1})`,
    `B: ${bPath} (${b.machine.date}, ${b.machine.cpu}, load ${b.machine.load1})`,
    table(['figure', 'A', 'B', 'B vs A'], rows),
    a.machine.cpu !== b.machine.cpu ? 'Different CPUs: compare the ratios, not the absolute figures.' : '',
  ].join('\n');
}
