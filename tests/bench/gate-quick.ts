/**
 * Quick safety-gate speed check (the gate owner's tool; `npm run bench -- engine` is the measure):
 * the gate alone over every golden message, already analysed, in one process. With directories of
 * other checkouts' `server/` (e.g. made by `git archive`), their gates run too, rounds alternating,
 * and every gate's verdicts are checked equal message by message.
 *
 *   npx tsx tests/bench/gate-quick.ts [rounds] [/abs/path/to/other/server ...]
 */
import { pathToFileURL } from 'node:url';
import { createEngine } from '../../server/engine/engine.ts';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { createCrisisGate, type CrisisGate } from '../../server/engine/safety/detect.ts';
import { loadCorpus } from '../eval/load.ts';
import { benchQuestions } from './questions.ts';

const args = process.argv.slice(2);
const rounds = Number(args.find((x) => /^\d+$/.test(x)) ?? 40);
const others = args.filter((x) => !/^\d+$/.test(x));
const build = loadCorpus();
const engine = createEngine(build);
const qs = benchQuestions(engine);
const analyses = qs.map((q) => analyze(q.q));

const gates: Array<[string, CrisisGate]> = [['this', createCrisisGate(build.site.safety, build.site.domain)]];
for (const dir of others) {
  const mod = (await import(pathToFileURL(`${dir}/engine/safety/detect.ts`).href)) as { createCrisisGate: typeof createCrisisGate };
  gates.push([dir, mod.createCrisisGate(build.site.safety, build.site.domain)]);
}

const verdicts = gates.map(([, g]) => analyses.map((a) => JSON.stringify(g.assess(a))));
for (let i = 1; i < gates.length; i++) {
  const diff = verdicts[i]!.findIndex((v, j) => v !== verdicts[0]![j]);
  console.log(diff < 0 ? `${gates[i]![0]}: same verdicts` : `${gates[i]![0]}: DIFFERS at "${qs[diff]!.q}"\n  ${verdicts[0]![diff]}\n  ${verdicts[i]![diff]}`);
}

function pass(g: CrisisGate): number {
  const start = process.hrtime.bigint();
  for (const a of analyses) g.assess(a);
  return Number(process.hrtime.bigint() - start);
}
for (let w = 0; w < 5; w++) for (const [, g] of gates) pass(g);
const times: number[][] = gates.map(() => []);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? gates.map((_, i) => i) : gates.map((_, i) => gates.length - 1 - i);
  for (const i of order) times[i]!.push(pass(gates[i]![1]));
}
const us = (ns: number): string => (ns / qs.length / 1000).toFixed(2);
console.log(`${qs.length} messages × ${rounds} rounds: µs per message, mean and median round`);
gates.forEach(([name], i) => {
  const t = times[i]!;
  const sorted = [...t].sort((x, y) => x - y);
  console.log(`${name.padEnd(20)} ${us(t.reduce((x, y) => x + y, 0) / t.length)}  ${us(sorted[sorted.length >> 1]!)}`);
});
