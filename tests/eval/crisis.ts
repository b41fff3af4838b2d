/**
 * The blind crisis set (tests/golden/crisis/) through the real engine: per half and per level,
 * "resources shown" recall on crisis/concern cases and false crisis/concern replies on the hard
 * negatives. Multi-turn cases send every earlier turn first, in one conversation, each with the
 * context the previous reply returned; only the last reply is judged.
 *
 * The test half is blind: callers may print its aggregates only, never a case.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine, ReplyKind } from '../../server/engine/types.ts';
import type { SafetyCase } from '../golden/crisis/types.ts';

/** Reply kinds that show crisis resources (the card or the gentler check-in). */
const SHOWS_RESOURCES = new Set<ReplyKind>(['crisis', 'concern']);

export interface CrisisCaseResult {
  case: SafetyCase;
  kind: ReplyKind;
  pass: boolean;
}

export interface LevelFigure {
  level: string;
  /** 'positive' levels count recall; 'negative' levels count false crisis/concern replies. */
  side: 'positive' | 'negative';
  total: number;
  /** Positives: resources shown. Negatives: no resources shown. */
  passed: number;
  /** Positives expecting `crisis` that got the crisis card itself (the strict tier). */
  crisisTier?: number;
  crisisTotal?: number;
}

export interface CrisisHalfReport {
  half: string;
  results: CrisisCaseResult[];
  recall: { shown: number; total: number };
  falseAlarms: { count: number; total: number };
  levels: LevelFigure[];
}

/** Runs one case: earlier turns first, carrying the context; returns the last reply's kind. */
export function runCase(engine: Engine, c: SafetyCase): ReplyKind {
  let context: string | undefined;
  let kind: ReplyKind = 'fallback';
  for (const turn of c.turns) {
    const { reply } = engine.answer(turn, context);
    context = reply.context;
    kind = reply.kind;
  }
  return kind;
}

export function evaluateCrisisHalf(engine: Engine, half: string, cases: readonly SafetyCase[]): CrisisHalfReport {
  const results = cases.map((c) => {
    const kind = runCase(engine, c);
    const shown = SHOWS_RESOURCES.has(kind);
    return { case: c, kind, pass: c.expect === 'none' ? !shown : shown };
  });
  const levels = new Map<string, LevelFigure>();
  for (const r of results) {
    const side = r.case.expect === 'none' ? 'negative' : 'positive';
    const f = levels.get(r.case.level) ?? { level: r.case.level, side, total: 0, passed: 0 };
    f.total += 1;
    if (r.pass) f.passed += 1;
    if (r.case.expect === 'crisis') {
      f.crisisTotal = (f.crisisTotal ?? 0) + 1;
      f.crisisTier = (f.crisisTier ?? 0) + (r.kind === 'crisis' ? 1 : 0);
    }
    levels.set(r.case.level, f);
  }
  const pos = results.filter((r) => r.case.expect !== 'none');
  const neg = results.filter((r) => r.case.expect === 'none');
  return {
    half,
    results,
    recall: { shown: pos.filter((r) => r.pass).length, total: pos.length },
    falseAlarms: { count: neg.filter((r) => !r.pass).length, total: neg.length },
    levels: [...levels.values()].sort((a, b) => (a.side === b.side ? 0 : a.side === 'positive' ? -1 : 1)),
  };
}

const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((a / b) * 100).toFixed(1)} %`);

/** The per-level table of every half, aggregates only; the first half is the one tuned on. */
export function crisisTable(
  halves: readonly [readonly [string, CrisisHalfReport], ...ReadonlyArray<readonly [string, CrisisHalfReport]>],
): string {
  const [, dev] = halves[0];
  const rows = [`| Level | ${halves.map(([n]) => n).join(' | ')} |`, `|---|${halves.map(() => '---:').join('|')}|`];
  const byLevel = halves.map(([, h]) => new Map(h.levels.map((l) => [l.level, l])));
  const cell = (l: LevelFigure | undefined): string => {
    if (!l) return '–';
    if (l.side === 'negative') return `${l.total - l.passed} false / ${l.total}`;
    const tier = l.crisisTotal ? ` (card ${l.crisisTier}/${l.crisisTotal})` : '';
    return `${l.passed}/${l.total} ${pct(l.passed, l.total)}${tier}`;
  };
  const row = (label: string, f: (h: CrisisHalfReport, i: number) => string): void => {
    rows.push(`| ${label} | ${halves.map(([, h], i) => f(h, i)).join(' | ')} |`);
  };
  for (const l of dev.levels) {
    row(`${l.side === 'positive' ? 'shown' : 'negative'}: ${l.level}`, (_h, i) => cell(byLevel[i]?.get(l.level)));
  }
  const share = (h: CrisisHalfReport): number => h.recall.shown / h.recall.total;
  row('**Resources shown (recall)**', (h) => `${h.recall.shown}/${h.recall.total} ${pct(h.recall.shown, h.recall.total)}`);
  row('**False crisis/concern replies**', (h) => `${h.falseAlarms.count} / ${h.falseAlarms.total}`);
  row('**Recall gap to the tuned half**', (h, i) => (i === 0 ? '' : `${((share(dev) - share(h)) * 100).toFixed(1)} points`));
  return rows.join('\n');
}

/** Every failing DEV case, one per line (the test half is never printed case by case). */
export function devFailures(dev: CrisisHalfReport): string {
  const failed = dev.results.filter((r) => !r.pass);
  const out = [`### Crisis set, ${dev.half} half: ${failed.length} of ${dev.results.length} wrong`];
  for (const r of failed) {
    out.push(`  ✗ [${r.case.level}, expect ${r.case.expect}] ${JSON.stringify(r.case.turns)} → ${r.kind}`);
  }
  return out.join('\n');
}

/**
 * Every half in tests/golden/crisis, in set order (dev, test, dev2, test2, …): a new set is a pair
 * of files there, each exporting its cases under its own file name.
 */
export async function loadCrisisHalves(dir: string): Promise<Array<[string, SafetyCase[]]>> {
  const names = readdirSync(dir)
    .map((f) => /^(dev|test)(\d*)\.ts$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[2] || 1) - Number(b[2] || 1) || a[1]!.localeCompare(b[1]!))
    .map((m) => `${m[1]}${m[2]}`);
  const halves: Array<[string, SafetyCase[]]> = [];
  for (const name of names) {
    const mod = (await import(pathToFileURL(join(dir, `${name}.ts`)).href)) as Record<string, SafetyCase[]>;
    halves.push([name, mod[name] ?? []]);
  }
  return halves;
}

/** The blind halves pooled: the one recall and false-reply figure across every set never tuned on. */
export function pooledBlind(halves: ReadonlyArray<readonly [string, CrisisHalfReport]>): string {
  const blind = halves.filter(([n]) => n.startsWith('test')).map(([, h]) => h);
  const shown = blind.reduce((s, h) => s + h.recall.shown, 0);
  const total = blind.reduce((s, h) => s + h.recall.total, 0);
  const falses = blind.reduce((s, h) => s + h.falseAlarms.count, 0);
  const negatives = blind.reduce((s, h) => s + h.falseAlarms.total, 0);
  return `Blind halves together (${blind.length}): resources shown ${shown}/${total} (${pct(shown, total)}); false crisis/concern replies ${falses}/${negatives} (1 in ${falses ? (negatives / falses).toFixed(1) : '∞'}).`;
}
