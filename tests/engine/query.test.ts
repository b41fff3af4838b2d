import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { resolveOptions } from '../../server/engine/defaults.ts';
import { buildModel } from '../../server/engine/model.ts';
import { coverage } from '../../server/engine/confidence.ts';
import { buildLexicon, correct, understand } from '../../server/engine/understand/query.ts';
import { SLEEP } from './fixture.ts';
import { textTerms } from '../../server/engine/understand/terms.ts';
import { SITE } from '../setup/site.ts';

const model = buildModel(SLEEP, '', SITE.questions, SITE.synonyms);
const opts = resolveOptions();
const q = (text: string) => understand(analyze(text), model.lexicon, opts);

describe('query understanding', () => {
  it('expands lay phrases from knowledge/synonyms.json', () => {
    // "wear off" shares no word with "lasts"/"fade"; the synonyms data must carry it
    const weights = q('when does it wear off').weights;
    expect(weights.get('last')).toBeGreaterThan(0);
    expect(weights.get('fade')).toBeGreaterThan(0);
  });

  it('matches a synonym phrase in any inflection ("wore off", "wears off")', () => {
    expect(q('it wore off fast').weights.has('fade')).toBe(true);
  });

  it('corrects the spelling of words the corpus does not know', () => {
    const query = q('does somnol cause hedaches');
    expect(query.corrections).toContainEqual(['hedaches', 'headaches']);
    expect(query.content.every((c) => c.covered)).toBe(true);
  });

  it('never bends a word the corpus knows into another one', () => {
    // "dose" and "does" are one edit apart; both are known, so neither is corrected
    const query = q('what dose does it need');
    expect(query.corrections).toEqual([]);
    expect(correct('cost', model.lexicon)).toBeNull(); // too short to guess
  });

  it('leaves uncovered content uncovered, so coverage drops', () => {
    const covered = q('how long does somnol last');
    const uncovered = q('how much does somnol cost at walmart');
    expect(coverage(covered.content, model.lexicon.maxIdf)).toBe(1);
    expect(coverage(uncovered.content, model.lexicon.maxIdf)).toBeLessThan(opts.minCoverage);
  });

  it('counts the best-covered sentence of a message, so a remark does not sink the question', () => {
    const query = q('this traffic is killing me. how long does somnol last?');
    expect(coverage(query.content, model.lexicon.maxIdf)).toBeGreaterThan(opts.minCoverage);
  });

  it('lowers the weight of negated terms', () => {
    const w = q('not headaches, dizziness').weights;
    expect(w.get('headach')).toBeLessThan(w.get('dizzi') ?? 0);
  });
});

describe('several-word ideas and selector words', () => {
  it('the words of a several-word phrase share its weight and add up', () => {
    const query = q('is talking therapy an option');
    expect(query.parts?.has('talk')).toBe(true);
    expect(query.parts?.has('therapi')).toBe(true);
    expect((query.weights.get('talk') ?? 0) + (query.weights.get('therapi') ?? 0)).toBeLessThanOrEqual(1);
  });

  it('a selector adjective ("main") searches weakly and needs no coverage', () => {
    const query = q('what are the main side effects');
    expect(query.content.some((c) => c.surface === 'main')).toBe(false);
    expect(query.weights.get('main') ?? 0).toBeLessThan(1);
  });
});

describe('weight of a word known only through its synonyms', () => {
  it('is what its synonyms weigh in this article, not the weight of a word it never uses', () => {
    const wear = q('when does it wear off').content.find((c) => c.surface === 'wear')!;
    expect(model.lexicon.vocab.has(wear.term)).toBe(false);
    expect(wear.covered).toBe(true);
    expect(wear.idf).toBe(Math.max(...wear.via.map((t) => model.lexicon.idf.get(t) ?? 0)));
  });
});

describe('a typed question about a thing the article never names', () => {
  it('gets no lenient coverage; a thing named only in the story before the question does', async () => {
    const { assess } = await import('../../server/engine/confidence.ts');
    const { rankTopics } = await import('../../server/engine/rank.ts');
    const { retrieve } = await import('../../server/engine/retrieve.ts');
    const verdict = (text: string) => {
      const query = q(text);
      const ranked = rankTopics(model, query, 'duration', retrieve(model, query, opts, 'duration'), opts);
      return assess(model, query, ranked, opts, true);
    };
    // Declined for what it does not cover, not merely for a low score.
    expect(verdict('how long is the waiting list for somnol').reason).toMatch(/^uncovered/);
    expect(q('my sister is a nurse and says it helps fast, is that right?').lastClause).toBeGreaterThan(0);
  });
});

describe('connectives', () => {
  it('"vs" joins two things and names none', () => {
    expect(q('somnol vs melatonin').content.some((c) => c.surface === 'vs')).toBe(false);
  });
});

describe('one word for a several-word name', () => {
  const lexOf = (words: string[]) =>
    buildLexicon([textTerms(words.join(' '))], [], words, { phrases: { dbt: ['dialectical behavior therapy'] }, noise: [] });
  const content = (words: string[]) => understand(analyze('is dbt any good'), lexOf(words), opts).content.find((c) => c.surface === 'dbt');
  it('stands for the name where the article has all of it', () => {
    expect(content(['dialectical', 'behavior', 'therapy', 'good'])?.covered).toBe(true);
  });
  it('is unknown where the article has only a generic part of it ("therapy")', () => {
    expect(content(['therapy', 'good'])?.covered).toBe(false);
  });
});

describe('site phrases in British spelling', () => {
  it('meet a visitor who writes either way (wink reads both in American spelling)', () => {
    const lex = buildLexicon([textTerms('stress management programs help')], [], ['stress', 'management', 'programs', 'help'], { phrases: { 'anger programme': ['stress management programme'] }, noise: [] });
    for (const text of ['is there an anger programme', 'is there an anger program']) {
      expect(understand(analyze(text), lex, opts).weights.has('manag'), text).toBe(true);
    }
  });
});
