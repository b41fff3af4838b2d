// The shape-read classes and the history/subject frames (tests/safety/shape-cases.ts) through the real engine.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import type { Engine } from '../../server/engine/types.ts';
import { loadCorpus } from '../eval/load.ts';
import { shapeNegatives, shapePositives } from './shape-cases.ts';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
}, 120_000);

const shown = (q: string): boolean => ['crisis', 'concern'].includes(engine.answer(q).reply.kind);

describe('risk read from a message shape', () => {
  it('shows resources for every positive', () => {
    const missed = Object.entries(shapePositives).flatMap(([kind, qs]) => qs.filter((q) => !shown(q)).map((q) => `[${kind}] ${q}`));
    expect(missed).toEqual([]);
  });

  it('shows none for history, idioms, passing denials and risk as a subject', () => {
    const wrong = Object.entries(shapeNegatives).flatMap(([kind, qs]) => qs.filter((q) => shown(q)).map((q) => `[${kind}] ${q}`));
    expect(wrong).toEqual([]);
  });
});
