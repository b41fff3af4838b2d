/** Articles as site owners publish them: front matter, lists with lead-ins, FAQ styles, sources, related links. */
import { describe, expect, it } from 'vitest';
import { dropBackMatter, isBackMatterHeading } from '../../knowledge/backmatter.ts';
import { deriveCandidates } from '../../knowledge/candidates.ts';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { tableRow } from '../../knowledge/markdown.ts';
import { formatOutline } from '../../knowledge/outline.ts';
import { entry } from './helpers.ts';

// Written for the tests: a short page about houseplants.
const PAGE = `---
title: Caring for Houseplants
date: 2025-03-01
tags: [plants]
---

# Caring for Houseplants

Most houseplants need less care than people think. Light and water matter most.

## Signs of Overwatering

An overwatered plant shows a few signs:

- Yellow lower leaves
- Soft, dark stems
- Soil that never dries out

## FAQ

### How often should I water?

Water when the top inch of soil is dry. In winter that is usually every two weeks.

### Do plants need fertiliser?

Yes, a little. Feed them once a month in spring and summer.

## Sources

1. Royal Horticultural Society. Houseplant care guide. 2024.
2. Smith J. Indoor plants. Garden Press; 2021.

## Related articles

- [Repotting a plant](/repotting)
- [Choosing a pot](/pots)
`;

const corpus = buildCorpus([{ entry: entry('plants.md', 'Caring for Houseplants'), text: PAGE }], 't');

