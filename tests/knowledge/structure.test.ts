/** Plain-text structure: headings, nesting, FAQ pairs, ids — on documents written for the tests. */
import { describe, expect, it } from 'vitest';
import { isHeadingLike } from '../../knowledge/blocks.ts';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { keyTerm } from '../../knowledge/levels.ts';
import { entry } from './helpers.ts';

const corpusOf = (text: string, title = 'Brewing coffee at home', extra: Record<string, unknown> = {}) =>
  buildCorpus([{ entry: entry('coffee.txt', title, extra), text }], 'test');
const outline = (text: string, title?: string, extra?: Record<string, unknown>) =>
  corpusOf(text, title, extra).sections.map((s) => `${'  '.repeat(s.level - 1)}${s.title}`);

// A different topic from the seed, with the same shape: an overview section announcing sub-topics.
const COFFEE = `Brewing coffee at home

Coffee at home can taste as good as in a café when the beans are fresh and the water is right.

What is a Good Coffee Bean?

Good coffee beans are fresh, roasted within the last month, and stored away from light and air.

Ways to Brew Coffee at Home

Several brewing methods will be discussed in this section. We will also discuss the grind each one needs.

Pour-over Brewing

Pour-over gives a clean cup. Water is poured slowly over the grounds in a paper filter.

French Press

A French press steeps the grounds for four minutes. It gives a fuller body than a paper filter

Is Espresso Possible Without a Machine?

A moka pot makes a strong, espresso-like drink on the stove, although it is not true espresso.

Storing Coffee

Keep beans in an airtight jar in a cool cupboard. Do not keep them in the fridge.
`;

describe('plain-text headings', () => {
  it.each([
    ['Introduction', true],
    ['What is a Good Coffee Bean?', true],
    ['Immediate effects; rapid Onset of Action', true],
    ['2. Storing the Beans', true],
    ['It lasts a week.', false],
    ['Symptoms include:', false],
    ['lower case line', false],
    ['One sentence. Two sentences', false],
    ['A very long line that goes on and on well past what anyone would put in a heading of an article page', false],
  ])('isHeadingLike(%j) is %s', (line, expected) => {
    expect(isHeadingLike(line)).toBe(expected);
  });

  it('finds headings followed by body, and keeps a heading-like last line as text', () => {
    const c = corpusOf('Intro\n\nSome body text that is long enough to be prose.\n\nThanks for reading');
    expect(c.sections.map((s) => s.title)).toEqual(['Intro']);
    expect(c.sentences.map((s) => s.text)).toEqual(['Some body text that is long enough to be prose.', 'Thanks for reading']);
  });

  it('joins hard-wrapped lines into one paragraph and splits a heading glued to its body', () => {
    const c = corpusOf('Storage\nKeep beans in an airtight jar\nin a cool cupboard. Use them within\na month of roasting.');
    expect(c.sections.map((s) => s.title)).toEqual(['Storage']);
    expect(c.sentences.map((s) => s.text)).toEqual([
      'Keep beans in an airtight jar in a cool cupboard.',
      'Use them within a month of roasting.',
    ]);
  });
});

