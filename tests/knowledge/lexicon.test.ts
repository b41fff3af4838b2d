/** Vocabulary derived from the article at build time: abbreviations it defines, real words near its own. */
import { describe, expect, it } from 'vitest';
import { abbreviations, compounds, realNeighbours } from '../../knowledge/lexicon.ts';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { buildLexicon, understand } from '../../server/engine/understand/query.ts';
import { textTerms } from '../../server/engine/understand/terms.ts';

describe('abbreviations an article defines', () => {
  it('finds the long form before or after the abbreviation, with linking words between', () => {
    expect(
      abbreviations([
        'Seasonal affective disorder, often shortened to SAD, follows the seasons.',
        'Antidepressants like SSRIs (selective serotonin reuptake inhibitors) are common.',
        'The first choice is cognitive behavioral therapy for insomnia (CBT-I).',
      ]),
    ).toEqual({ sad: 'Seasonal affective disorder', ssris: 'selective serotonin reuptake inhibitors', 'cbt-i': 'cognitive behavioral therapy for insomnia' });
  });
  it('ignores capitals whose letters no neighbouring words spell', () => {
    expect(abbreviations(['Call the NHS line if you feel unsafe.'])).toEqual({});
  });
});

describe('real words near the article', () => {
  const near = new Set(realNeighbours(new Set(['symptoms', 'most', 'light', 'winter'])));
  it('lists real English words one edit away or sounding alike, not the article words', () => {
    expect(near.has('cost')).toBe(true); // one edit from "most": never bent into it
    expect(near.has('post')).toBe(true);
    expect(near.has('banana')).toBe(false);
    expect(near.has('lights')).toBe(true);
    expect(near.has('winter')).toBe(false);
  });
  it('leaves misspellings out, so they can be corrected', () => {
    expect(near.has('symtoms')).toBe(false);
    expect(near.has('wintr')).toBe(false);
  });
});

describe('compounds the article hyphenates', () => {
  const texts = ['Night-time worry keeps you awake.', 'Self-help comes first; sleep is a long-term fix.'];
  it('are keyed by their joined-up spelling', () => {
    expect(compounds(texts)).toEqual({ nighttime: 'night-time', selfhelp: 'self-help', longterm: 'long-term' });
    expect(compounds(texts, new Set(['nighttime']))).toEqual({ selfhelp: 'self-help', longterm: 'long-term' });
  });
  it('let a visitor who writes one joined up find the article\'s parts', () => {
    const lex = buildLexicon(texts.map(textTerms), [], [], { phrases: {}, noise: [] }, { abbreviations: {}, realWords: [], compounds: compounds(texts) });
    const query = understand(analyze('nighttime worry'), lex, { expansionWeight: 0.7, negatedWeight: 0.5, weakWeight: 0.4 });
    expect([...query.weights.keys()]).toEqual(expect.arrayContaining(['night', 'time', 'worri']));
    expect(query.content.every((c) => c.covered)).toBe(true);
  });
});