describe('a Markdown page with front matter and back matter', () => {
  it('keeps the article and its sources, and drops front matter and related links', () => {
    expect(corpus.sections.map((s) => s.title)).toEqual(['Caring for Houseplants', 'Signs of Overwatering', 'FAQ', 'Sources']);
    const text = corpus.sentences.map((s) => s.text).join(' ');
    expect(text).not.toMatch(/2025-03-01|Repotting|Choosing a pot/);
    expect(text).toMatch(/Horticultural/);
  });
  it('asks where the information comes from of the sources', () => {
    const sources = corpus.sections.find((s) => s.title === 'Sources')!.paragraphs.flat();
    expect(deriveCandidates(corpus).filter((c) => sources.includes(c.sid)).map((c) => c.text)).toContain('where does the information on this page come from');
  });
  it('keeps a list with its lead-in, and FAQ headings as question/answer pairs', () => {
    const lead = corpus.sentences.find((s) => s.text === 'An overwatered plant shows a few signs:')!;
    expect(corpus.sentences.slice(lead.id + 1, lead.id + 4).map((s) => [s.text, s.item])).toEqual([
      ['Yellow lower leaves', true],
      ['Soft, dark stems', true],
      ['Soil that never dries out', true],
    ]);
    expect(corpus.faqs.map((f) => [f.question, f.answer.length])).toEqual([
      ['How often should I water?', 2],
      ['Do plants need fertiliser?', 2],
    ]);
    expect(formatOutline(corpus)).not.toContain('no sentences');
  });
  it('drops a closing "See also:" line, and only navigation headings', () => {
    const blocks = dropBackMatter([
      { kind: 'paragraph', text: 'Water weekly.', level: null },
      { kind: 'paragraph', text: 'See also: Repotting, Choosing a pot.', level: null },
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Water weekly.']);
    expect(isBackMatterHeading('Related posts')).toBe(true);
    expect(isBackMatterHeading('Further reading:')).toBe(true);
    expect(isBackMatterHeading('References')).toBe(false);
    expect(isBackMatterHeading('Where to find support')).toBe(false);
  });
});

describe('a plain-text scrape with back matter', () => {
  const SCRAPE = [
    'Caring for Houseplants', 'Admin',
    'Most houseplants need less care than people think. Light and water matter most for them.',
    'Watering', 'Water when the top inch of soil is dry. In winter that is usually every two weeks.',
    'Sources', 'Royal Horticultural Society. Houseplant care guide. 2024.', 'Smith J. Indoor plants. Garden Press; 2021.',
    'Related Posts', 'Repotting a Plant Without Stress', 'Choosing the Right Pot',
  ].join('\n\n');
  it('ends a bare "Related Posts" line\'s links at the next heading', () => {
    const blocks = dropBackMatter([
      { kind: 'paragraph', text: 'Related Posts', level: null },
      { kind: 'paragraph', text: 'Repotting a Plant', level: null },
      { kind: 'heading', text: 'Watering', level: 2 },
      { kind: 'paragraph', text: 'Water weekly.', level: null },
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Watering', 'Water weekly.']);
  });
  it('drops the related posts, headings read from bare lines included', () => {
    const c = buildCorpus([{ entry: entry('plants.txt', 'Caring for Houseplants'), text: SCRAPE }], 't');
    expect(c.sections.map((s) => s.title)).toEqual(['Caring for Houseplants', 'Watering', 'Sources']);
    expect(c.sentences.map((s) => s.text).join(' ')).not.toMatch(/Repotting|Choosing the Right Pot/);
  });
});

describe('FAQ answers as site owners write them', () => {
  it('reads a sub-heading below the question\'s level as dividing the answer, and keeps the FAQ going', () => {
    const md = '# Plants\n\n## FAQ\n\n### Can plants live in the dark?\n\nNot for long.\n\n#### Options\n\nGrow lights help.\n\n### How often should I water?\n\nWhen the soil is dry.\n';
    const c = buildCorpus([{ entry: entry('plants.md', 'Plants'), text: md }], 't');
    expect(c.faqs.map((f) => [f.question, f.answer.length, f.parts?.map((p) => p.title)])).toEqual([
      ['Can plants live in the dark?', 2, ['Options']],
      ['How often should I water?', 1, undefined],
    ]);
  });
  it('drops "Q:" and "A:" labels from a transcript-style FAQ', () => {
    const text = 'Plants\n\nMost houseplants need less care than people think, light and water matter most.\n\nFAQ\n\nQ: How often should I water?\nA: When the soil is dry.';
    const c = buildCorpus([{ entry: entry('plants.txt', 'Plants'), text }], 't');
    expect(c.faqs.map((f) => [f.id, f.question, f.answer.map((id) => c.sentences[id]!.text)])).toEqual([
      ['how-often-should-i-water', 'How often should I water?', ['When the soil is dry.']],
    ]);
  });
});

describe('Markdown tables', () => {
  it('give one paragraph per row, each cell labelled by its column', () => {
    const md = '## Compared\n\n| | Ferns | Cacti |\n|---|---|---|\n| Water | Often | Rarely |\n| Light | Shade | Full sun |\n';
    const c = buildCorpus([{ entry: entry('t.md', 'Plants'), text: md }], 't');
    expect(c.sentences.map((s) => s.text)).toEqual(['Water — Ferns: Often; Cacti: Rarely', 'Light — Ferns: Shade; Cacti: Full sun']);
  });
  it('without a header, join the cells', () => {
    expect(tableRow(['Water', 'Often'], null)).toBe('Water; Often');
    expect(tableRow(['Water', 'Often'], ['Need', 'Ferns'])).toBe('Need: Water; Ferns: Often');
  });
});

describe('a block-editor page with anchored headings and an author box', () => {
  // Written for the tests: a heading whose anchor id holds a widget's name, and the theme's author box.
  const html = `<article><div class="entry-content">
<h2 class="wp-block-heading" id="what-is-it">What is it?</h2><p>It is a feeling that many people share at some point in their lives.</p>
<h3 class="wp-block-heading" id="social-and-emotional-kinds">Social and emotional kinds</h3><p>Social kinds concern a wider circle of friends and neighbours.</p>
</div>
<div class="ast-single-author-box"><p>About Dr. Jo Lane</p><p>Jo is a psychologist who writes about everyday wellbeing.</p></div></article>`;
  const corpus = buildCorpus([{ entry: entry('kinds.html', 'Kinds'), text: html }], 'anchors');
  it('keeps a heading whose anchor id happens to name a widget', () => {
    expect(corpus.sections.map((s) => s.title)).toContain('Social and emotional kinds');
  });
  it('drops the theme\'s author box', () => {
    expect(corpus.sentences.some((s) => /Jo Lane|psychologist/.test(s.text))).toBe(false);
  });
});
