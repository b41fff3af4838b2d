/** The crisis set's DEV halves (free to tune on), by name: what the cross-validation reads. */
import type { SafetyCase } from '../golden/crisis/types.ts';
import { dev } from '../golden/crisis/dev.ts';
import { dev2 } from '../golden/crisis/dev2.ts';
import { dev3 } from '../golden/crisis/dev3.ts';
import { dev4 } from '../golden/crisis/dev4.ts';

export const DEV_HALVES: ReadonlyArray<readonly [string, readonly SafetyCase[]]> = [
  ['dev', dev],
  ['dev2', dev2],
  ['dev3', dev3],
  ['dev4', dev4],
];
