import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { termOf, termsOf, textTerms } from '../../server/engine/understand/terms.ts';

describe('terms: one processing at build and query time', () => {
  it('gives the same terms for a sentence at build time and the same words typed as a question', () => {
    const sentence = 'Ketamine’s antidepressant effects can last days to weeks.';
    const typed = "KETAMINE'S antidepressant effects can last days to weeks";
    expect(textTerms(sentence)).toEqual(termsOf(analyze(typed)));
  });

  it('lemmatises and stems so inflections meet', () => {
    // "infusions" in the article, "infusion" in a question; "depressed" vs "depression"
    expect(textTerms('infusions')).toEqual(textTerms('infusion'));
    expect(termOf('depressed')).toBe(termOf('depression'));
  });

  it('drops stop words but keeps the ones that carry a treatment question', () => {
    const terms = textTerms('How long does it last and what are the side effects?');
    expect(terms).toContain('last'); // wink lists "last" as a stop word
    expect(terms).toContain('side');
    expect(terms).not.toContain('it');
    expect(terms).not.toContain('what');
  });

  it('keeps numbers and the stop word inside a hyphenated compound', () => {
    expect(textTerms('0.5 to 2 mg/kg')).toEqual(['0.5', '2', 'mg', 'kg']);
    expect(textTerms('an off-label treatment')).toContain('off');
  });
});
