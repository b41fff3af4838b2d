/** Plain text that survives: lists whose bullets were lost, FAQ answers with sub-headings, empty sections flagged. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { formatOutline } from '../../knowledge/outline.ts';
import { isListChunk } from '../../knowledge/plaintext.ts';
import { topicsOf } from '../../server/engine/indexing.ts';
import { entry } from './helpers.ts';

const corpusOf = (text: string, file = 'garden.txt', title = 'Growing tomatoes') => buildCorpus([{ entry: entry(file, title), text }], 'test');

// Written for the tests: a scraped gardening page with both kinds of lost-bullet list and an FAQ
// question whose answer has sub-headings.
const GARDEN = `Growing tomatoes

Tomatoes need sun, water and patience. This page covers the basics.

Planting Out

Wait until the nights are warm before planting out. You will need a few things first:

A sunny spot

Rich compost

A stake for each plant

Plant them deep, up to the first leaves, so the stem grows more roots.

Common Problems

Most problems show on the leaves. Watch for these signs:
Yellow leaves at the bottom
Brown spots on the fruit
Curled leaves in hot weather

Water at the base of the plant, never over the leaves.

FAQs

Can I grow tomatoes indoors?

Short answer

Yes, on a bright windowsill.

What to watch

Indoor plants need a fan for a sturdier stem and hand pollination.

When do I pick them?

Pick them when they are fully coloured and slightly soft.
`;

describe('lists in plain text', () => {
  const corpus = corpusOf(GARDEN);
  const titles = corpus.sections.map((s) => s.title);

  it('reads a run of short lines after a lead-in as list items, not headings', () => {
    expect(titles).not.toContain('A sunny spot');
    expect(titles).not.toContain('Yellow leaves at the bottom');
    expect(titles).toEqual(['Growing tomatoes', 'Planting Out', 'Common Problems', 'FAQs']);
  });
  it('keeps each item a sentence of its own, marked as an item, after its lead-in', () => {
    const items = corpus.sentences.filter((s) => s.item).map((s) => s.text);
    expect(items).toEqual(['A sunny spot', 'Rich compost', 'A stake for each plant', 'Yellow leaves at the bottom', 'Brown spots on the fruit', 'Curled leaves in hot weather']);
    const lead = corpus.sentences.find((s) => s.text === 'A sunny spot')!.id - 1;
    expect(corpus.sentences[lead]!.text).toBe('You will need a few things first:');
  });
  it('tells a list chunk from hard-wrapped prose', () => {
    expect(isListChunk(['- one thing', '- another thing'])).toBe(true);
    expect(isListChunk(['Yellow leaves', 'Brown spots'])).toBe(true);
    expect(isListChunk(['Water at the base of the plant, never', 'over the leaves.'])).toBe(false);
    expect(isListChunk(['Only one line'])).toBe(false);
  });
});

// Written for the tests: a blog page copied as text, one line per paragraph, heading and item, with
// the platform's chrome at the head (sign-in links, author, read time, counts, photo credit) and tail.
const COPIED = `Sign in
Get app

Growing Peppers: A Beginner's Guide
Sweet or hot, they want the same things
Sam Rivera
Follow
6 min read · Apr 2, 2025
1.2K
14
Share
Photo by Jo Lane on Unsplash
Peppers are slow to start but easy once they are growing, and they reward a little patience in spring. This guide covers the basics for a first season.

Common Problems
Leaf problems
Leaves tell you most of what is wrong:
- Yellow leaves, often from too much water
- Pale leaves that want more
  feeding in midsummer
Fruit problems
Fruit shows trouble later:
• Soft dark patches at the tip
• Fruit that drops before it ripens

Sweet vs. Hot Peppers: Which Should I Grow?
Sweet peppers are easier for a first season. Hot peppers need more heat and more time.

Written by Sam Rivera
More from Sam Rivera
Help
About`;

describe('a page copied as text, one line each', () => {
  const corpus = corpusOf(COPIED, 'peppers.txt', "Growing Peppers: A Beginner's Guide");
  const titles = corpus.sections.map((s) => s.title);

  it('drops the head\'s chrome and keeps the introduction under the title', () => {
    expect(titles[0]).toBe("Growing Peppers: A Beginner's Guide");
    expect(corpus.sentences.some((s) => /Sam Rivera|Follow|Unsplash|1\.2K|min read|Sign in/.test(s.text))).toBe(false);
    expect(titles).not.toContain('Sweet or hot, they want the same things');
  });
  it('splits headings, lead-ins and bulleted items that share a block, an item\'s wrapped line included', () => {
    expect(titles).toEqual(["Growing Peppers: A Beginner's Guide", 'Common Problems', 'Leaf problems', 'Fruit problems', 'Sweet vs. Hot Peppers: Which Should I Grow?']);
    const items = corpus.sentences.filter((s) => s.item).map((s) => s.text);
    expect(items).toEqual(['Yellow leaves, often from too much water', 'Pale leaves that want more feeding in midsummer', 'Soft dark patches at the tip', 'Fruit that drops before it ripens']);
  });
  it('ends the article where the platform\'s author box begins', () => {
    expect(corpus.sentences.some((s) => /Written by|More from|About/.test(s.text))).toBe(false);
  });
});

describe('an FAQ question whose answer has sub-headings', () => {
  const corpus = corpusOf(GARDEN);
  it('keeps the whole answer under the question, the sub-headings as its words', () => {
    const indoors = corpus.faqs.find((f) => f.question === 'Can I grow tomatoes indoors?')!;
    expect(indoors.answer.map((id) => corpus.sentences[id]!.text)).toEqual([
      'Yes, on a bright windowsill.',
      'Indoor plants need a fan for a sturdier stem and hand pollination.',
    ]);
    expect(indoors.subheadings).toEqual(['Short answer', 'What to watch']);
    expect(corpus.faqs.map((f) => f.question)).toEqual(['Can I grow tomatoes indoors?', 'When do I pick them?']);
  });
  it('answers from each sub-heading as a topic of its own, asked by the pair\'s question', () => {
    const topics = topicsOf(corpus).filter((t) => t.question === 'Can I grow tomatoes indoors?');
    expect(topics.map((t) => t.title)).toEqual(['Short answer', 'What to watch']);
    expect(topics.map((t) => t.sentences.map((id) => corpus.sentences[id]!.text))).toEqual([
      ['Yes, on a bright windowsill.'],
      ['Indoor plants need a fan for a sturdier stem and hand pollination.'],
    ]);
    expect(new Set(topicsOf(corpus).map((t) => t.id)).size).toBe(topicsOf(corpus).length);
  });
});

describe('markup lists', () => {
  it('marks Markdown and HTML list items', () => {
    const md = buildCorpus([{ entry: entry('a.md'), text: '## Needs\n\nYou need:\n\n- sun\n- water\n' }], 't');
    expect(md.sentences.filter((s) => s.item).map((s) => s.text)).toEqual(['sun', 'water']);
    const html = buildCorpus([{ entry: entry('a.html'), text: '<main><h2>Needs</h2><p>You need:</p><ul><li>Sun</li><li>Water</li></ul></main>' }], 't');
    expect(html.sentences.filter((s) => s.item).map((s) => s.text)).toEqual(['Sun', 'Water']);
  });
});

describe('outline', () => {
  it('flags a section with no sentences and no sub-sections', () => {
    const corpus = corpusOf('Intro\n\nSome text here.\n\nEmpty One\n\nFull One\n\nMore text here.');
    const flagged = formatOutline(corpus).split('\n').filter((l) => l.includes('⚠'));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toContain('Empty One');
  });
});
