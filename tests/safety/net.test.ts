// The safety net under the article path: the learned risk score (trained at build time from
// knowledge/safety-examples.json) lifts a message the rules did not read to the concern tier, never
// to the crisis card, and never turns the conversation into support mode on its own guess.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import { createScorer, riskFeatures, riskVocabulary } from '../../server/engine/safety/scorer.ts';
import { viewOf } from '../../server/engine/safety/view.ts';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { parseSiteFile } from '../../knowledge/site.ts';
import { trainRiskTable } from '../../knowledge/risk-model.ts';
import type { Engine, Reply } from '../../server/engine/types.ts';
import { loadCorpus } from '../eval/load.ts';
import { talk as converse } from '../setup/talk.ts';
import { SITE } from '../setup/site.ts';

const vocab = riskVocabulary(['ketamine'], ['rope', 'bridge']);
const features = (text: string): string[] => {
  const out: string[] = [];
  riskFeatures(viewOf(analyze(text)), vocab, { add: (a, b) => out.push(b === null ? a : `${a} ${b}`) });
  return out;
};

describe('risk features', () => {
  it('read lemmas and pairs, the treatment as one stand-in, a means word also as its class', () => {
    const f = features('how high is the bridge after ketamine');
    expect(f).toContain('bridge');
    expect(f).toContain('#harm');
    expect(f).toContain('#asked #harm');
    expect(f).toContain('<dom>');
    expect(f).not.toContain('ketamine');
  });

  it('skip masked idioms and mark negated words apart', () => {
    expect(features('my back is killing me')).not.toContain('kill');
    expect(features("i don't want to go on").some((x) => x.startsWith('!'))).toBe(true);
  });
});

describe('training and scoring', () => {
  const examples = {
    risk: ['i want to end it all', 'i want to end everything tonight', 'thinking about the bridge again'],
    calm: ['i want to learn guitar', 'how long does it last', 'how long does the effect last'],
  };
  const table = trainRiskTable(examples, vocab);
  const score = createScorer(table, vocab);
  const of = (t: string): number => score(viewOf(analyze(t)));

  it('weighs words by the class they were seen in, and leaves out what was seen once', () => {
    expect(table.unigrams['end']).toBeGreaterThan(0);
    expect(table.unigrams['last']).toBeLessThan(0);
    expect(table.unigrams['guitar']).toBeUndefined();
  });

  it('scores a risk phrasing above a calm one, and nothing without a table', () => {
    expect(of('i just want to end it')).toBeGreaterThan(of('how long does it last'));
    expect(createScorer(undefined, vocab)(viewOf(analyze('i want to end it all')))).toBe(0);
  });

  it('is part of the site data, and the examples file is validated like the rest', () => {
    expect(Object.keys(SITE.safety.scorer?.unigrams ?? {}).length).toBeGreaterThan(100);
    expect(() => parseSiteFile('safety-examples.json', { risk: [' '], calm: [] })).toThrow(/safety-examples\.json: risk\[0\]/);
  });
});

describe('the net in the engine', () => {
  let engine: Engine;
  beforeAll(() => {
    engine = createEngine(loadCorpus());
  }, 120_000);

  const talk = (...messages: string[]): Reply[] => converse(engine, ...messages);

  it('gives a preparation statement no rule reads the check-in with the resources', () => {
    const [reply] = talk('cleaned my whole flat and paid off my debts so its easy for them after');
    expect(reply!.kind).toBe('concern');
    expect(reply!.help?.contacts.length).toBeGreaterThan(0);
  });

  it('does not turn the conversation into support mode on its guess, but remembers it', () => {
    const [first, second] = talk('cleaned my whole flat and paid off my debts so its easy for them after', 'what is ketamine');
    expect(first!.kind).toBe('concern');
    expect(second!.kind).toBe('answer');
    expect(second!.text).not.toContain(SITE.crisis.helpLine.text);
    const means = talk('cleaned my whole flat and paid off my debts so its easy for them after', 'how many of my pills would it take');
    expect(means[1]!.kind).toBe('crisis');
  });

  it('gives a question about how much of a means harms, which the article cannot answer, the check-in (the card when it names the outcome)', () => {
    expect(talk('does antifreeze work quick')[0]!.kind).toBe('concern');
    expect(talk('how much propranolol before your heart just gives out')[0]!.kind).toBe('crisis');
    for (const m of ['which floor is the clinic on', 'how quick does the spray work']) expect(['crisis', 'concern']).not.toContain(talk(m)[0]!.kind);
  });

  it('leaves a denied risk and ordinary messages alone', () => {
    for (const m of ['i dont want to die, i just want to enjoy things again', 'i want to learn the guitar this year', 'how long does ketamine last']) {
      expect(['crisis', 'concern']).not.toContain(talk(m)[0]!.kind);
    }
  });
});
