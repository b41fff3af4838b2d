import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { assess } from '../../server/engine/confidence.ts';
import { resolveOptions } from '../../server/engine/defaults.ts';
import { detectIntent } from '../../server/engine/understand/intent.ts';
import { buildModel } from '../../server/engine/model.ts';
import { understand } from '../../server/engine/understand/query.ts';
import { rankTopics, selectSentences } from '../../server/engine/rank.ts';
import { retrieve } from '../../server/engine/retrieve.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { SLEEP } from './fixture.ts';
import { SITE } from '../setup/site.ts';

const model = buildModel(SLEEP, '', SITE.questions, SITE.synonyms);
const opts = resolveOptions();

function pipeline(text: string) {
  const a = analyze(text);
  const intent = detectIntent(a);
  const query = understand(a, model.lexicon, opts);
  const ranked = rankTopics(model, query, intent, retrieve(model, query, opts), opts);
  return { intent, query, ranked, verdict: assess(model, query, ranked, opts) };
}

describe('answer selection and confidence', () => {
  it('prefers the sentence with a duration for "how long"', () => {
    const { intent, query, ranked } = pipeline('how long does somnol last');
    const tp = ranked[0]!.tp;
    expect(model.topics[tp]!.id).toBe('how-long-does-somnol-last');
    const sids = selectSentences(model, query, intent, tp, opts);
    expect(SLEEP.sentences[sids[0]!]!.text).toMatch(/six to eight hours/);
  });

  it('returns at most three sentences, in article order, and skips what was said', () => {
    const { intent, query, ranked } = pipeline('somnol effect hours weeks drowsy');
    const tp = ranked[0]!.tp;
    const sids = selectSentences(model, query, intent, tp, opts);
    expect(sids.length).toBeLessThanOrEqual(3);
    expect([...sids].sort((x, y) => x - y)).toEqual(sids);
    const again = selectSentences(model, query, intent, tp, opts, new Set(sids));
    expect(again.some((s) => sids.includes(s))).toBe(false);
  });

  it('abstains when the content words are not covered, even though "somnol" matched', () => {
    const { verdict } = pipeline('is somnol covered by insurance');
    expect(verdict.decision).toBe('fallback');
  });

  it('asks to clarify when two different topics are nearly tied', () => {
    // "improves mood" is said word for word by two unrelated sections
    const { verdict } = pipeline('what improves mood');
    expect(verdict.decision).toBe('clarify');
    expect(verdict.options.map((tp) => model.topics[tp]!.id).sort()).toEqual(['swimming-and-mood', 'walking-and-mood']);
  });

  it('answers when one topic clearly wins', () => {
    const { verdict, ranked } = pipeline('can somnol give me headaches');
    expect(verdict.decision).toBe('answer');
    expect(model.topics[ranked[0]!.tp]!.id).toBe('side-effects');
  });
});

describe('compose', () => {
  const engine = createEngine({ corpus: SLEEP, indexJson: '', site: SITE });

  it('answers with verbatim article sentences and a section link', () => {
    const { reply, trace } = engine.answer('what is the usual dose of somnol?');
    expect(reply.kind).toBe('answer');
    expect(trace.sectionId).toBe('doses-of-somnol');
    const [article, caution] = reply.text.split('\n\n');
    const sentences = SLEEP.sentences.map((s) => s.text);
    // every sentence of the article part is an article sentence, verbatim
    for (const part of article!.match(/[^.!?]+[.!?]/g) ?? []) expect(sentences).toContain(part.trim());
    expect(caution).toMatch(/clinician/); // dose questions carry a one-line caution
    expect(reply.sources).toEqual([{ title: 'Doses of Somnol', url: '/doc#doses-of-somnol' }]);
  });

  it('answers an FAQ with its short answer and the pair id as anchor', () => {
    const { reply, trace } = engine.answer('coffee and somnol?');
    expect(trace.sectionId).toBe('can-i-drink-coffee-with-somnol');
    expect(reply.text).toBe('Coffee weakens the calming effect of Somnol.');
    expect(reply.sources[0]!.url).toBe('/doc#can-i-drink-coffee-with-somnol');
  });

  it('falls back with questions it can answer', () => {
    const { reply } = engine.answer('what does somnol cost in canada');
    expect(reply.kind).toBe('fallback');
    expect(reply.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(reply.sources).toEqual([]);
  });
});
