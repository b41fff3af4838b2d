import { describe, expect, it } from 'vitest';
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
});
