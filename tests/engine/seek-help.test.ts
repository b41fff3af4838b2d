import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { normalizeText } from '../../server/engine/understand/analyze.ts';
import { asksToSeekHelp, tellsWhenToSeekHelp } from '../../server/engine/understand/seek-help.ts';
import { SITE } from '../setup/site.ts';

describe('a question about when to get help', () => {
  it.each([
    ['my dad has been coughing for weeks, should he see a doctor?', true],
    ['is it time i saw someone about my back?', true],
    ['when should you call a doctor about a fever', true],
    ['can a doctor prescribe it', false],
    ['what does a therapist do', false],
  ])('%s → %s', (q, expected) => {
    expect(asksToSeekHelp(normalizeText(q))).toBe(expected);
  });
  it('knows a heading that says when to get help', () => {
    expect(tellsWhenToSeekHelp('When to See a Doctor')).toBe(true);
    expect(tellsWhenToSeekHelp('When to get help right away')).toBe(true);
    expect(tellsWhenToSeekHelp('How doctors diagnose it')).toBe(false);
  });
});

// Written for the tests: a page with a section on when to see a doctor.
const PAGE = `Back Pain

Most back pain gets better on its own within a few weeks. Staying active helps more than resting in bed.

Exercises for Back Pain

Gentle stretching, walking and swimming keep the back moving. Start slowly and build up over a few weeks.

When to See a Doctor

See a doctor if the pain is severe, lasts longer than six weeks, or comes with numbness or weakness in the legs.
`;

it('answers "should he see someone?" from the section on when to get help, whatever the story names', () => {
  const corpus = buildCorpus([{ entry: parseManifest([{ file: 'back.txt', title: 'Back Pain', url: '/back' }])[0]!, text: PAGE }], 'seek-help');
  const engine = createEngine({ corpus, indexJson: '', site: SITE });
  const { reply, trace } = engine.answer('my husband has been doing the stretching exercises for a month and still walks like a robot, should he see someone?');
  expect(reply.kind).toBe('answer');
  expect(trace.sectionId).toBe('when-to-see-a-doctor');
});
