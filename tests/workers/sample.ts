/**
 * A fixed sample of the golden set for the edge tests: every category, spread over each list (every
 * n-th case, so it follows the golden files as they grow), plus whole dialogues, whose follow-ups
 * only work when the `context` survives the round trip through the worker.
 */
import { crisis, dialogues, inscope, nonCrisis, outOfScopeInDomain, outOfScopeOffDomain, referral, smalltalk } from '../golden/index.ts';

/** One conversation: single questions are conversations of one turn. */
export interface SampleConversation {
  name: string;
  turns: Array<{ q: string; kind: string }>;
}

/** What the Node engine answered for each turn. */
export interface NodeConversation {
  name: string;
  /** `expected` is the golden kind; the rest is what the Node engine answered. */
  turns: Array<{ q: string; expected: string; kind: string; text: string; sources: string[] }>;
}

function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  const step = list.length / count;
  return Array.from({ length: count }, (_, i) => list[Math.floor(i * step)]!);
}

/** About 50 messages: enough to cover every reply kind and both ends of each list, fast in workerd. */
export function goldenSample(): SampleConversation[] {
  const singles: Array<[string, readonly { q: string; kind: string }[], number]> = [
    ['in-scope', inscope, 16],
    ['out-of-scope (in domain)', outOfScopeInDomain, 5],
    ['out-of-scope (off domain)', outOfScopeOffDomain, 4],
    ['crisis', crisis, 5],
    ['non-crisis', nonCrisis, 5],
    ['referral', referral, 4],
    ['small talk', smalltalk, 3],
  ];
  const out: SampleConversation[] = [];
  for (const [category, list, count] of singles) {
    for (const c of spread(list, count)) out.push({ name: `${category}: ${c.q}`, turns: [{ q: c.q, kind: c.kind }] });
  }
  for (const d of spread(dialogues, 3)) out.push({ name: `dialogue: ${d.name}`, turns: d.turns.map((t) => ({ q: t.q, kind: t.kind })) });
  return out;
}
