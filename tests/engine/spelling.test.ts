import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../server/engine/understand/query.ts';
import { completion, correct, editDistance, skeleton, soundsLike } from '../../server/engine/understand/spelling.ts';
import { soundKeys } from '../../server/engine/understand/sound.ts';

const words = ['symptoms', 'quick', 'light', 'therapy', 'most', 'night'];
const lex = (real: string[]) => buildLexicon([], [], words, { phrases: {}, noise: [] }, { abbreviations: {}, realWords: real });

describe('spelling', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('thearpy', 'therapy', 2)).toBe(1);
    expect(editDistance('ligth', 'light', 2)).toBe(1);
  });
  it('corrects a misspelling to the article word, swaps included', () => {
    expect(correct('symtoms', lex([]))).toBe('symptoms');
    expect(correct('thearpy', lex([]))).toBe('therapy');
  });
  it('between two article words as near in spelling, takes the one that sounds like it', () => {
    for (const order of [['weeks', 'works'], ['works', 'weeks']]) {
      const l = buildLexicon([], [], order, { phrases: {}, noise: [] }, { abbreviations: {}, realWords: [] });
      expect(correct('werks', l)).toBe('works');
    }
  });
  it('never corrects a real English word into an article word', () => {
    expect(correct('mist', lex(['mist']))).toBeNull();
    expect(correct('mist', lex(['post']))).toBe('most');
  });
  it('reads an ending spelt as it sounds', () => {
    const l = buildLexicon([], [], ['depression', 'medication'], { phrases: {}, noise: [] }, { abbreviations: {}, realWords: ['shun'] });
    expect(soundsLike('depreshun', l)).toBe('depression');
    expect(soundsLike('medicashun', l)).toBe('medication');
  });
  it('reaches phonetic spellings by their sound key', () => {
    expect(soundsLike('qwik', lex(['quack']))).toBe('quick');
    expect(soundsLike('quack', lex(['quack']))).toBeNull();
  });
  it('hears "sh" as "s", and a long word spelt by ear further off', () => {
    const l = buildLexicon([], [], ['specialist', 'occupational', 'psychosis'], { phrases: {}, noise: [] }, { abbreviations: {}, realWords: ['x'] });
    expect(soundKeys('speshulist')).toEqual(soundKeys('specialist'));
    expect(soundsLike('speshulist', l)).toBe('specialist');
    expect(soundsLike('ockupayshunal', l)).toBe('occupational');
    // By the other key: "psychosis" is also said with a k.
    expect(soundsLike('sycosis', l)).toBe('psychosis');
  });
});

describe('clipped words', () => {
  const lexicon = buildLexicon([], [], ['vitamin', 'vitamins', 'symptoms', 'sympathy'], { phrases: {}, noise: [] }, { abbreviations: {}, realWords: ['vat'] });
  it('completes a clipped word to the one corpus word it starts', () => {
    expect(completion('vit', lexicon)).toBe('vitamin');
  });
  it('completes a clipped plural as its singular', () => {
    expect(completion('vits', lexicon)).toBe('vitamin');
    expect(completion('symps', lexicon)).toBeNull();
  });
  it('leaves it when two different words start so, or it is a real word', () => {
    expect(completion('symp', lexicon)).toBeNull();
    expect(completion('vat', lexicon)).toBeNull();
  });
});

describe('vowel-less shorthand', () => {
  const lexicon = buildLexicon([], [], ['work', 'works', 'sleep'], { phrases: {}, noise: [] }, { abbreviations: {}, realWords: ['wok'] });
  it('reads consonants as the word they spell', () => {
    expect(skeleton('wrk', lexicon)).toBe('work');
    expect(skeleton('slp', lexicon)).toBe('sleep');
    expect(skeleton('wok', lexicon)).toBeNull();
  });
});
