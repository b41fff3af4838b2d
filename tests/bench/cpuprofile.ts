/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): total self time per function and per file,
 * the figures that say where the CPU went. Used by the `profile` part and runnable alone:
 *
 *   npx tsx tests/bench/cpuprofile.ts build/bench/prof/engine.cpuprofile [top=25]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { REPO_ROOT } from '../../knowledge/version.ts';
import { fmt, table } from './stats.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  where: string;
  selfMs: number;
  /** Share of all sampled time, 0–1. */
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: HotSpot[];
  files: HotSpot[];
  /** Self time by package or top folder: node_modules/<pkg>, server/, (gc), (program), node: … */
  groups: HotSpot[];
}

function shortUrl(url: string): string {
  if (!url) return '';
  const path = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  return path.startsWith('/') ? relative(REPO_ROOT, path) : path;
}

function groupOf(file: string, name: string): string {
  if (!file) return `(${name.replace(/[()]/g, '') || 'native'})`;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (m) return m[1]!;
  if (file.startsWith('node:')) return 'node: internals';
  return `${file.split('/')[0]}/`;
}

/** Self time per function, file and group, biggest first. */
export function summarize(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's duration is the next delta
    self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + dt);
  }
  const totalUs = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, HotSpot>();
  const files = new Map<string, HotSpot>();
  const groups = new Map<string, HotSpot>();
  const add = (map: Map<string, HotSpot>, key: string, name: string, where: string, us: number) => {
    const h = map.get(key) ?? { name, where, selfMs: 0, share: 0 };
    h.selfMs += us / 1000;
    map.set(key, h);
  };
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = shortUrl(url);
    const name = functionName || (file ? '(anonymous)' : '(native)');
    const where = file ? `${file}:${lineNumber + 1}` : '';
    add(fns, `${name}@${where}`, name, where, us);
    add(files, file || name, file || name, '', us);
    add(groups, groupOf(file, name), groupOf(file, name), '', us);
  }
  const ranked = (map: Map<string, HotSpot>) =>
    [...map.values()]
      .map((h) => ({ ...h, share: totalUs ? (h.selfMs * 1000) / totalUs : 0 }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top);
  return { totalMs: totalUs / 1000, functions: ranked(fns), files: ranked(files), groups: ranked(groups) };
}

export function readProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
}

export function printSummary(title: string, s: ProfileSummary, top = 15): string {
  const rows = (list: HotSpot[], where: boolean) =>
    list.slice(0, top).map((h) => [fmt(h.selfMs, 1), `${fmt(h.share * 100, 1)} %`, where && h.where ? `${h.name}  ${h.where}` : h.name]);
  return [
    `${title}: ${fmt(s.totalMs, 0)} ms sampled`,
    'Top self time by function:',
    table(['self ms', 'share', 'function  file:line'], rows(s.functions, true)),
    'By package / folder:',
    table(['self ms', 'share', 'group'], rows(s.groups, false).slice(0, 10)),
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!) && process.argv[2]) {
  const top = Number(process.argv[3] ?? 25);
  console.log(printSummary(process.argv[2], summarize(readProfile(process.argv[2]), top), top));
}
