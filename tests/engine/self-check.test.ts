import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { normalizeText } from '../../server/engine/understand/analyze.ts';
import { asksForSigns, checksSymptoms, listsSigns } from '../../server/engine/understand/self-check.ts';
import { SITE } from '../setup/site.ts';

describe('a visitor checking what they live through against the condition', () => {
  it.each([
    ["I've had a sore throat and a fever for three days. Could it be flu?", true],
    ['My knees ache every morning and they click on the stairs. Do I have arthritis?', true],
    ['i keep waking at 4am and cant get back to sleep. is that normal?', true],
    // A question alone, or a story with a question of another kind
    ['could it be flu', false],
    ['is flu only in winter', false],
    ['I had flu last year. How long does the vaccine protect?', false],
  ])('%s → %s', (q, expected) => {
    expect(checksSymptoms(normalizeText(q))).toBe(expected);
  });
  it('reads "how do I know if …" as asking for the signs', () => {
    expect(asksForSigns('my dad forgets names lately, how do i know if it is dementia')).toBe(true);
    expect(asksForSigns('how can you tell if a child has flu')).toBe(true);
    expect(asksForSigns('how do i know the dose')).toBe(false);
  });
  it('knows a heading that lists signs', () => {
    expect(listsSigns('What are the signs and symptoms of perinatal depression?')).toBe(true);
    expect(listsSigns('Physical symptoms')).toBe(true);
    expect(listsSigns('How to Recover From Burnout')).toBe(false);
  });
});

// Written for the tests: a page whose story-like opening draws a visitor's story.
const PAGE = `Flu

Last winter I spent a week in bed with a fever and aches, and my whole family caught it after me. Flu spreads quickly in homes and offices.

Symptoms of Flu

Flu usually starts suddenly with a high temperature, aching muscles and a dry cough. Many people also feel exhausted and lose their appetite.

Vaccination

The flu vaccine is offered every autumn and protects for one season.
`;

it('answers a story that asks "could it be …?" from the section listing the signs', () => {
  const corpus = buildCorpus([{ entry: parseManifest([{ file: 'flu.txt', title: 'Flu', url: '/flu' }])[0]!, text: PAGE }], 'self-check');
  const engine = createEngine({ corpus, indexJson: '', site: SITE });
  const { trace } = engine.answer('My whole family had a fever last week and now I ache all over and feel exhausted. Could it be flu?');
  expect(trace.sectionId).toBe('symptoms-of-flu');
});

it('answers "how do I know if …" from the section listing the signs, whatever the story names', () => {
  const corpus = buildCorpus([{ entry: parseManifest([{ file: 'flu.txt', title: 'Flu', url: '/flu' }])[0]!, text: PAGE }], 'self-check');
  const engine = createEngine({ corpus, indexJson: '', site: SITE });
  const { reply, trace } = engine.answer('my son came home from school grumpy and went straight to bed, how do i know if he has flu');
  expect(reply.kind).toBe('answer');
  expect(trace.sectionId).toBe('symptoms-of-flu');
});
