/**
 * The seed article (knowledge/sources/article.txt, the raw scrape) must come out as
 * /work/team/SECTIONS.md lists it, with none of the scrape's noise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileKnowledge, DEFAULT_PATHS } from '../../knowledge/build.ts';
import { formatOutline } from '../../knowledge/outline.ts';
import type { Corpus } from '../../server/engine/types.ts';

let corpus: Corpus;
const raw = readFileSync(join(DEFAULT_PATHS.knowledgeDir, 'sources/article.txt'), 'utf8');
beforeAll(() => {
  corpus = compileKnowledge(DEFAULT_PATHS.knowledgeDir);
});

const SUBS = [
  'immediate-effects-rapid-onset-of-action',
  'longer-term-effects-on-symptoms-of-severe-depression',
  'effective-in-patients-with-treatment-resistant-depression-and-bipolar-disorder',
  'potential-to-reduce-chronic-pain-related-to-psychiatric-disorders',
];
const PARENT = 'short-term-and-long-term-effects-of-ketamine-treatment-for-depression';

describe('seed article outline', () => {
  it('has the 14 sections of SECTIONS.md, in order', () => {
    expect(corpus.sections.map((s) => s.id)).toEqual([
      'introduction',
      'what-is-ketamine',
      'how-long-does-ketamine-last-for-depression',
      'traditional-treatments-for-depression',
      PARENT,
      ...SUBS,
      'how-does-ketamine-work',
      'mechanism-of-action-of-ketamine',
      'doses-of-ketamine-used-to-treat-depressive-symptoms',
      'conclusion',
      'faqs',
    ]);
  });

  it('nests exactly the four sub-sections under "Short-term and Long-term Effects…"', () => {
    for (const s of corpus.sections) {
      const isSub = SUBS.includes(s.id);
      expect([s.id, s.level, s.parentId]).toEqual([s.id, isSub ? 2 : 1, isSub ? PARENT : null]);
    }
  });

  it('marks only "FAQs" as the FAQ section and cuts its 3 question/answer pairs', () => {
    expect(corpus.sections.filter((s) => s.isFaq).map((s) => s.id)).toEqual(['faqs']);
    const text = (ids: number[]) => ids.map((i) => corpus.sentences[i]!.text).join(' ');
    expect(corpus.faqs.map((f) => [f.id, f.question, f.sectionId, f.url])).toEqual([
      ['what-drugs-improve-mood', 'What drugs improve mood?', 'faqs', '/article#what-drugs-improve-mood'],
      ['how-can-i-improve-my-mood-fast', 'How can I improve my mood fast?', 'faqs', '/article#how-can-i-improve-my-mood-fast'],
      ['how-can-i-control-my-mood-naturally', 'How can I control my mood naturally?', 'faqs', '/article#how-can-i-control-my-mood-naturally'],
    ]);
    expect(text(corpus.faqs[0]!.answer)).toBe('Antidepressants and mood stabilizers are common mood-boosting drugs.');
    expect(corpus.faqs[1]!.answer).toHaveLength(2);
    expect(text(corpus.faqs[2]!.answer)).toMatch(/^A healthy lifestyle.*naturally control your mood\.$/);
  });

  it('gives every section its /article anchor and keeps ids unique', () => {
    const ids = [...corpus.sections.map((s) => s.id), ...corpus.faqs.map((f) => f.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of corpus.sections) expect(s.url).toBe(`/article#${s.id}`);
    expect(corpus.docs).toEqual([
      { id: 'article', title: 'How long does ketamine last for depression?', url: '/article', file: 'sources/article.txt' },
    ]);
  });

  it('prints the outline with sentence counts and the FAQ pairs', () => {
    const outline = formatOutline(corpus);
    expect(outline).toContain('14 sections');
    expect(outline).toContain(`    - Immediate effects; rapid Onset of Action  #${SUBS[0]}  (`);
    expect(outline).toContain('  - FAQs  #faqs  (4 sentences, FAQ)');
    expect(outline).toMatch(/Q: What drugs improve mood\?  #what-drugs-improve-mood  \(1 sentence\)/);
  });
});

describe('seed article text', () => {
  const allText = () => [
    ...corpus.sections.map((s) => s.title),
    ...corpus.sentences.map((s) => s.text),
    ...corpus.faqs.map((f) => f.question),
  ];

  it('lets no scrape noise reach a section or sentence', () => {
    // each of these lines is in the raw file; none is article content
    expect(raw).toMatch(/^Warning: .* on line 3$/m);
    for (const text of allText()) {
      expect(text).not.toMatch(/Warning:|wp-config|on line \d/);
      expect(text).not.toMatch(/^Admin$/);
      expect(text).not.toMatch(/thoughts? on|Leave a (Comment|Reply)/i);
      expect(text).not.toMatch(/[\u00a0\u200b\ufeff]|^\s|\s$|\s{2}/);
    }
  });

  it('does not duplicate the title, but keeps the real heading that repeats it later', () => {
    const sameAsTitle = allText().filter((t) => /^how long does ketamine last for depression\??$/i.test(t));
    // the scrape repeats the title three times at the head; one real section heading remains
    expect(sameAsTitle).toEqual(['How Long Does Ketamine Last for Depression?']);
    expect(corpus.sections[0]!.title).toBe('Introduction');
  });

  it('stores sentences verbatim, typographic apostrophes included', () => {
    for (const s of corpus.sentences) expect(raw).toContain(s.text);
    expect(corpus.sentences.some((s) => s.text.includes('Ketamine’s'))).toBe(true);
  });

  it('keeps a trailing sentence that has no final period', () => {
    const s = corpus.sentences.find((x) => x.text.endsWith('gradually fade away'));
    expect(s).toMatchObject({ sectionId: 'how-long-does-ketamine-last-for-depression', paragraph: 2 });
    expect(s!.text.startsWith('But with regular use')).toBe(true);
  });

  it('indexes sentences consistently: ids, sections and paragraphs agree', () => {
    corpus.sentences.forEach((s, i) => expect(s.id).toBe(i));
    for (const section of corpus.sections) {
      section.paragraphs.forEach((ids, p) => {
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) expect(corpus.sentences[id]).toMatchObject({ sectionId: section.id, paragraph: p });
      });
    }
    const inSections = corpus.sections.flatMap((s) => s.paragraphs.flat());
    expect(inSections).toEqual(corpus.sentences.map((s) => s.id));
  });
});
