/** Word families whose stems differ, derived at build time from WordNet's derivational links. */
import { describe, expect, it } from 'vitest';
import { familyWords } from '../../knowledge/derivation.ts';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { buildLexicon, understand } from '../../server/engine/understand/query.ts';
import { textTerms } from '../../server/engine/understand/terms.ts';
import { corpusOf } from './helpers.ts';


const OPTS = { expansionWeight: 0.7, negatedWeight: 0.5, weakWeight: 0.4 };

describe('word families through WordNet derivations', () => {
  const texts = ['Treatment usually helps, and most people treat it at home.', 'Feeling guilty is common.', 'Guilt fades.', 'Talk to a therapist about therapy.'];
  const table = familyWords(corpusOf(texts));

  it('links two article words of one family across parts of speech, both ways', () => {
    expect(table.treat).toEqual(['treatment']);
    expect(table.treatment).toEqual(['treat']);
    expect(table.guilt).toEqual(['guilty']);
    expect(table.guilty).toEqual(['guilt']);
  });
  it('links no word the article does not use: it would stand for the article word alone', () => {
    expect(familyWords(corpusOf(['Feeling guilty is common.'])).guilt).toBeUndefined();
  });
  it('leaves out what the stemmer joins already, stop words and proper names', () => {
    expect(table.treatments).toBeUndefined();
    expect(Object.keys(table)).not.toContain('the');
    expect(Object.keys(table).every((w) => w === w.toLowerCase())).toBe(true);
  });
  it('never links a person to what the person does: a therapist is not therapy', () => {
    expect(table.therapy).toBeUndefined();
    expect(table.therapist).toBeUndefined();
    expect(familyWords(corpusOf(['Most students study at home.'])).student).toBeUndefined();
  });
  it('lets a visitor who writes one family word find the other, below the typed words', () => {
    const lex = buildLexicon(texts.map(textTerms), [], [], { phrases: {}, noise: [] }, { abbreviations: {}, realWords: [], family: table });
    const query = understand(analyze('how do you treat it'), lex, OPTS);
    expect(query.weights.get('treat')).toBe(1);
    expect(query.weights.get('treatment')).toBeGreaterThan(0);
    expect(query.weights.get('treatment')).toBeLessThan(1);
  });
});
