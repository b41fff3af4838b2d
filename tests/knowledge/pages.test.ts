import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { dehyphenate, uncolumn, unpage } from '../../knowledge/pages.ts';
import { plainMarks, textToBlocks } from '../../knowledge/plaintext.ts';
import { entry } from './helpers.ts';

describe('text copied from a paged document', () => {
  const page = (n: number) => `\n\nLeaflet Title ${n}\n\nPublisher Name\n\n`;

  it('drops a running header and footer that come back with only the page number changing', () => {
    const text = `Intro line one.${page(1)}Second page text.${page(2)}Third page text.${page(3)}End.`;
    expect(unpage(text)).toBe('Intro line one.\n\nSecond page text.\n\nThird page text.\n\nEnd.');
  });

  it('joins a sentence a page break cut, and the word a hyphen cut across it', () => {
    const text = `A provider may refer you to a mental health profes-${page(1)}sional. A diagnosis follows.${page(2)}More text.${page(3)}`;
    expect(unpage(text)).toBe('A provider may refer you to a mental health professional.\nA diagnosis follows.\n\nMore text.');
  });

  it('keeps a paragraph break after a finished sentence or a heading', () => {
    const text = `What is it?${page(1)}It is a condition.${page(2)}Body.${page(3)}`;
    expect(unpage(text)).toBe('What is it?\n\nIt is a condition.\n\nBody.');
  });

  it('leaves a line that comes back only twice, or sits inside a paragraph', () => {
    const text = 'Note\n\nText one.\n\nNote\n\nText two.\n\nContact:\nPublisher Name\nPhone 1\n\nPublisher Name\n\nx.\n\nPublisher Name\n\ny.';
    expect(unpage(text)).toContain('Note\n\nText one.\n\nNote');
    expect(unpage(text)).toContain('Contact:\nPublisher Name\nPhone 1');
  });

  it('joins a hyphenated word only when the joined form is an English word', () => {
    expect(dehyphenate('mood symp-\ntoms come back')).toBe('mood symptoms\ncome back');
    expect(dehyphenate('their day-to-\nday life')).toBe('their day-to-day\nlife');
    expect(dehyphenate('a profes-\nsional.\nNext')).toBe('a professional.\nNext');
  });

  it('reads a wrapped first line as prose, not as a heading, when the next line carries it on', () => {
    const blocks = textToBlocks('Heading Line\n\nBipolar II is defined by a pattern of episodes and\nhypomanic episodes that are milder.');
    expect(blocks.map((b) => b.text)).toEqual(['Heading Line', 'Bipolar II is defined by a pattern of episodes and\nhypomanic episodes that are milder.']);
  });
});

describe('a two-column table laid out with spaces', () => {
  it('is read column by column, a cell a line, a lower-case line carrying on its cell', () => {
    const table = 'Manic may:        Depressive may:\nFeel very up or    Feel very sad or\nirritable          hopeless\nSleep less\n                   Think about death\n\nAfter.';
    expect(uncolumn(table)).toBe('Manic may:\nFeel very up or irritable\nSleep less\n\nDepressive may:\nFeel very sad or hopeless\nThink about death\n\nAfter.');
  });

  it('leaves a single line with a wide gap alone (a footer, a signature)', () => {
    const text = 'Some prose here.\nLeaflet Title        3\n\nMore prose.';
    expect(uncolumn(text)).toBe(text);
  });
});

describe('plain-text marks of an e-mail newsletter', () => {
  it('reads "** HEADING" and underlined lines as headings, drops separators and link addresses', () => {
    const text = 'Intro line.\n\n------------------------------------------------------------\n\n** WHY WINTER MATTERS\n------------------------------------------------------------\n\nLess light in winter.\nRead our guide\n(https://example.org/guide).\n\nSleep well\n==========\nKeep regular times.';
    expect(plainMarks(text).split(/\n{2,}/).map((c) => c.trim())).toEqual(['Intro line.', 'WHY WINTER MATTERS', 'Less light in winter.\nRead our guide.', 'Sleep well', 'Keep regular times.']);
  });
});

describe('text a PDF tool extracts (pdftotext, default mode)', () => {
  const page = [
    '\fChronic pain and depression | Painwise',
    '',
    'Signs of depression',
    'It can be hard to tell depression apart from the effects of pain, be-',
    'cause both can cause tiredness and poor sleep. Signs include:',
    '•',
    'feeling sad or empty most of the day',
    '•',
    'ﬁnding it hard to concentrate',
    '',
    'Visit www.painwise.org.uk/help or nhs.uk for more.',
    '',
    'Page 3 of 8',
    '',
    'FREQUENTLY ASKED QUESTIONS',
    'Does depression mean my pain is not real?',
    'No. Your pain is real, and it can be treated.',
    '',
    'Should I rest until the pain goes away?',
    'Long rest usually makes chronic pain worse.',
  ].join('\n');
  const c = buildCorpus([{ entry: entry('a.txt', 'Chronic pain and depression'), text: page }], 'v');
  const texts = c.sentences.map((s) => s.text);

  it('keeps a wrapped line that goes on in lower case in its paragraph, joins a bullet to the item on the next line, and reads ligatures as letters', () => {
    expect(texts).toContain('It can be hard to tell depression apart from the effects of pain, because both can cause tiredness and poor sleep.');
    expect(c.sentences.filter((s) => s.item).map((s) => s.text)).toEqual(['feeling sad or empty most of the day', 'finding it hard to concentrate']);
  });

  it('never ends a sentence inside a web address, and drops "Page N of M"', () => {
    expect(texts).toContain('Visit www.painwise.org.uk/help or nhs.uk for more.');
    expect(texts.join(' ')).not.toContain('Page 3');
  });

  it('reads the question right under the FAQ heading as the FAQ\u2019s first question', () => {
    expect(c.faqs.map((f) => f.question)).toEqual(['Does depression mean my pain is not real?', 'Should I rest until the pain goes away?']);
  });
});
