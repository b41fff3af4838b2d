/** What a heading is named by: the question's subject words, not its type's words or generic verbs. */
import { expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { resolveOptions } from '../../server/engine/defaults.ts';
import { headingNamed } from '../../server/engine/heading-match.ts';
import { detectIntent } from '../../server/engine/understand/intent.ts';
import { buildModel } from '../../server/engine/model.ts';
import { understand } from '../../server/engine/understand/query.ts';
import { SITE } from '../setup/site.ts';

const text = `Smoke for Bees

A smoker calms bees before a hive is opened.

How Does a Smoker Work?

A smoker burns dry fuel and puffs cool smoke into the hive.

Signals Between Bees

Smoke masks the alarm signals that guard bees release.
`;
const corpus = buildCorpus([{ entry: parseManifest([{ file: 'smoke.txt', title: 'Smoke for Bees', url: '/smoke' }])[0]!, text }], 'heading-1');
const model = buildModel(corpus, '', SITE.questions, SITE.synonyms);
const opts = resolveOptions();
const named = (q: string, id: string) => {
  const a = analyze(q);
  const tp = model.topics.findIndex((t) => t.id === id);
  return headingNamed(model, understand(a, model.lexicon, opts), tp, detectIntent(a));
};

it('counts the subject a heading names, not a generic verb it shares', () => {
  expect(named('does the smoke signal work', 'how-does-a-smoker-work')).toBe(0);
  expect(named('how do smokers work', 'how-does-a-smoker-work')).toBeGreaterThan(0);
  expect(named('what signals do bees send', 'signals-between-bees')).toBeGreaterThan(0);
});

it('names no section by the page title\'s words: they are the subject of every section', () => {
  expect(named('bees and smoke', corpus.sections[0]!.id)).toBe(0);
  expect(named('signals between bees', 'signals-between-bees')).toBeGreaterThan(0);
});
