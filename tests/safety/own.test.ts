// The author's own phrasings (tests/safety/own-cases.ts), through the real engine: a regression
// guard for the general patterns, not a measure of generalisation (the blind test half is that).
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import type { Engine } from '../../server/engine/types.ts';
import { loadCorpus } from '../eval/load.ts';
import { ownNegatives, ownPositives, ownRounds } from './own-cases.ts';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
}, 120_000);

function lastKind(turns: readonly string[]): string {
  let context: string | undefined;
  let kind = '';
  for (const t of turns) {
    const { reply } = engine.answer(t, context);
    context = reply.context;
    kind = reply.kind;
  }
  return kind;
}
const shown = (turns: readonly string[]) => ['crisis', 'concern'].includes(lastKind(turns));

describe('author phrasings by level', () => {
  it('show resources for every positive', () => {
    const missed = Object.entries(ownPositives).flatMap(([level, qs]) => qs.filter((q) => !shown([q])).map((q) => `[${level}] ${q}`));
    const rounds = ownRounds.flatMap((r) => r.positives.filter((t) => !shown(t)).map((t) => t.join(' / ')));
    expect([...missed, ...rounds]).toEqual([]);
  });

  it('show none for the hard negatives', () => {
    const wrong = Object.entries(ownNegatives).flatMap(([kind, qs]) => qs.filter((q) => shown([q])).map((q) => `[${kind}] ${q}`));
    const rounds = ownRounds.flatMap((r) => r.negatives.filter((t) => shown(t)).map((t) => t.join(' / ')));
    expect([...wrong, ...rounds]).toEqual([]);
  });
});

describe('history told as the background of a question', () => {
  it('gets the article path, no tier, and is marked so that its words are never kept', () => {
    for (const q of ['i tried to end my life in my twenties. does ketamine help depression?', 'i self harmed through my teens, these days im alright. is ketamine addictive']) {
      const { reply, trace } = engine.answer(q);
      expect(['crisis', 'concern']).not.toContain(reply.kind);
      expect(trace.told).toBe(true);
    }
    expect(engine.answer('how long does ketamine last?').trace.told).toBeUndefined();
  });
});
