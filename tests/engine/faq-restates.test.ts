/** An FAQ answer restates what a body section elaborates: when both match, the section answers. */
import { expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { resolveOptions } from '../../server/engine/defaults.ts';
import { rankTopics } from '../../server/engine/rank.ts';
import { retrieve } from '../../server/engine/retrieve.ts';
import { detectIntent } from '../../server/engine/understand/intent.ts';
import { buildModel } from '../../server/engine/model.ts';
import { understand } from '../../server/engine/understand/query.ts';
import { SITE } from '../setup/site.ts';

const text = `Keeping Bees

Bees are kept in wooden hives by beekeepers in many countries.

Making Honey

Worker bees carry nectar back to the hive in a special stomach. They pass the nectar from bee to bee and fan it with their wings until most of the water has gone. The thick honey is then sealed in wax cells for winter.

Frequently Asked Questions

How do bees make honey?

Bees turn nectar into honey in the hive.

Do bees sleep?

Bees rest for several hours at night.
`;
const corpus = buildCorpus([{ entry: parseManifest([{ file: 'bees.txt', title: 'Keeping Bees', url: '/bees' }])[0]!, text }], 'faq-restates');
const model = buildModel(corpus, '', SITE.questions, SITE.synonyms);
const opts = resolveOptions();

it('answers from the section that elaborates a point rather than the FAQ answer that restates it', () => {
  const a = analyze('what do worker bees do with the nectar');
  const intent = detectIntent(a);
  const query = understand(a, model.lexicon, opts);
  const ranked = rankTopics(model, query, intent, retrieve(model, query, opts, intent), opts);
  expect(model.topics.some((t) => t.isFaq)).toBe(true);
  expect(model.topics[ranked[0]!.tp]!.title).toBe('Making Honey');
});
