/**
 * Runs the golden set through one system (faqchat's engine or the naive peer) and scores it per
 * category. Pure apart from calling the system, which is itself pure and synchronous.
 */
import type { Engine } from '../../server/engine/types.ts';
import type { GoldenCase, GoldenDialogue } from '../golden/types.ts';
import {
  answerLengths,
  crisisFalsePositives,
  median,
  scoreCase,
  tally,
  type CaseResult,
  type Outcome,
  type Tally,
} from './metrics.ts';

/** Anything that answers a message, optionally carrying an opaque context from its previous reply. */
export interface EvalSystem {
  name: string;
  respond(message: string, context?: string): { outcome: Outcome; context?: string };
}

/** The golden set, by category. */
export interface GoldenSet {
  inscope: GoldenCase[];
  outOfScopeInDomain: GoldenCase[];
  outOfScopeOffDomain: GoldenCase[];
  crisis: GoldenCase[];
  nonCrisis: GoldenCase[];
  referral: GoldenCase[];
  smalltalk: GoldenCase[];
  dialogues: GoldenDialogue[];
}

/** Category keys of single-message cases, in report order. */
export const SINGLE_CATEGORIES = [
  'inscope',
  'outOfScopeInDomain',
  'outOfScopeOffDomain',
  'crisis',
  'nonCrisis',
  'referral',
  'smalltalk',
] as const;
export type SingleCategory = (typeof SINGLE_CATEGORIES)[number];

export interface EvalReport {
  system: string;
  results: Record<SingleCategory | 'dialogues', CaseResult[]>;
  /** Every message whose expected kind is not crisis but got `crisis` (dialogue turns included). */
  falsePositives: CaseResult[];
  /** How many messages could have been a false positive. */
  nonCrisisTotal: number;
  /** Median characters of `answer` replies, over every message of the run. */
  answerLengthMedian: number;
  /** Mean milliseconds per message (informative only; never asserted). */
  msPerMessage: number;
}

/** Adapts faqchat's engine to the evaluation. */
export function engineSystem(engine: Engine, name = 'faqchat'): EvalSystem {
  return {
    name,
    respond(message, context) {
      const { reply, trace } = engine.answer(message, context);
      return {
        outcome: { kind: reply.kind, sectionId: trace.sectionId, text: reply.text, sources: reply.sources },
        context: reply.context,
      };
    },
  };
}

/**
 * Scores every golden case. Single cases each start a fresh conversation; dialogue turns carry
 * the context the previous reply returned.
 */
export function evaluate(system: EvalSystem, golden: GoldenSet): EvalReport {
  const started = performance.now();
  let messages = 0;
  const one = (c: GoldenCase, context?: string): { result: CaseResult; context?: string } => {
    messages += 1;
    const { outcome, context: next } = system.respond(c.q, context);
    return { result: { expected: c, got: outcome, verdict: scoreCase(c, outcome) }, context: next };
  };
  const results = {} as EvalReport['results'];
  for (const cat of SINGLE_CATEGORIES) results[cat] = golden[cat].map((c) => one(c).result);
  results.dialogues = [];
  for (const d of golden.dialogues) {
    let context: string | undefined;
    d.turns.forEach((turn, i) => {
      const step = one(turn, context);
      context = step.context;
      results.dialogues.push({ ...step.result, dialogue: { name: d.name, turn: i + 1 } });
    });
  }
  const all = Object.values(results).flat();
  return {
    system: system.name,
    results,
    falsePositives: crisisFalsePositives(all),
    nonCrisisTotal: all.filter((r) => r.expected.kind !== 'crisis').length,
    answerLengthMedian: median(answerLengths(all)),
    msPerMessage: messages === 0 ? 0 : (performance.now() - started) / messages,
  };
}

/** Tallies of the categories the floors and the table use. */
export interface Figures {
  inscope: Tally;
  outOfScope: Tally;
  outOfScopeInDomain: Tally;
  outOfScopeOffDomain: Tally;
  crisisRecall: Tally;
  /** passed = messages that were NOT wrongly flagged; total = all non-crisis messages. */
  crisisFalsePositives: { count: number; total: number };
  nonCrisis: Tally;
  smalltalk: Tally;
  referral: Tally;
  dialogueTurns: Tally;
  answerLengthMedian: number;
}

export function figures(report: EvalReport): Figures {
  const r = report.results;
  return {
    inscope: tally(r.inscope),
    outOfScope: tally([...r.outOfScopeInDomain, ...r.outOfScopeOffDomain]),
    outOfScopeInDomain: tally(r.outOfScopeInDomain),
    outOfScopeOffDomain: tally(r.outOfScopeOffDomain),
    crisisRecall: tally(r.crisis),
    crisisFalsePositives: { count: report.falsePositives.length, total: report.nonCrisisTotal },
    nonCrisis: tally(r.nonCrisis),
    smalltalk: tally(r.smalltalk),
    referral: tally(r.referral),
    dialogueTurns: tally(r.dialogues),
    answerLengthMedian: report.answerLengthMedian,
  };
}
