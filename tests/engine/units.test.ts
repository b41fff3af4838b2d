/** Answer units: a list with its lead-in, a lead-in with its list, no question in prose as an answer, discourse words. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { SITE } from '../setup/site.ts';

const text = `Growing tomatoes

Tomatoes need sun, water and patience.

Common Problems

Why do tomato leaves curl? Most problems show on the leaves first. Watch for these signs:
Yellow leaves at the bottom
Brown spots on the fruit
Curled leaves in hot weather

Varieties

The table below compares the two kinds of tomato plant.

Bush tomatoes stay short and fruit all at once:
Short stems
One big harvest

Feeding

Feed them every two weeks once the first fruit sets. But too much feeding gives leaves instead of fruit.
`;
const corpus = buildCorpus([{ entry: parseManifest([{ file: 'garden.txt', title: 'Growing tomatoes', url: '/garden' }])[0]!, text }], 'units-1');
const engine = createEngine({ corpus, indexJson: '', site: SITE });

describe('answer units', () => {
  it('answers with the whole list and its lead-in, one item a line', () => {
    const { reply } = engine.answer('what are the signs of tomato problems');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('Watch for these signs:\nYellow leaves at the bottom\nBrown spots on the fruit\nCurled leaves in hot weather');
  });
  it('brings the lead-in along when an item matched', () => {
    const { reply } = engine.answer('brown spots on the fruit');
    expect(reply.text).toContain('Watch for these signs:');
    expect(reply.text).toContain('Brown spots on the fruit');
  });
  it('answers with what a sentence points at ("the table below compares …"), not the pointer alone', () => {
    const { reply } = engine.answer('how do the two kinds of tomato plant compare');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('Bush tomatoes stay short and fruit all at once:');
  });
  it('never answers with a question from the prose', () => {
    const { reply } = engine.answer('why do tomato leaves curl');
    expect(reply.text.startsWith('Why do tomato leaves curl?')).toBe(false);
  });
  it('drops a leading discourse word when the sentence before it is not in the reply', () => {
    const { reply } = engine.answer('what does too much feeding do');
    expect(reply.text).toContain('too much feeding gives leaves instead of fruit.');
    expect(reply.text).not.toMatch(/^But /);
  });
});
