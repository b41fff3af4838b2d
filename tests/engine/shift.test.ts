/** A follow-up that moves to a subject of its own may hear again the sentence that answers it. */
import { expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { SITE } from '../setup/site.ts';

const text = `Keeping Bees

Bees are busy insects that many people keep at home.

Who Can Keep Bees?

Most adults can keep a hive in a garden. Children and older people can also help with a hive. Neighbours should be told before a hive arrives.

Feeding

Feed sugar syrup in autumn when honey stores are low.
`;
const corpus = buildCorpus([{ entry: parseManifest([{ file: 'bees.txt', title: 'Keeping Bees', url: '/bees' }])[0]!, text }], 'shift-1');
const engine = createEngine({ corpus, indexJson: '', site: SITE });

it('answers "what about X?" with the sentence about X, though the last answer said it', () => {
  const first = engine.answer('who can help with a hive');
  expect(first.reply.text).toContain('Children and older people can also help with a hive.');
  const next = engine.answer('what about older people?', first.reply.context);
  expect(next.reply.kind).toBe('answer');
  expect(next.reply.text).toContain('older people');
});
