// The edit distance reuses its rows between calls (spelling guesses compare one word with many):
// whatever the order and lengths of the calls, it must agree with the plain textbook table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../server/engine/understand/spelling.ts';

/** Optimal string alignment distance, full table, no early exit. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e'), maxLength: 60 });

describe('editDistance', () => {
  it('agrees with the full table up to its limit, then says "more than the limit"', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 8 }), (calls) => {
        for (const [a, b, max] of calls) {
          const want = reference(a, b);
          const got = editDistance(a, b, max);
          if (want <= max) expect(got).toBe(want);
          else expect(got).toBeGreaterThan(max);
        }
      }),
      { numRuns: 300 },
    );
  });
});
