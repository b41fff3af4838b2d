/**
 * Retrieval and ranking behaviour added in round two: per-term postings that reproduce MiniSearch's
 * scores, counting the visitor's WORDS (not synonyms), prefixed compounds, question-type steering by
 * headings and questions, and questions about the text itself.
 */
import { describe, expect, it } from 'vitest';
import { analyze, timeAndNumberEntities } from '../../server/engine/understand/analyze.ts';
import { resolveOptions } from '../../server/engine/defaults.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { detectIntent } from '../../server/engine/understand/intent.ts';
import { buildModel } from '../../server/engine/model.ts';
import { conceptGroups } from '../../server/engine/understand/groups.ts';
import { understand } from '../../server/engine/understand/query.ts';
import { rankTopics } from '../../server/engine/rank.ts';
import { postingsFor, retrieve } from '../../server/engine/retrieve.ts';
import { textTerms } from '../../server/engine/understand/terms.ts';
import { makeCorpus, SLEEP } from './fixture.ts';
import { SITE } from '../setup/site.ts';

const model = buildModel(SLEEP, '', SITE.questions, SITE.synonyms);
const opts = resolveOptions();
const q = (text: string) => understand(analyze(text), model.lexicon, opts);

describe('postings', () => {
  it('hold, per term, the scores a one-term MiniSearch search gives', () => {
    const p = postingsFor(model, opts.fieldBoosts);
    for (const term of ['somnol', 'dose', 'mood']) {
      const direct = model.index.search(term, { boost: opts.fieldBoosts });
      const list = p.terms.get(term)!;
      expect(list.docs.length).toBe(direct.length);
      const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);
      expect(sum(list.scores)).toBeCloseTo(sum(direct.map((r) => r.score)), 9);
    }
  });

  it('are built once per model and boosts', () => {
    expect(postingsFor(model, opts.fieldBoosts)).toBe(postingsFor(model, opts.fieldBoosts));
  });
});

describe('visitor words, not synonyms, are counted', () => {
  it('puts a word and its synonyms in one group', () => {
    // "wear off" expands to last/fade/disappear: one idea of the visitor's, one group
    const groups = conceptGroups(q('when does it wear off'));
    const withLast = groups.find((g) => g.some(([t]) => t === 'last'))!;
    expect(withLast.map(([t]) => t)).toEqual(expect.arrayContaining(['fade']));
  });

  it('does not let a noise word stand for a synonym of its stem', () => {
    // "usually" stems like "usual" (a synonym of traditional), but says nothing about what is asked
    expect(q('what is the usually given dose').weights.has('tradit')).toBe(false);
    expect(q('what is the usual dose').weights.has('tradit')).toBe(true);
  });
});

describe('prefixed compounds', () => {
  it('index and search the parts of a compound wink keeps whole', () => {
    expect(textTerms('Even in non-responders it helps.')).toEqual(expect.arrayContaining(['non', 'respond']));
    const corpus = makeCorpus({ 'Who it helps': [['It helps non-responders too.'], ['It helps most people.']], Other: [['Something else entirely.']] });
    const m = buildModel(corpus, '', SITE.questions, SITE.synonyms);
    const query = understand(analyze('does it help non-responders'), m.lexicon, opts);
    expect(query.content.some((c) => c.term === 'respond' && c.covered)).toBe(true);
  });
});

describe('question types', () => {
  it.each([
    ['why does it even matter how long it lasts', 'why'], // opens with "why": a reason, not a duration
    ['how do regular antidepressants work', 'mechanism'],
    ['what does this page go over', 'overview'],
    ['my friend sent me this article, what is somnol?', 'definition'],
  ])('%s → %s', (text, expected) => {
    expect(detectIntent(analyze(text))).toBe(expected);
  });

  it('reads the type a section answers from its heading and questions', () => {
    const doses = model.topics.findIndex((t) => t.id === 'doses-of-somnol');
    expect(model.topicTypes[doses]!.get('dose')).toBeGreaterThan(0);
  });

  it('steers a typed question towards the section whose heading asks it', () => {
    // "how much somnol" names only the remedy, which every section names; the heading "Doses of
    // Somnol" says where amounts are
    const text = 'how much somnol?';
    const query = q(text);
    const intent = detectIntent(analyze(text));
    const hits = retrieve(model, query, opts, intent);
    const doses = model.topics.findIndex((t) => t.id === 'doses-of-somnol');
    const scoreOf = (typeSteer: number) => rankTopics(model, query, intent, hits, { ...opts, typeSteer }).find((r) => r.tp === doses)!.score;
    expect(scoreOf(1)).toBeGreaterThan(scoreOf(0) * 1.5);
  });

  it('answers a question about the text from the sentences about the text', () => {
    const corpus = makeCorpus({
      Intro: [['Somnol is a sleep aid.', 'This article will discuss doses and side effects.']],
      Doses: [['The dose is 300 mg.']],
    });
    const engine = createEngine({ corpus: corpus, indexJson: '', site: SITE });
    const { reply } = engine.answer('what does this article cover?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/will discuss/);
  });
});

describe('entities from tokens', () => {
  it('marks durations and numbers without wink NER', () => {
    const a = analyze('It works within two weeks at 0.5 mg.');
    expect(timeAndNumberEntities(a.tokens, a.types).map((e) => e.type)).toEqual(['CARDINAL', 'DURATION', 'CARDINAL']);
  });
});
