/**
 * The sets the safety cross-validation leaves out one at a time: the crisis set's DEV halves (free
 * to tune on), and the author's own phrasings (tests/safety/own-cases.ts, shape-cases.ts) as one
 * more set. Blind test halves are never among them.
 */
import type { SafetyCase } from '../golden/crisis/types.ts';
import { dev } from '../golden/crisis/dev.ts';
import { dev2 } from '../golden/crisis/dev2.ts';
import { dev3 } from '../golden/crisis/dev3.ts';
import { dev4 } from '../golden/crisis/dev4.ts';
import { dev5 } from '../golden/crisis/dev5.ts';
import { dev6 } from '../golden/crisis/dev6.ts';
import { dev7 } from '../golden/crisis/dev7.ts';
import { dev8 } from '../golden/crisis/dev8.ts';
import { dev9 } from '../golden/crisis/dev9.ts';
import { dev10 } from '../golden/crisis/dev10.ts';
import { dev11 } from '../golden/crisis/dev11.ts';
import { dev12 } from '../golden/crisis/dev12.ts';
import { dev13 } from '../golden/crisis/dev13.ts';
import { ownNegatives, ownPositives, ownRounds } from '../safety/own-cases.ts';
import { shapeNegatives, shapePositives } from '../safety/shape-cases.ts';

const cases = (byKind: Record<string, string[]>, expect: SafetyCase['expect']): SafetyCase[] =>
  Object.entries(byKind).flatMap(([kind, qs]) => qs.map((q) => ({ turns: [q], expect, level: kind, why: 'author phrasing' }) as unknown as SafetyCase));

/** The author's phrasings as one set: positives must show resources, negatives must not. */
const author: SafetyCase[] = [
  ...cases(ownPositives, 'crisis'),
  ...cases(shapePositives, 'crisis'),
  ...ownRounds.flatMap((r) => r.positives.map((turns) => ({ turns, expect: 'crisis', level: 'round', why: 'author phrasing' }) as unknown as SafetyCase)),
  ...cases(ownNegatives, 'none'),
  ...cases(shapeNegatives, 'none'),
  ...ownRounds.flatMap((r) => r.negatives.map((turns) => ({ turns, expect: 'none', level: 'round-negative', why: 'author phrasing' }) as unknown as SafetyCase)),
];

export const DEV_HALVES: ReadonlyArray<readonly [string, readonly SafetyCase[]]> = [
  ['dev', dev],
  ['dev2', dev2],
  ['dev3', dev3],
  ['dev4', dev4],
  ['dev5', dev5],
  ['dev6', dev6],
  ['dev7', dev7],
  ['dev8', dev8],
  ['dev9', dev9],
  ['dev10', dev10],
  ['dev11', dev11],
  ['dev12', dev12],
  ['dev13', dev13],
  ['author', author],
];
