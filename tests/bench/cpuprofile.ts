/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): total self time per function and per file,
 * the figures that say where the CPU went. Used by the `profile` part and runnable alone:
 *
 *   npx tsx tests/bench/cpuprofile.ts build/bench/prof/engine.cpuprofile [top=25]
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
  /** Total (inclusive) time of the project's own functions (server/, knowledge/): the pipeline stages. */
  stages: HotSpot[];
}

/** For a bundle (build/server/*.js): the source module each line came from, from Vite's `// path` markers. */
const bundleMaps = new Map<string, Array<[number, string]>>();
function bundleSource(file: string, line: number): string | null {
  if (!/^build\/server[^/]*\/[^/]+\.js$/.test(file)) return null;
  let marks = bundleMaps.get(file);
  if (!marks) {
    marks = [];
    try {
      readFileSync(join(REPO_ROOT, file), 'utf8')
        .split('\n')
        .forEach((text, i) => {
          // node_modules markers too: the bundle inlines hono, zod, MiniSearch, wink-nlp (server/node/bundle.ts).
          const m = /^\/\/ ((?:server|knowledge|widget|node_modules)\/[\w@./-]+\.(?:ts|json|js|mjs|cjs))$/.exec(text);
          if (m) marks!.push([i + 1, m[1]!]);
        });
    } catch {
      // bundle gone: keep bundle positions
    }
    bundleMaps.set(file, marks);
  }
  let found: string | null = null;
  for (const [at, path] of marks) {
    if (at > line) break;
    found = path;
  }
  return found;
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
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
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
    const bundled = shortUrl(url);
    const source = bundleSource(bundled, lineNumber + 1);
    const file = source ?? bundled;
    const raw = functionName || (bundled ? '(anonymous)' : '(native)');
    // Regex functions are named by their whole pattern (the crisis phrase list is kilobytes).
    const name = raw.length > 60 ? `${raw.slice(0, 57)}…` : raw;
    const where = bundled ? (source ? `${source} (${bundled}:${lineNumber + 1})` : `${bundled}:${lineNumber + 1}`) : '';
    add(fns, `${name}@${where}`, name, where, us);
    add(files, file || name, file || name, '', us);
    add(groups, groupOf(file, name), groupOf(file, name), '', us);
  }
  // Inclusive time: each sample counts once for every distinct project function on its stack.
  const stages = new Map<string, HotSpot>();
  const frameKey = new Map<number, { key: string; name: string; where: string } | null>();
  const keyOf = (id: number) => {
    if (!frameKey.has(id)) {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      const bundled = shortUrl(url);
      const file = bundleSource(bundled, lineNumber + 1) ?? bundled;
      frameKey.set(id, /^(server|knowledge)\//.test(file) && functionName ? { key: `${functionName}@${file}`, name: functionName, where: file } : null);
    }
    return frameKey.get(id)!;
  };
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf(at);
      if (k && !seen.has(k.key)) {
        seen.add(k.key);
        add(stages, k.key, k.name, k.where, us);
      }
    }
  }
  const ranked = (map: Map<string, HotSpot>) =>
    [...map.values()]
      .map((h) => ({ ...h, share: totalUs ? (h.selfMs * 1000) / totalUs : 0 }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top);
  return { totalMs: totalUs / 1000, functions: ranked(fns), files: ranked(files), groups: ranked(groups), stages: ranked(stages) };
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
    ...(s.stages.length
      ? ['Total time (self + callees) of project functions:', table(['total ms', 'share', 'function  file'], rows(s.stages, true).slice(0, 12))]
      : []),
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!) && process.argv[2]) {
  const top = Number(process.argv[3] ?? 25);
  console.log(printSummary(process.argv[2], summarize(readProfile(process.argv[2]), top), top));
}
