import { describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import { makeCorpus } from './fixture.ts';
import { SITE } from '../setup/site.ts';

/** An FAQ answer of three paragraphs, each under a sub-heading of its own. */
function corpusWithSubheadings() {
  const corpus = makeCorpus({ Basics: [['Somnol is a herbal sleep remedy sold in pharmacies.']] }, [
    {
      q: 'Is it safe to take somnol every night?',
      a: [
        'Somnol can help for a few nights, but it is meant for short-term use only.',
        'Some people get headaches and next-day drowsiness from somnol.',
        'Relaxation training works better than somnol over months.',
      ],
    },
  ]);
  const faq = corpus.faqs[0]!;
  faq.subheadings = ['Short-term use', 'Risks to know about', 'Better long-term options'];
  corpus.sections.find((s) => s.isFaq)!.paragraphs = faq.answer.map((sid) => [sid]);
  return corpus;
}

describe('the source of an answer from an FAQ answer with sub-headings', () => {
  const engine = createEngine({ corpus: corpusWithSubheadings(), indexJson: '', site: SITE });
  it('is the sub-heading the chosen sentences stand under', () => {
    const reply = engine.answer('does somnol give you headaches or drowsiness?').reply;
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('headaches');
    expect(reply.sources[0]?.title).toBe('Risks to know about');
  });
});
