/**
 * Quick engine speed check (the engine owner's tool; `npm run bench` is the full benchmark):
 * faqchat's engine and the naive peer over every golden question in one process, rounds alternating
 * so drift hits both alike. Prints mean µs per message for both and the throughput ratio.
 *
 *   npx tsx tests/bench/engine-quick.ts [rounds]
 *   npx tsx tests/bench/engine-quick.ts 200 --only   # faqchat only (for --cpu-prof)
 */
import { createEngine } from '../../server/engine/engine.ts';
import { loadCorpus } from '../eval/load.ts';
import { naivePeer } from '../eval/naive.ts';
import { benchQuestions } from './questions.ts';

const rounds = Number(process.argv[2] ?? 30) || 30;
const only = process.argv.includes('--only');
const build = loadCorpus();
const { corpus } = build;
const t0 = performance.now();
const engine = createEngine(build);
const createMs = performance.now() - t0;
const naive = naivePeer(corpus);
const qs = benchQuestions(engine);

type Run = (q: string, context?: string) => unknown;
const systems: Array<[string, Run]> = [
  ['faqchat', (q, c) => engine.answer(q, c)],
  ...(only ? [] : ([['naive peer', (q: string, c?: string) => naive.respond(q, c)]] as Array<[string, Run]>)),
];

/** One timed pass over all questions; returns wall nanoseconds. */
function pass(run: Run): number {
  const start = process.hrtime.bigint();
  for (const q of qs) run(q.q, q.context);
  return Number(process.hrtime.bigint() - start);
}

for (let w = 0; w < 3; w += 1) for (const [, run] of systems) pass(run);
const wall = new Map<string, number>(systems.map(([n]) => [n, 0]));
for (let r = 0; r < rounds; r += 1) {
  const order = r % 2 === 0 ? systems : [...systems].reverse();
  for (const [name, run] of order) wall.set(name, wall.get(name)! + pass(run));
}
const mean = (name: string) => wall.get(name)! / (rounds * qs.length) / 1000;
console.log(`${qs.length} golden messages × ${rounds} rounds; createEngine ${createMs.toFixed(0)} ms`);
for (const [name] of systems) console.log(`${name.padEnd(11)} mean ${mean(name).toFixed(1)} µs/message`);
if (!only) {
  const ratio = mean('naive peer') / mean('faqchat');
  console.log(`faqchat throughput = ${ratio.toFixed(2)} × naive peer (target ≥ 2): ${ratio >= 2 ? 'MET' : 'NOT MET'}`);
}
