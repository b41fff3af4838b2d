/**
 * Same-process A/B of the engine (the engine owner's tool): this checkout's engine, the engines of
 * other checkouts' `server/` directories (e.g. made by `git archive <commit> server`) and the naive
 * peer over every golden question, rounds alternating in rotating order so drift hits all alike.
 * Replies are checked equal message by message. Prints µs per message and × naive peer for each.
 *
 *   npx tsx tests/bench/engine-ab.ts [rounds] /abs/path/to/other/server ...
 */
import { pathToFileURL } from 'node:url';
import { createEngine } from '../../server/engine/engine.ts';
import { loadCorpus } from '../eval/load.ts';
import { naivePeer } from '../eval/naive.ts';
import { benchQuestions } from './questions.ts';

const args = process.argv.slice(2);
const rounds = Number(args.find((x) => /^\d+$/.test(x)) ?? 20);
const others = args.filter((x) => !/^\d+$/.test(x));
const build = loadCorpus();
const engine = createEngine(build);
const qs = benchQuestions(engine);
const naive = naivePeer(build.corpus);

type Run = (q: string, context?: string) => unknown;
const systems: Array<[string, Run]> = [['this', (q, c) => engine.answer(q, c)]];
for (const dir of others) {
  const mod = (await import(pathToFileURL(`${dir}/engine/engine.ts`).href)) as { createEngine: typeof createEngine };
  const other = mod.createEngine(build);
  systems.push([dir, (q, c) => other.answer(q, c)]);
}
systems.push(['naive peer', (q, c) => naive.respond(q, c)]);

const replies = systems.slice(0, -1).map(([, run]) => qs.map((q) => JSON.stringify(run(q.q, q.context))));
for (let i = 1; i < replies.length; i++) {
  const diff = replies[i]!.findIndex((r, j) => r !== replies[0]![j]);
  console.log(diff < 0 ? `${systems[i]![0]}: same replies` : `${systems[i]![0]}: DIFFERS at "${qs[diff]!.q}"`);
}

function pass(run: Run): number {
  const start = process.hrtime.bigint();
  for (const q of qs) run(q.q, q.context);
  return Number(process.hrtime.bigint() - start);
}
for (let w = 0; w < 3; w++) for (const [, run] of systems) pass(run);
const wall = systems.map(() => 0);
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < systems.length; k++) {
    const i = (k + r) % systems.length;
    wall[i] = wall[i]! + pass(systems[i]![1]);
  }
}
const mean = (i: number): number => wall[i]! / rounds / qs.length / 1000;
const peer = mean(systems.length - 1);
console.log(`${qs.length} messages × ${rounds} rounds`);
systems.forEach(([name], i) => console.log(`${name.padEnd(20)} ${mean(i).toFixed(1)} µs/message  ${(peer / mean(i)).toFixed(2)} × naive peer`));
