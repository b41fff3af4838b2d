/** Follow-ups keep their sub-topic: after an answer from one sub-section, "how long does it take?" stays there. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { SITE } from '../setup/site.ts';

const md = `# Winter low mood

Many people feel low in winter. This page covers what helps.

## Treatments

There are two main treatments.

### Bright light

A bright lamp is used every morning for about half an hour. Most people start to feel better within two weeks of daily use.

### Medicines

Medicines called SSRIs are often prescribed. They can take several weeks to work fully.

## Everyday steps

Walking outside in daylight helps too.
`;
const corpus = buildCorpus([{ entry: parseManifest([{ file: 'winter.md', title: 'Winter low mood', url: '/winter' }])[0]!, text: md }], 'followup-1');
const engine = createEngine({ corpus, indexJson: '', site: SITE });

function ask(...turns: string[]) {
  let context: string | undefined;
  let last = engine.answer(turns[0]!);
  for (const t of turns) {
    last = engine.answer(t, context);
    context = last.reply.context;
  }
  return last;
}

describe('follow-ups keep their sub-topic', () => {
  it.each([
    ['what is the bright light treatment', 'Bright light', 'within two weeks'],
    ['tell me about the medicines', 'Medicines', 'several weeks to work'],
  ])('after %s, "how long does it take to work?" stays in %s', (first, title, evidence) => {
    const { reply } = ask(first, 'how long does it take to work?');
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]!.title).toBe(title);
    expect(reply.text).toContain(evidence);
  });
});
