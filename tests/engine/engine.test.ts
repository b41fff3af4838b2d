/**
 * Golden-style cases on the seed article (compiled from knowledge/sources, index built in memory).
 * Each case names the expected kind and section(s), never wording; hard cases say why they are hard.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import type { Engine } from '../../server/engine/types.ts';
import { seedArticle } from './fixture.ts';
import { SITE } from '../setup/site.ts';

let engine: Engine;
let sentences: string[];
beforeAll(() => {
  const { corpus, indexJson } = seedArticle();
  engine = createEngine({ corpus, indexJson, site: SITE });
  sentences = corpus.sentences.map((s) => s.text);
});

const HOW_LONG = ['how-long-does-ketamine-last-for-depression', 'what-is-ketamine', 'longer-term-effects-on-symptoms-of-severe-depression', 'effective-in-patients-with-treatment-resistant-depression-and-bipolar-disorder'];
const ONSET = ['immediate-effects-rapid-onset-of-action', 'what-is-ketamine', 'how-does-ketamine-work', 'how-long-does-ketamine-last-for-depression'];
const WORK = ['how-does-ketamine-work', 'mechanism-of-action-of-ketamine'];

const cases: Array<{ q: string; kind: string; sections?: string[]; why?: string }> = [
  { q: 'How long does ketamine last for depression?', kind: 'answer', sections: HOW_LONG },
  { q: 'when does it wear off', kind: 'answer', sections: HOW_LONG, why: '"wear off" shares no word with "last"; the synonyms data must carry it' },
  { q: 'how long until it kicks in', kind: 'answer', sections: ONSET, why: '"how long" + "until" asks time to effect, not duration' },
  { q: 'how does ketamine work in the brain', kind: 'answer', sections: WORK },
  { q: 'whats the dosage of ketamin for depresion', kind: 'answer', sections: ['doses-of-ketamine-used-to-treat-depressive-symptoms'], why: 'two typos, both out of the corpus vocabulary' },
  { q: 'blurry vision?', kind: 'answer', sections: ['immediate-effects-rapid-onset-of-action', 'how-does-ketamine-work'], why: '"blurry" vs the article\'s "blurred"' },
  { q: 'is it FDA approved', kind: 'answer', sections: ['what-is-ketamine', 'immediate-effects-rapid-onset-of-action'], why: 'the article only says "off-label"' },
  { q: 'How can I improve my mood fast?', kind: 'answer', sections: ['how-can-i-improve-my-mood-fast'] },
  { q: 'what drugs help your mood', kind: 'answer', sections: ['what-drugs-improve-mood'] },
  { q: 'Hi! how long does ketamine last?', kind: 'answer', sections: HOW_LONG, why: 'a greeting plus a question answers the question' },
  { q: 'this traffic is killing me. how long does ketamine last?', kind: 'answer', sections: HOW_LONG, why: 'an idiom in a remark, then a covered question' },
  { q: 'how much does ketamine cost', kind: 'fallback', why: 'in the domain, not in the article; "ketamine" alone must not make it look covered' },
  { q: 'does insurance cover ketamine', kind: 'fallback' },
  { q: 'ketamine clinics near me', kind: 'fallback', why: '"clinics" stems like the article\'s "clinical"; no sentence says where' },
  { q: 'is ketamine legal in texas', kind: 'fallback' },
  { q: 'how fast can a cheetah run', kind: 'fallback', why: 'a question type the article answers, about something it never names' },
  { q: 'how much ketamine should I take', kind: 'referral' },
  { q: 'shoud i stop my antidepressants now', kind: 'referral', why: 'the decision is asked in a misspelt function word, read put right' },
  { q: 'shud i stop my meds', kind: 'referral', why: 'the decision is asked in chat spelling, read spelt out' },
  { q: 'wot dose shud i take', kind: 'referral', why: 'a dose asked in chat spelling' },
  { q: 'thanks!', kind: 'smalltalk' },
  { q: 'are you a doctor?', kind: 'smalltalk' },
  { q: 'I want to kill myself', kind: 'crisis' },
  { q: "I'm not suicidal, just curious how long it lasts", kind: 'answer', sections: HOW_LONG, why: 'negated ideation plus a real question' },
];

describe('engine: golden-style cases', () => {
  it.each(cases)('$q → $kind', ({ q, kind, sections }) => {
    const { reply, trace } = engine.answer(q);
    expect(reply.kind).toBe(kind);
    if (sections) expect(sections).toContain(trace.sectionId);
  });
});

describe('engine: reply shape', () => {
  it('answers with at most three article sentences, verbatim, plus sources and 2–4 suggestions', () => {
    const { reply } = engine.answer('what are the side effects of ketamine');
    const article = reply.text.split('\n\n')[0]!;
    const used = sentences.filter((s) => article.includes(s));
    expect(used.length).toBeGreaterThanOrEqual(1);
    expect(used.length).toBeLessThanOrEqual(3);
    expect(used.join(' ').length).toBe(article.length); // nothing but article sentences
    expect(reply.sources[0]!.url).toMatch(/^\/article#[a-z0-9-]+$/);
    expect(reply.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(reply.suggestions.length).toBeLessThanOrEqual(4);
    expect(reply.confidence).toBeGreaterThan(0);
    expect(reply.confidence).toBeLessThanOrEqual(1);
  });

  it('adds a clinician caution to a general dose answer', () => {
    const { reply } = engine.answer('what dose is used in clinics?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/clinician/);
  });

  it('offers starters and typeahead over answerable questions', () => {
    expect(engine.starters().length).toBeGreaterThanOrEqual(2);
    const typed = engine.suggest('side eff');
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((s) => /side effect/i.test(s))).toBe(true);
    expect(engine.suggest('')).toEqual(engine.starters().slice(0, 5));
  });
});

describe('engine: conversations through context', () => {
  const talk = (...messages: string[]) => {
    let context: string | undefined;
    return messages.map((m) => {
      const result = engine.answer(m, context);
      context = result.reply.context;
      return result;
    });
  };

  it('"tell me more" gives the next sentences of the same topic, never repeating', () => {
    const turns = talk('how long does ketamine last', 'tell me more', 'tell me more');
    const said = turns.map((t) => t.reply.text.split('\n\n')[0]!);
    expect(turns[1]!.trace.sectionId).toBe(turns[0]!.trace.sectionId);
    const parts = said.flatMap((text) => sentences.filter((s) => text.includes(s)));
    expect(new Set(parts).size).toBe(parts.length);
  });

  it('keeps the question type for "what about …" and the subject for "that"', () => {
    // "what about for pain?" has no question word of its own: the duration comes from turn 1
    const turns = talk('can ketamine help with depression quickly?', 'what about for pain?', 'how long does that last');
    expect(turns[1]!.trace.sectionId).toBe('potential-to-reduce-chronic-pain-related-to-psychiatric-disorders');
    expect(turns[2]!.trace.sectionId).toBe('potential-to-reduce-chronic-pain-related-to-psychiatric-disorders');
  });

  it('answers "and how is it given?" after a definition', () => {
    const turns = talk('what is ketamine', 'and how is it given?');
    expect(['how-does-ketamine-work', 'doses-of-ketamine-used-to-treat-depressive-symptoms', 'what-is-ketamine']).toContain(turns[1]!.trace.sectionId);
  });

  it('puts the safety gate first mid-conversation and keeps a crisis line afterwards', () => {
    const turns = talk('how long does ketamine last', 'honestly i just want to end it all', 'how fast does it work?');
    expect(turns[1]!.reply.kind).toBe('crisis');
    expect(turns[1]!.reply.text).toMatch(/988/);
    expect(turns[2]!.reply.text).toMatch(/988/);
  });

  it('ignores a tampered context instead of trusting or throwing', () => {
    const first = engine.answer('how long does ketamine last');
    const tampered = first.reply.context.slice(0, -2) + (first.reply.context.endsWith('AA') ? 'BB' : 'AA');
    const fresh = engine.answer('tell me more');
    expect(() => engine.answer('tell me more', tampered)).not.toThrow();
    expect(engine.answer('tell me more', tampered).reply.kind).toBe(fresh.reply.kind);
    expect(engine.answer('tell me more', 'x'.repeat(100_000)).reply.kind).toBe(fresh.reply.kind);
  });
});

describe('engine: a fallback is a conversation, not a search box', () => {
  it('offers the sections nearest to what was asked, not the same starters every time', () => {
    const starters = engine.starters();
    const a = engine.answer('how much does an infusion cost at a clinic').reply;
    const b = engine.answer('is there a blood test for low mood').reply;
    expect(a.kind).toBe('fallback');
    expect(b.kind).toBe('fallback');
    // Each fallback leads with questions of the sections its words reached, so two different
    // unanswerable questions do not get the same list, and neither is just the starters.
    expect(a.suggestions).not.toEqual(b.suggestions);
    expect([a.suggestions, b.suggestions].some((s) => s[0] !== starters[0])).toBe(true);
  });

  it('never offers back the question just asked', () => {
    for (const q of [...engine.starters(), 'What drugs improve mood?']) {
      const { reply } = engine.answer(q);
      const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, '').trim();
      expect(reply.suggestions.map(norm)).not.toContain(norm(q));
    }
  });
});
