/**
 * Part 1 — the engine in process: faqchat's `createEngine` and the naive peer (tests/eval/naive.ts,
 * MiniSearch quick-start) over the same golden questions, in the same process, round by round
 * alternately so drift on a shared machine hits both alike. One JS thread, so "one core".
 * Each call is timed with process.hrtime.bigint(); throughput is answers / wall time of the rounds.
 */
import { createEngine } from '../../server/engine/engine.ts';
import { loadCorpus } from '../eval/load.ts';
import { naivePeer } from '../eval/naive.ts';
import { benchQuestions, type BenchQuestion } from './questions.ts';
import { fmt, median, percentile, table } from './stats.ts';

export interface EngineBenchOptions {
  /** Timed rounds over the whole question list (each system). */
  rounds: number;
  /** Untimed passes first, so the JIT has compiled the hot paths. */
  warmup: number;
  /** Stop adding rounds after this long (both systems together), whatever `rounds` says. */
  maxMs: number;
  /** Skip the naive peer (profiling faqchat alone: both use MiniSearch). */
  faqchatOnly?: boolean;
}

export interface SystemFigures {
  answers: number;
  answersPerSec: number;
  p50us: number;
  p90us: number;
  p99us: number;
  maxUs: number;
}

export interface EngineResults {
  questions: number;
  rounds: number;
  /** createEngine() on the loaded build, ms (first call in this process). */
  createMs: number;
  faqchat: SystemFigures;
  naive: SystemFigures;
  /** faqchat answers/s ÷ naive answers/s; target ≥ 2. */
  ratio: number;
  /** faqchat p50/p99 µs per golden category. */
  byCategory: Record<string, { n: number; p50us: number; p99us: number }>;
  /** The questions faqchat is slowest on (median over the rounds): where to look first. */
  slowest: Array<{ category: string; q: string; context: boolean; medianUs: number }>;
}

export const ENGINE_DEFAULTS: EngineBenchOptions = { rounds: 20, warmup: 3, maxMs: 40_000 };

type Answer = (q: BenchQuestion) => unknown;

/** One pass over `qs`, each call timed into `out` from `offset`; returns the wall ns of the pass. */
function pass(answer: Answer, qs: BenchQuestion[], out: Float64Array | null, offset: number): number {
  const start = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < qs.length; i++) {
    const t0 = process.hrtime.bigint();
    const r = answer(qs[i]!);
    const t1 = process.hrtime.bigint();
    if (r) sink++;
    if (out) out[offset + i] = Number(t1 - t0) / 1000;
  }
  if (sink !== qs.length) throw new Error('faqchat: a system returned nothing');
  return Number(process.hrtime.bigint() - start);
}

function figures(samples: Float64Array, wallNs: number): SystemFigures {
  return {
    answers: samples.length,
    answersPerSec: samples.length / (wallNs / 1e9),
    p50us: percentile(samples, 50),
    p90us: percentile(samples, 90),
    p99us: percentile(samples, 99),
    maxUs: percentile(samples, 100),
  };
}

export function runEngineBench(options: Partial<EngineBenchOptions> = {}, log: (line: string) => void = console.log): EngineResults {
  const opts = { ...ENGINE_DEFAULTS, ...options };
  const build = loadCorpus(log);
  const { corpus } = build;
  const t0 = performance.now();
  const engine = createEngine(build);
  const createMs = performance.now() - t0;
  const naive = naivePeer(corpus);
  const qs = benchQuestions(engine);

  const systems: Record<'faqchat' | 'naive', Answer> = {
    faqchat: (q) => engine.answer(q.q, q.context),
    naive: (q) => naive.respond(q.q, q.context),
  };
  const names = opts.faqchatOnly ? (['faqchat'] as const) : (['faqchat', 'naive'] as const);
  for (let w = 0; w < opts.warmup; w++) for (const name of names) pass(systems[name], qs, null, 0);

  const samples = { faqchat: new Float64Array(qs.length * opts.rounds), naive: new Float64Array(qs.length * opts.rounds) };
  const wall = { faqchat: 0, naive: 0 };
  const started = performance.now();
  let rounds = 0;
  while (rounds < opts.rounds && (rounds < 2 || performance.now() - started < opts.maxMs)) {
    // Alternate which system goes first, so neither always runs right after the other's garbage.
    const order = rounds % 2 ? [...names].reverse() : names;
    for (const name of order) wall[name] += pass(systems[name], qs, samples[name], rounds * qs.length);
    rounds++;
  }
  const fq = samples.faqchat.subarray(0, rounds * qs.length);
  const nv = samples.naive.subarray(0, rounds * qs.length);

  const byCat = new Map<string, number[]>();
  fq.forEach((us, i) => {
    const cat = qs[i % qs.length]!.category;
    let list = byCat.get(cat);
    if (!list) byCat.set(cat, (list = []));
    list.push(us);
  });
  const byCategory: EngineResults['byCategory'] = {};
  for (const [cat, list] of byCat) byCategory[cat] = { n: list.length / rounds, p50us: median(list), p99us: percentile(list, 99) };

  const perQuestion = qs.map((q, i) => {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) times.push(fq[r * qs.length + i]!);
    return { category: q.category, q: q.q, context: q.context !== undefined, medianUs: median(times) };
  });
  const slowest = perQuestion.sort((a, b) => b.medianUs - a.medianUs).slice(0, 5);

  const faqchat = figures(fq, wall.faqchat);
  const naiveFig = figures(nv, wall.naive);
  return { questions: qs.length, rounds, createMs, faqchat, naive: naiveFig, ratio: faqchat.answersPerSec / naiveFig.answersPerSec, byCategory, slowest };
}

export function printEngine(r: EngineResults): string {
  const row = (name: string, f: SystemFigures) => [name, fmt(f.answersPerSec, 0), fmt(f.p50us), fmt(f.p90us), fmt(f.p99us), fmt(f.maxUs)];
  const lines = [
    `Engine, in process, one JS thread: ${r.questions} golden questions × ${r.rounds} rounds each (createEngine ${fmt(r.createMs)} ms)`,
    table(['system', 'answers/s', 'p50 µs', 'p90 µs', 'p99 µs', 'max µs'], [row('faqchat', r.faqchat), row('naive peer', r.naive)]),
    `faqchat throughput = ${fmt(r.ratio, 2)} × naive peer (target ≥ 2×): ${r.ratio >= 2 ? 'MET' : 'NOT MET'}`,
    '',
    'faqchat latency by golden category:',
    table(
      ['category', 'questions', 'p50 µs', 'p99 µs'],
      Object.entries(r.byCategory).map(([cat, c]) => [cat, String(c.n), fmt(c.p50us), fmt(c.p99us)]),
    ),
    '',
    'faqchat\'s slowest questions (median of the rounds):',
    table(
      ['median µs', 'category', 'message'],
      r.slowest.map((s) => [fmt(s.medianUs), s.category, `${s.context ? '(follow-up) ' : ''}${s.q.length > 70 ? `${s.q.slice(0, 67)}…` : s.q}`]),
    ),
  ];
  return lines.join('\n');
}
