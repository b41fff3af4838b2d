/**
 * Small hand-made corpora for the engine's unit tests, and the real seed article compiled from
 * knowledge/sources (pure build, no files written) for golden-style tests.
 */
import { compileKnowledge } from '../../knowledge/build.ts';
import { buildIndex } from '../../server/engine/indexing.ts';
import type { Corpus, Section, Sentence } from '../../server/engine/types.ts';
import { SITE } from '../setup/site.ts';

/** A corpus from `{ title: [paragraph sentences…] }`, plus an optional FAQ section. */
export function makeCorpus(
  sections: Record<string, string[][]>,
  faqs: Array<{ q: string; a: string[] }> = [],
  version = 'fixture-1',
): Corpus {
  const sentences: Sentence[] = [];
  const out: Section[] = [];
  const slug = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  for (const [title, paragraphs] of Object.entries(sections)) {
    const id = slug(title);
    out.push({
      id,
      docId: 'doc',
      title,
      level: 1,
      parentId: null,
      url: `/doc#${id}`,
      isFaq: false,
      paragraphs: paragraphs.map((p, pi) =>
        p.map((text) => {
          sentences.push({ id: sentences.length, sectionId: id, paragraph: pi, text });
          return sentences.length - 1;
        }),
      ),
    });
  }
  const pairs = faqs.map((f, pi) => {
    const answer = f.a.map((text) => {
      sentences.push({ id: sentences.length, sectionId: 'faqs', paragraph: pi, text });
      return sentences.length - 1;
    });
    const id = slug(f.q);
    return { id, sectionId: 'faqs', question: f.q, answer, url: `/doc#${id}` };
  });
  if (faqs.length > 0) {
    out.push({ id: 'faqs', docId: 'doc', title: 'FAQs', level: 1, parentId: null, url: '/doc#faqs', isFaq: true, paragraphs: pairs.map((p) => p.answer) });
  }
  return { version, docs: [{ id: 'doc', title: 'Doc', url: '/doc', file: 'doc.txt' }], sections: out, sentences, faqs: pairs };
}

/** A tiny corpus about a made-up sleep remedy: durations, doses, side effects, a FAQ. */
export const SLEEP = makeCorpus(
  {
    'What is Somnol': [
      ['Somnol is a herbal sleep aid made from valerian root.', 'It was first sold in pharmacies in Germany.'],
    ],
    'How long does Somnol last': [
      ['The calming effect of Somnol lasts six to eight hours.', 'Most people feel drowsy within thirty minutes.'],
      ['Taken every night, its benefits gradually fade after several weeks.'],
    ],
    'Doses of Somnol': [['The usual dose is 300 to 600 mg before bedtime.', 'Higher doses do not improve sleep further.']],
    'Side effects': [['Somnol can cause headaches and vivid dreams.', 'Some people report dizziness the next morning.']],
    'Walking and mood': [['Walking outdoors improves mood.']],
    'Swimming and mood': [['Swimming laps improves mood.']],
  },
  [{ q: 'Can I drink coffee with Somnol?', a: ['Coffee weakens the calming effect of Somnol.'] }],
);

/** The seed article as the knowledge build compiles it, and its index JSON. */
export function seedArticle(): { corpus: Corpus; indexJson: string } {
  const corpus = compileKnowledge();
  return { corpus, indexJson: JSON.stringify(buildIndex(corpus, SITE.questions)) };
}
