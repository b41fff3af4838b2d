/**
 * The bench workload: every question of the golden set, all categories, in one flat list. Dialogue
 * turns after the first carry the context the engine returned for the turn before, so follow-ups
 * are timed as the widget sends them (the naive peer ignores context).
 */
import * as golden from '../golden/index.ts';
import type { Engine } from '../../server/engine/types.ts';

export interface BenchQuestion {
  category: string;
  q: string;
  context?: string;
}

/** Single-message cases by category (dialogues come from `benchQuestions`). */
export function singleQuestions(): BenchQuestion[] {
  const groups: Array<[string, Array<{ q: string }>]> = [
    ['in-scope', golden.inscope],
    ['out-of-scope', golden.outofscope],
    ['crisis', golden.crisis],
    ['non-crisis', golden.nonCrisis],
    ['referral', golden.referral],
    ['smalltalk', golden.smalltalk],
  ];
  return groups.flatMap(([category, cases]) => cases.map((c) => ({ category, q: c.q })));
}

/** All golden questions; dialogue turns get their context by running `engine` once, untimed. */
export function benchQuestions(engine: Engine): BenchQuestion[] {
  const list = singleQuestions();
  for (const d of golden.dialogues) {
    let context: string | undefined;
    for (const turn of d.turns) {
      list.push(context === undefined ? { category: 'dialogue', q: turn.q } : { category: 'dialogue', q: turn.q, context });
      context = engine.answer(turn.q, context).reply.context;
    }
  }
  return list;
}

/** The messages the HTTP bench rotates through: every golden message, without context. */
export function httpMessages(): string[] {
  return [...singleQuestions().map((c) => c.q), ...golden.dialogues.flatMap((d) => d.turns.map((t) => t.q))];
}
