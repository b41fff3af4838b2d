/** A page's opening text is titled by the page: the title's words do not make it the answer. */
import { expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { SITE } from '../setup/site.ts';

// Written for the tests: the title names two subjects that later sections cover.
const PAGE = `Tinnitus: Why Your Ears Ring and What Helps

Many people hear a ringing or buzzing sound that nobody else can hear. This page explains where it comes from.

Causes of Tinnitus

Loud noise, ear infections and a build-up of ear wax can all cause ringing in the ears.

Things That Help

Background sound such as a fan or soft music can make the ringing less noticeable at night. Relaxation and good sleep habits help many people cope.
`;
const corpus = buildCorpus([{ entry: parseManifest([{ file: 'tinnitus.txt', title: 'Tinnitus: Why Your Ears Ring and What Helps', url: '/tinnitus' }])[0]!, text: PAGE }], 'page-title');
const engine = createEngine({ corpus, indexJson: '', site: SITE });

it('answers "what helps" from the section about what helps, not from the opening the title heads', () => {
  expect(engine.answer('what helps with tinnitus').trace.sectionId).toBe('things-that-help');
  expect(engine.answer('is there anything that helps tinnitus?').trace.sectionId).toBe('things-that-help');
  expect(engine.answer('why do my ears ring').trace.sectionId).toBe('causes-of-tinnitus');
});

it('still answers from the opening text by its own words', () => {
  const { trace } = engine.answer('can other people hear the buzzing sound?');
  expect(trace.sectionId).toBe(corpus.sections[0]!.id);
});
