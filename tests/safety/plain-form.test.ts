import { describe, expect, it } from 'vitest';
import { plainText, plainWords } from '../../server/engine/safety/phrases.ts';
import { createFuzzy, FUZZY_KEYS } from '../../server/engine/safety/fuzzy.ts';

/** The plain form's definition, as whole-string replaces. */
const byReplace = (s: string): string => ` ${s.replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim()} `;

describe('plain form', () => {
  const samples = [
    '', ' ', "'", "don't", "  I can't go on!! ", 'a -- b', "x'y z", '...hi...', 'tabs\tand\nlines', 'Ünïcode wörds', '😂 lol 😂',
    "it's 3am'", 'k*ll m3', 'ABC def', '\u00a0nbsp\u2028sep', "''a''", 'a  b   c',
  ];
  it('is one space per run of other characters, apostrophes dropped, spaces around', () => {
    for (const s of samples) expect(plainWords(s)).toBe(byReplace(s));
  });
  it('reads ASCII text in lower case', () => {
    for (const s of samples.filter((x) => /^[\x00-\x7f]*$/.test(x))) expect(plainText(s)).toBe(byReplace(s.toLowerCase()));
    expect(plainText("I Can't Go On")).toBe(' i cant go on ');
  });
});

describe('one-typo matcher', () => {
  const fuzzy = createFuzzy(FUZZY_KEYS);
  it('repairs a dropped, added, changed or swapped letter of a key', () => {
    expect(fuzzy('sucide')).toBe('suicide');
    expect(fuzzy('suiccide')).toBe('suicide');
    expect(fuzzy('suicude')).toBe('suicide');
    expect(fuzzy('suicdie')).toBe('suicide');
    expect(fuzzy('ssuicide')).toBe('suicide');
  });
  it('leaves keys, other shapes and words with other characters alone', () => {
    for (const w of ['suicide', 'what', 'does', 'ketamine', 'su1cide', 'Sucide', 'uicide', '']) expect(fuzzy(w)).toBeUndefined();
  });
});
