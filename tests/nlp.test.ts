import { describe, expect, it } from 'vitest';
import { analyze } from '../server/engine/understand/analyze.ts';
import { its, lemma, nlp } from '../server/engine/understand/nlp.ts';

describe('nlp', () => {
  it('splits sentences and lemmatises', () => {
    const doc = nlp.readDoc('How long does ketamine last? It lasts days to weeks.');
    expect(doc.sentences().out()).toHaveLength(2);
    expect(doc.tokens().out(lemma)).toContain('week');
  });
  it('marks the tokens after a negation', () => {
    const doc = nlp.readDoc("I don't want to live");
    const flags = doc.tokens().out(its.negationFlag);
    expect(flags.at(-1)).toBe(true);
  });
  it('gives every token a lemma, also where wink has none ("cannot." at the end of a sentence)', () => {
    const a = analyze('Many feel guilty when they cannot.');
    expect(a.lemmas).toHaveLength(a.tokens.length);
    expect(a.lemmas.every((l) => typeof l === 'string')).toBe(true);
    expect(a.lemmas).toContain('cannot');
  });
});
