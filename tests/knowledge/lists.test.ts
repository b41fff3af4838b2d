/** Plain text that survives: lists whose bullets were lost, FAQ answers with sub-headings, empty sections flagged. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { formatOutline } from '../../knowledge/outline.ts';
import { isListChunk } from '../../knowledge/plaintext.ts';
import { topicsOf } from '../../server/engine/indexing.ts';
import { entry } from './helpers.ts';

const corpusOf = (text: string, file = 'garden.txt') => buildCorpus([{ entry: entry(file, 'Growing tomatoes'), text }], 'test');

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
