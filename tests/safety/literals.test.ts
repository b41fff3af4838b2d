/**
 * LiteralSearch (server/engine/safety/literals.ts) finds exactly the literals a text contains,
 * overlapping and nested ones included, as `String.prototype.includes` would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralSearch } from '../../server/engine/safety/literals.ts';

function found(search: LiteralSearch, text: string): number[] {
  const n = search.find(text);
  return [...search.found.subarray(0, n)].sort((a, b) => a - b);
}

describe('LiteralSearch', () => {
  it('finds nested, overlapping and repeated literals once each', () => {
    const lits = [' i', ' i want', 'want to', 'to die', 'o', ' want', 'die ', 'x'];
    const search = new LiteralSearch(lits);
    expect(found(search, ' i want to die ').map((i) => lits[i])).toEqual([' i', ' i want', 'want to', 'to die', 'o', ' want', 'die ']);
    expect(found(search, ' hello ')).toEqual([4]);
    expect(found(search, '')).toEqual([]);
  });
  it('agrees with includes on random literals and texts (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', 'é', '😂', 'ab', 'ba ');
    const str = (min: number, max: number) => fc.array(alphabet, { minLength: min, maxLength: max }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(str(1, 5), { minLength: 1, maxLength: 30 }), fc.array(str(0, 12), { minLength: 1, maxLength: 5 }), (lits, texts) => {
        const search = new LiteralSearch(lits);
        for (const text of texts) {
          const expected = lits.flatMap((l, i) => (text.includes(l) ? [i] : []));
          expect(found(search, text), JSON.stringify({ lits, text })).toEqual(expected);
        }
      }),
      { numRuns: 1500, seed: 11 },
    );
  });
  it('refuses an empty literal', () => {
    expect(() => new LiteralSearch(['a', ''])).toThrow(/faqchat/);
  });
});
