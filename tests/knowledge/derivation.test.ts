/** Word families whose stems differ, derived at build time from WordNet's derivational links. */
import { describe, expect, it } from 'vitest';
import { familyWords } from '../../knowledge/derivation.ts';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { buildLexicon, understand } from '../../server/engine/understand/query.ts';
import { textTerms } from '../../server/engine/understand/terms.ts';
import type { Corpus } from '../../server/engine/types.ts';

/** A one-section corpus of these sentences. */
function corpusOf(texts: string[]): Corpus {
  return {
    version: 'test',
    docs: [],
    sections: [{ id: 'a', docId: 'd', title: 'About', level: 2, parentId: null, url: '#a', paragraphs: [texts.map((_, i) => i)], isFaq: false }],
    sentences: texts.map((text, id) => ({ id, sectionId: 'a', paragraph: 0, text })),
    faqs: [],
  };
}

const OPTS = { expansionWeight: 0.7, negatedWeight: 0.5, weakWeight: 0.4 };

describe('word families through WordNet derivations', () => {
  const texts = ['Treatment usually helps.', 'Feeling guilty is common after a death.', 'Talk to a therapist.'];
  const table = familyWords(corpusOf(texts));

  it('maps a word of another part of speech to the article word it derives from or to', () => {
    expect(table.treat).toEqual(['treatment']);
    expect(table.guilt).toEqual(['guilty']);
    expect(table.die).toEqual(['death']);
  });
  it('leaves out what the stemmer joins already, stop words and proper names', () => {
    expect(table.treatments).toBeUndefined();
    expect(Object.keys(table)).not.toContain('the');
    expect(Object.keys(table).every((w) => w === w.toLowerCase())).toBe(true);
  });
  it('never links a person to what the person does: a therapist is not therapy', () => {
    expect(table.therapy).toBeUndefined();
    expect(familyWords(corpusOf(['Most people study at home.'])).student).toBeUndefined();
  });
  it('links two words the article both uses, both ways', () => {
    const both = familyWords(corpusOf(['Treatment usually helps.', 'You can treat it at home.']));
    expect(both.treat).toEqual(['treatment']);
    expect(both.treatment).toEqual(['treat']);
  });
  it('lets a visitor who writes the family word find the article word, below the typed words', () => {
    const lex = buildLexicon(texts.map(textTerms), [], [], { phrases: {}, noise: [] }, { abbreviations: {}, realWords: [], family: table });
    const query = understand(analyze('can you die from guilt'), lex, OPTS);
    expect(query.weights.get('death')).toBeGreaterThan(0);
    expect(query.weights.get('guilti')).toBeGreaterThan(0);
    expect(query.content.find((c) => c.surface === 'guilt')?.covered).toBe(true);
  });
  it('keeps a known word its own weight and adds its family member', () => {
    const both = ['Treatment usually helps.', 'You can treat it at home.'];
    const lex = buildLexicon(both.map(textTerms), [], [], { phrases: {}, noise: [] }, { abbreviations: {}, realWords: [], family: familyWords(corpusOf(both)) });
    const query = understand(analyze('how do you treat it'), lex, OPTS);
    expect(query.weights.get('treat')).toBe(1);
    expect(query.weights.get('treatment')).toBeGreaterThan(0);
    expect(query.weights.get('treatment')).toBeLessThan(1);
  });
});
