/**
 * The question type comes from the clause that asks: a place or an amount named in the story around
 * the question, or a count of people, is no ground for "no sentence answers that type"; a question
 * whose own clause asks for a place or a price the article never gives is still declined.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { askingClause } from '../../server/engine/understand/asking.ts';
import { detectIntent, readIntent, typeSure } from '../../server/engine/understand/intent.ts';
import { SITE } from '../setup/site.ts';

const text = `Keeping Bees

Bees are busy insects that many people keep at home. Honey keeps its flavour for a long time.

Beekeeping Classes

Many local clubs offer free classes and mentoring for new keepers. Family members can join the classes too and help new keepers with the hive.

Checking the Hive

A keeper looks at the frames every week in summer. Simple tests can rule out mites in the brood, because mites weaken young bees.
`;
const corpus = buildCorpus([{ entry: parseManifest([{ file: 'bees.txt', title: 'Keeping Bees', url: '/bees' }])[0]!, text }], 'asking-1');
const engine = createEngine({ corpus, indexJson: '', site: SITE });
const ask = (q: string) => {
  const { reply, trace } = engine.answer(q);
  return { kind: reply.kind, section: trace.sectionId, intent: trace.intent };
};

describe('the clause that asks', () => {
  it('is the last clause that asks by its form, after a remark', () => {
    expect(askingClause('my hive is new, how often should i check it?')).toBe('how often should i check it?');
    expect(askingClause('what can the family do to help, in my city the grandparents help')).toBe('what can the family do to help,');
    expect(askingClause('how often should i check the hive')).toBeNull();
  });

  it('gives a sure type; a cue word of the story around it gives an unsure one', () => {
    expect(readIntent('i keep bees in my garden, how long does honey last?')).toEqual({ intent: 'duration', sure: true });
    expect(readIntent('what can the family do to help, in my city the grandparents help').sure).toBe(false);
    expect(typeSure('bee clubs near me', 'location')).toBe(true);
  });

  it('reads "why" from the asking clause, not a duration word of the story', () => {
    expect(detectIntent({ normalized: 'my hive is weak, why does the honey not last as long as my friend’s' })).toBe('why');
  });

  it('counts doses only in units of one', () => {
    expect(detectIntent({ normalized: 'how many keepers get it' })).not.toBe('dose');
    expect(detectIntent({ normalized: 'how much does it help' })).not.toBe('dose');
    expect(detectIntent({ normalized: 'how many mg per kg' })).toBe('dose');
    expect(detectIntent({ normalized: 'how many sessions are needed' })).toBe('dose');
  });
});

describe('declines on the question type', () => {
  it('does not decline for a place named only in the story', () => {
    expect(ask('what can the family do to help new keepers, in my city the grandparents help').kind).toBe('answer');
  });

  it('does not read a count of people as a dose no sentence states', () => {
    expect(ask('how many new keepers get free classes').kind).toBe('answer');
  });

  it('still declines a place or a price the article never gives', () => {
    expect(ask('where can i find bee clubs near me').kind).not.toBe('answer');
    expect(ask('how much does a hive cost').kind).not.toBe('answer');
  });
});

describe('route questions', () => {
  it('are asked by how a thing is given, not by naming the thing', () => {
    expect(detectIntent({ normalized: 'what happens right after an infusion' })).not.toBe('administration');
    expect(detectIntent({ normalized: 'is it given as a nasal spray' })).toBe('administration');
    expect(detectIntent({ normalized: 'how is it given' })).toBe('administration');
  });
});

describe('a weak cue word', () => {
  it('steers the type but grounds no decline; a frame that asks still does', () => {
    expect(readIntent('can the classes help new keepers quickly')).toEqual({ intent: 'onset', sure: false });
    expect(ask('can the classes help new keepers quickly').kind).toBe('answer');
    expect(ask('how fast do classes help new keepers').kind).not.toBe('answer');
  });
});
