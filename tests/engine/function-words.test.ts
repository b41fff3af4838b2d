import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS, functionWordOf } from '../../server/engine/understand/function-words.ts';
import { realNeighbours } from '../../knowledge/lexicon.ts';

describe('misspelt function words', () => {
  it.each([
    ['evryone', 'everyone'],
    ['shoud', 'should'],
    ['becuase', 'because'],
    ['reely', 'really'],
    ['somthing', 'something'],
  ])('%s reads as %s', (typed, meant) => {
    expect(functionWordOf(typed)).toBe(meant);
  });

  it('leaves content words and short words alone', () => {
    for (const w of ['anxiety', 'therapy', 'sleep', 'teh']) expect(functionWordOf(w)).toBeNull();
  });

  it('the build lists the real words near them, which the engine never respells ("theme" is not "them")', () => {
    const real = new Set(realNeighbours(new Set(FUNCTION_WORDS)));
    for (const w of ['theme', 'tough', 'thought', 'dose', 'haven']) expect(real.has(w), w).toBe(true);
    for (const w of ['evryone', 'shoud', 'becuase']) expect(real.has(w), w).toBe(false);
  });
});
