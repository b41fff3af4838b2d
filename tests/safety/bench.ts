/**
 * Cost of the safety gate (crisis + small talk + referral) beyond the one wink pass, per message.
 * Each message is analysed (untimed, a fresh Analysis as in the engine), then only the detectors
 * are timed, in the engine's order. Not part of `npm test`.
 *
 *   npx tsx tests/safety/bench.ts [rounds]
 *   npx tsx tests/safety/bench.ts 40 --baseline /path/to/other/server   # same-run comparison
 *
 * `--baseline DIR` loads safety.ts, referral.ts and smalltalk.ts from DIR as well (a copy of an
 * earlier version) and times both, alternating, so machine drift hits both alike.
 */
import { analyze } from '../../server/engine/understand/analyze.ts';
import * as referral from '../../server/engine/safety/referral.ts';
import * as safety from '../../server/engine/safety/gate.ts';
import * as smalltalk from '../../server/engine/safety/smalltalk.ts';
import * as golden from '../golden/index.ts';
import type { Analysis } from '../../server/engine/types.ts';
import { SITE } from '../setup/site.ts';

interface Detectors {
  name: string;
  crisis: (a: Analysis, recent?: string[]) => unknown;
  smalltalk: (a: Analysis) => unknown;
  referral: (a: Analysis) => unknown;
}

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 30);
const baselineDir = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : undefined;

const systems: Detectors[] = [
  { name: 'current', crisis: safety.detectCrisis, smalltalk: smalltalk.detectSmalltalk, referral: referral.createReferralDetector(SITE.domain) },
];
if (baselineDir) {
  const [s, st, r] = await Promise.all([
    import(`${baselineDir}/safety.ts`),
    import(`${baselineDir}/smalltalk.ts`),
    import(`${baselineDir}/referral.ts`),
  ]);
  systems.push({ name: 'baseline', crisis: s.detectCrisis, smalltalk: st.detectSmalltalk, referral: r.detectReferral });
}

const typical = golden.inscope.map((c) => c.q);
const all = [...golden.inscope, ...golden.outofscope, ...golden.crisis, ...golden.nonCrisis, ...golden.referral, ...golden.smalltalk].map((c) => c.q);

/** Mean µs per message of `fn` over `qs`, wink untimed; the timer's own cost is subtracted. */
function timed(qs: string[], fn: (a: Analysis, i: number) => void): number {
  let ns = 0;
  let empty = 0;
  for (let i = 0; i < qs.length; i++) {
    const a = analyze(qs[i]!);
    const t0 = process.hrtime.bigint();
    fn(a, i);
    const t1 = process.hrtime.bigint();
    const t2 = process.hrtime.bigint();
    ns += Number(t1 - t0);
    empty += Number(t2 - t1);
  }
  return Math.max(0, ns - empty) / qs.length / 1000;
}

const gate = (d: Detectors) => (a: Analysis) => {
  d.crisis(a);
  d.smalltalk(a);
  d.referral(a);
};
/** Each message with the three messages before it in the list as its look-back (texts repeat every
 * round, as a conversation's do turn after turn: a cache may serve them). */
const withRecent = (d: Detectors, qs: string[]) => (a: Analysis, i: number) => {
  d.crisis(a, [qs[(i + qs.length - 3) % qs.length]!, qs[(i + qs.length - 2) % qs.length]!, qs[(i + qs.length - 1) % qs.length]!]);
  d.smalltalk(a);
  d.referral(a);
};
/** Look-back texts never seen before (first read of each earlier message). */
let fresh = 0;
const withNewRecent = (d: Detectors, qs: string[]) => (a: Analysis, i: number) => {
  fresh++;
  d.crisis(a, [`${qs[(i + 7) % qs.length]} ${fresh}`, `${qs[(i + 13) % qs.length]} ${fresh}`, `${qs[(i + 29) % qs.length]} ${fresh}`]);
  d.smalltalk(a);
  d.referral(a);
};

const cases: Array<[string, (d: Detectors) => [string[], (a: Analysis, i: number) => void]]> = [
  ['typical question (in-scope): crisis + small talk + referral', (d) => [typical, gate(d)]],
  ['all golden messages: crisis + small talk + referral', (d) => [all, gate(d)]],
  ['typical + 3 earlier messages (look-back, repeating)', (d) => [typical, withRecent(d, typical)]],
  ['typical + 3 earlier messages never seen before', (d) => [typical, withNewRecent(d, all)]],
];

const wink = (() => {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < 5; r++) for (const q of typical) analyze(q);
  return Number(process.hrtime.bigint() - t0) / 5 / typical.length / 1000;
})();

// Warm-up (JIT, lazily derived prefilters) on the repeating cases, untimed.
for (let r = 0; r < 8; r++) for (const d of systems) for (const [, make] of cases.slice(0, 3)) timed(...make(d));

const totals = new Map<string, number>();
// Case by case (the never-seen look-back last: it would flood a look-back cache the repeating case
// relies on), systems alternating within each round.
for (const [label, make] of cases) {
  for (let r = 0; r < rounds + 3; r++) {
    const order = r % 2 === 0 ? systems : [...systems].reverse();
    for (const d of order) {
      const [qs, fn] = make(d);
      const us = timed(qs, fn);
      if (r >= 3) totals.set(`${label}|${d.name}`, (totals.get(`${label}|${d.name}`) ?? 0) + us); // 3 more warm-up rounds
    }
  }
}

console.log(`safety gate, µs per message (${rounds} rounds; wink analyze of a typical question ≈ ${wink.toFixed(0)} µs, untimed)`);
const header = ['case'.padEnd(62), ...systems.map((s) => s.name.padStart(9))];
if (baselineDir) header.push('speed-up'.padStart(9));
console.log(header.join(' '));
for (const [label] of cases) {
  const vals = systems.map((s) => totals.get(`${label}|${s.name}`)! / rounds);
  const row = [label.padEnd(62), ...vals.map((v) => v.toFixed(2).padStart(9))];
  if (baselineDir) row.push(`${(vals[1]! / vals[0]!).toFixed(1)}×`.padStart(9));
  console.log(row.join(' '));
}
