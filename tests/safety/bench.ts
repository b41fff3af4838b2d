/**
 * Cost of the safety gate, referral and small-talk detectors beyond the one wink pass.
 * Run: npx tsx tests/safety/bench.ts
 */
import { analyze } from '../../server/analyze.ts';
import { detectReferral } from '../../server/referral.ts';
import { detectCrisis } from '../../server/safety.ts';
import { detectSmalltalk } from '../../server/smalltalk.ts';
import { crisis, nonCrisis, referral, smalltalk } from '../golden/safety.ts';

const messages = [...crisis, ...nonCrisis, ...referral, ...smalltalk].map((c) => c.q);
const ROUNDS = 20;
const pre = new Map(messages.map((m) => [m, analyze(m)] as const));

function time(label: string, fn: () => void, n: number): void {
  fn(); // warm-up
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < ROUNDS; r++) fn();
  const us = Number(process.hrtime.bigint() - t0) / 1e3 / (ROUNDS * n);
  console.log(`${label.padEnd(44)} ${us.toFixed(1)} µs/message`);
}

time('wink analyze (for scale)', () => messages.forEach((m) => analyze(m)), messages.length);
// Fresh Analysis objects each round so the per-Analysis view cache does not hide the view cost.
time('detectCrisis (view + all rules)', () => messages.forEach((m) => detectCrisis(structuredClone(pre.get(m)!))), messages.length);
time('clone only (subtract from the line above)', () => messages.forEach((m) => structuredClone(pre.get(m)!)), messages.length);
time('detectCrisis, 3 recent messages', () => messages.forEach((m) => detectCrisis(structuredClone(pre.get(m)!), ['hi', 'what is ketamine', 'i feel low'])), messages.length);
const shared = messages.map((m) => pre.get(m)!);
time('referral + small talk (view cached)', () => shared.forEach((a) => { detectReferral(a); detectSmalltalk(a); }), messages.length);


