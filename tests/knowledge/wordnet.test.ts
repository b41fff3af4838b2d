/** Everyday words related to the article's own through WordNet, derived at build time. */
import { describe, expect, it } from 'vitest';
import { relatedWords } from '../../knowledge/wordnet.ts';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { buildLexicon, understand } from '../../server/engine/understand/query.ts';
import { textTerms } from '../../server/engine/understand/terms.ts';
import { corpusOf } from './helpers.ts';


const texts = ['Many adults feel angry after a loss.', 'Feeling angry is a normal part of grief.', 'Talk to a doctor if you are worried.'];
const table = relatedWords(corpusOf(texts));

describe('words related through WordNet', () => {
  it('maps an everyday word to the article word it shares its first meaning with', () => {
    expect(table.mad).toEqual(['angry']); // a satellite of the adjective the article uses
    expect(table.grownup).toEqual(['adult']);
  });
  it('also maps a one-word compound written as two words', () => {
    expect(table['grown up']).toEqual(['adult']);
    const lex = buildLexicon(texts.map(textTerms), [], [], { phrases: {}, noise: [] }, { abbreviations: {}, realWords: [], related: table });
    const query = understand(analyze('do grown ups feel angry too'), lex, { expansionWeight: 0.7, negatedWeight: 0.5, weakWeight: 0.4 });
    expect(query.weights.get('adult')).toBeGreaterThan(0);
  });
  it('never maps a word the article uses, a stop word or a rare word', () => {
    expect(table.angry).toBeUndefined();
    expect(table.adults).toBeUndefined();
    expect(Object.keys(table)).not.toContain('the');
    expect(Object.values(table).flat()).not.toContain('the');
  });
  it('keeps to the part of speech the article uses: light as in a lamp is not light as in weight', () => {
    expect(relatedWords(corpusOf(['The bag is light.'])).lightweight).toEqual(['light']);
    expect(relatedWords(corpusOf(['Morning light helps.'])).lightweight).toBeUndefined();
  });
  it('leaves out a word whose stem is another word, which the engine could not tell apart', () => {
    const better = relatedWords(corpusOf(['Most people see an improvement within weeks.']));
    expect(better.betterment).toBeUndefined(); // it would fire on "better"
  });
  it('leaves out a word used mostly as another part of speech: "car keys" is no "key" (important) point', () => {
    const important = relatedWords(corpusOf(['Sleep is an important part of recovery.']));
    expect(important.central).toEqual(['important']);
    expect(important.key).toBeUndefined();
  });
  it('lets a visitor who writes the everyday word find the article word, weighted below a typed one', () => {
    const lex = buildLexicon(texts.map(textTerms), [], [], { phrases: {}, noise: [] }, { abbreviations: {}, realWords: [], related: table });
    const query = understand(analyze('is it normal to be mad at the doctors'), lex, { expansionWeight: 0.7, negatedWeight: 0.5, weakWeight: 0.4 });
    expect(query.weights.get('angri')).toBeGreaterThan(0);
    expect(query.weights.get('angri')).toBeLessThan(query.weights.get('doctor')!);
    expect(query.content.find((c) => c.surface === 'mad')?.covered).toBe(true);
  });
});