describe('nesting rule for plain text', () => {
  it('nests the headings after an announcing overview until a question or key-term heading', () => {
    // the title line is dropped as a repeated title; the text before the first heading is its own section
    expect(outline(COFFEE)).toEqual([
      'Brewing coffee at home',
      'What is a Good Coffee Bean?',
      'Ways to Brew Coffee at Home',
      '  Pour-over Brewing',
      '  French Press',
      'Is Espresso Possible Without a Machine?',
      'Storing Coffee',
    ]);
    const c = corpusOf(COFFEE);
    expect(c.sections.find((s) => s.id === 'french-press')).toMatchObject({ level: 2, parentId: 'ways-to-brew-coffee-at-home' });
  });

  it('closes a group at a heading naming the key term', () => {
    const text = COFFEE.replace('Is Espresso Possible Without a Machine?', 'Coffee Grinders');
    expect(outline(text)).toContain('Coffee Grinders');
    expect(keyTerm('Brewing coffee at home', [text])).toBe('coffee');
  });

  it('does not let the first section (the overview of the whole page) open a group', () => {
    const text = 'Overview\n\nWe will discuss beans and brewing in this article, step by step.\n\nBeans\n\nFresh beans matter more than anything else in the cup.';
    expect(outline(text)).toEqual(['Overview', 'Beans']);
  });

  it('takes the levels of numbered headings from their numbers, and drops a table of contents', () => {
    const text = 'Guide\n\nContents\n1. Beans\n2. Brewing\n2.1 French press\n2.2 Pour-over\n\n1. Beans\nFresh beans matter more than anything else in the cup.\n\n2. Brewing\nThere are many ways to brew coffee at home.\n\n2.1 French press\nSteep the grounds for four minutes, then press.\n\n2.2 Pour-over\nPour hot water slowly over the grounds in a filter.';
    expect(outline(text)).toEqual(['1. Beans', '2. Brewing', '  2.1 French press', '  2.2 Pour-over']);
  });

  it('keeps siblings written two levels below their parent as siblings (Notion exports skip levels)', () => {
    const md = '# Coffee\n\nIntro text about coffee at home.\n\n# Signs of good beans\n\nSome signs.\n\n### Smell\n\nA rich smell.\n\n### Colour\n\nAn even colour.\n\n# Storing\n\nKeep it sealed.';
    const c = buildCorpus([{ entry: entry('coffee.md', 'Coffee'), text: md }], 'test');
    expect(c.sections.map((x) => `${'  '.repeat(x.level - 1)}${x.title}`)).toEqual(['Coffee', 'Signs of good beans', '  Smell', '  Colour', 'Storing']);
  });

  it('nests a run of numbered headings under a heading that counts them', () => {
    const text = 'Guide\n\nCoffee is a drink many people enjoy each morning at home.\n\nThree ways to brew better coffee\n\nSmall changes help.\n\n1. Grind fresh\n\nGrind the beans just before you brew.\n\n2. Weigh it\n\nUse a scale for the same cup each day.\n\n3. Mind the water\n\nUse water just off the boil.\n\nStoring Coffee\n\nKeep coffee in a sealed jar away from light.';
    expect(outline(text)).toEqual(['Guide', 'Three ways to brew better coffee', '  1. Grind fresh', '  2. Weigh it', '  3. Mind the water', 'Storing Coffee']);
  });

  it('does not open a group for a section with several paragraphs', () => {
    const text = COFFEE.replace('We will also discuss the grind each one needs.', 'We will also discuss the grind.\n\nGrind matters a lot for taste.');
    expect(outline(text)).toContain('Pour-over Brewing');
  });

  it('lets the manifest "levels" override the heuristic, by heading slug', () => {
    const levels = { 'storing-coffee': 2, 'french-press': 1 };
    expect(outline(COFFEE, undefined, { levels })).toEqual([
      'Brewing coffee at home',
      'What is a Good Coffee Bean?',
      'Ways to Brew Coffee at Home',
      '  Pour-over Brewing',
      'French Press',
      'Is Espresso Possible Without a Machine?',
      '  Storing Coffee',
    ]);
  });
});

describe('FAQ sections', () => {
  const FAQ = `About Us

We run a small roastery in town and have done so for many years now.

Frequently Asked Questions

Do you ship abroad?

Yes. We ship to most countries in Europe.

How fresh are the beans?

We roast every Monday.

Beans ship within two days of roasting.

Contact

Write to us any day of the week and we answer within a day.
`;

  it('pairs each question with the answer paragraphs after it, and ends at a non-question heading', () => {
    const c = corpusOf(FAQ, 'Roastery');
    expect(c.sections.map((s) => [s.id, s.isFaq])).toEqual([['about-us', false], ['frequently-asked-questions', true], ['contact', false]]);
    const answers = c.faqs.map((f) => [f.id, f.answer.map((i) => c.sentences[i]!.text)]);
    expect(answers).toEqual([
      ['do-you-ship-abroad', ['Yes.', 'We ship to most countries in Europe.']],
      ['how-fresh-are-the-beans', ['We roast every Monday.', 'Beans ship within two days of roasting.']],
    ]);
    expect(c.faqs[0]!.url).toBe('/coffee#do-you-ship-abroad');
  });
});

describe('documents and ids', () => {
  it('makes a document without headings one section titled by the manifest title', () => {
    const c = corpusOf('just some words about coffee, no headings at all.\n\nand a second paragraph about beans.', 'Coffee notes');
    expect(c.sections).toHaveLength(1);
    expect(c.sections[0]).toMatchObject({ id: 'coffee-notes', title: 'Coffee notes', level: 1, parentId: null, url: '/coffee#coffee-notes' });
    expect(c.sections[0]!.paragraphs).toHaveLength(2);
  });

  it('keeps section and FAQ ids unique across documents with -2 suffixes', () => {
    const text = 'FAQ\n\nWhat is it?\n\nIt is coffee.\n\nIntroduction\n\nThis is a page about coffee and more coffee.';
    const c = buildCorpus([
      { entry: entry('a.txt', 'A'), text },
      { entry: entry('b.txt', 'B'), text },
    ], 'v');
    expect(c.sections.map((s) => s.id)).toEqual(['faq', 'introduction', 'faq-2', 'introduction-2']);
    expect(c.faqs.map((f) => [f.id, f.sectionId, f.url])).toEqual([
      ['what-is-it', 'faq', '/a#what-is-it'],
      ['what-is-it-2', 'faq-2', '/b#what-is-it-2'],
    ]);
  });
});
