/**
 * Abstention on evidence: a question is not refused for one unknown run of words when a section
 * clearly answers the rest, nor answered when the thing it asks for is unknown; a "how long"
 * question goes to a section that states a time.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { SITE } from '../setup/site.ts';

const text = `Keeping Bees

Bees are busy insects that many people keep at home. Honey keeps its flavour for a long time.

Young Bees and Work

Young bees work too, but they often do it differently from older bees. Young bees clean the hive in their first days.

Storing Honey

Sealed honey lasts for many years in a cool cupboard.

Beekeeping Classes

Many local clubs offer free classes and mentoring for new keepers.

Checking the Hive

A keeper looks at the frames every week in summer. Simple tests can rule out mites in the brood, because mites weaken young bees.

Feeding

Feed sugar syrup in autumn when honey stores are low.
`;
const corpus = buildCorpus([{ entry: parseManifest([{ file: 'bees.txt', title: 'Keeping Bees', url: '/bees' }])[0]!, text }], 'abstain-1');
const engine = createEngine({ corpus, indexJson: '', site: SITE });
const ask = (q: string) => {
  const { reply, trace } = engine.answer(q);
  return { kind: reply.kind, section: trace.sectionId, text: reply.text };
};

describe('abstention on evidence', () => {
  it('answers despite one unknown run of words when the section it names clearly leads', () => {
    const r = ask('do young bees work differently than grown ups');
    expect(r.kind).toBe('answer');
    expect(r.section).toBe('young-bees-and-work');
  });

  it('answers despite one unknown verb when every known word sits in one leading section', () => {
    const r = ask('why would they inspect mites');
    expect(r.kind).toBe('answer');
    expect(r.section).toBe('checking-the-hive');
  });

  it('still declines a question with unknown things in two places', () => {
    expect(ask('my dog seems tired in summer, can cats get mites?').kind).not.toBe('answer');
  });

  it('declines "which X" when the article does not know X, however well the rest matches', () => {
    expect(ask('which vitamins keep young bees cleaning the hive').kind).not.toBe('answer');
  });

  it('answers a "where can I get" question from the section its words name', () => {
    const r = ask('where can i get free beekeeping classes');
    expect(r.kind).toBe('answer');
    expect(r.section).toBe('beekeeping-classes');
  });

  it('sends "how long" to a section that states a time over one that only repeats the words', () => {
    const r = ask('how long does honey keep its flavour in a cupboard');
    expect(r.kind).toBe('answer');
    expect(r.section).toBe('storing-honey');
    expect(r.text).toMatch(/many years/);
  });
});
