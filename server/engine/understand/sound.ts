/**
 * How a word sounds, for phonetic spelling ("speshulist", "ockupayshunal", "sycosis"): its Double
 * Metaphone keys, both of them, made looser the way people spell by ear: "sh" and "s" are one sound
 * (the key's X is S) and a sound written twice is one. The engine's guesses (spelling.ts) and the
 * build's list of real words it must never bend (knowledge/lexicon.ts) read the same keys.
 */
import { doubleMetaphone } from 'double-metaphone';

const loose = (key: string): string => key.replace(/X/g, 'S').replace(/(.)\1+/g, '$1');

/**
 * A word's sound keys (one or two).
 *
 * @example soundKeys('speshulist') // ['SPSLST'], as for 'specialist'
 */
export function soundKeys(word: string): string[] {
  const [primary, secondary] = doubleMetaphone(word);
  const a = loose(primary);
  const b = loose(secondary);
  return a === b ? [a] : [a, b];
}

/** How many edits a sound-alike may be from the word: a long word spelt by ear drifts further
 * ("ockupayshunal" is five edits from "occupational", its sound the same). */
export function soundReach(length: number): number {
  return Math.max(2, Math.round(length * 0.4));
}
