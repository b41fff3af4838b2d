/**
 * The engine's speed-ups must give the same results as the plain code they replace: hand-written
 * sorts against Array.prototype.sort, the lazily read sentences against wink's, the context's
 * base64url against Node's, one-sentence clause numbering against the full walk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { type ConversationState, decodeContext, encodeContext } from '../../server/engine/context.ts';
import { buildModel } from '../../server/engine/model.ts';
import { tokenSentences } from '../../server/engine/understand/clauses.ts';
import { ascending, byScoreThenTopic } from '../../server/engine/score.ts';
import { SLEEP } from './fixture.ts';
import { SITE } from '../setup/site.ts';

const model = buildModel(SLEEP, '', SITE.questions, SITE.synonyms);

describe('engine fast paths', () => {
  it('sorts topics and sentence ids exactly as the built-in sort, short and long lists alike', () => {
    // Scores from a small set, so ties (broken by topic index) are common.
    const topics = fc.uniqueArray(fc.record({ tp: fc.nat(500), score: fc.constantFrom(0, 0.25, 0.5, 1, 2.75) }), { selector: (t) => t.tp, maxLength: 60 });
    fc.assert(
      fc.property(topics, (list) => {
        const expected = [...list].sort((a, b) => b.score - a.score || a.tp - b.tp);
        expect(byScoreThenTopic([...list])).toEqual(expected);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.nat(300), { maxLength: 60 }), (ids) => {
        expect(ascending([...ids])).toEqual([...ids].sort((a, b) => a - b));
      }),
    );
  });

  it('reads sentences only on demand, with the same texts and count as wink', () => {
    const a = analyze('I slept badly. How long does it last? Thanks!');
    expect(a.sentenceCount).toBe(3);
    expect(a.sentences).toEqual(['I slept badly.', 'How long does it last?', 'Thanks!'].map((s) => s.toLowerCase()));
    expect(analyze('how long does it last').sentenceCount).toBe(1);
  });

  it('numbers clauses the same whether or not the sentence texts are read', () => {
    for (const text of [
      'how long does it last',
      'dead tired, how long does it last?',
      'my appointment - what does it involve',
      'what is the half-life of it',
      'i slept badly. how long does it last? thanks',
      'hi!! ok... so - what now; and then: why',
    ]) {
      const a = analyze(text);
      // Without `sentenceCount` the walk always reads the sentence texts (the code before the fast path).
      const full = tokenSentences({ normalized: a.normalized, tokens: a.tokens, types: a.types, sentences: a.sentences });
      expect(tokenSentences(a), text).toEqual(full);
    }
  });

  it('round-trips contexts of every look-back length, as URL-safe base64 without padding', () => {
    const base: ConversationState = { tp: 1, said: [2], intent: 'duration', terms: ['last'], crisis: false, cues: [] };
    for (const cues of [[], [1], [2, 4], [8, 16, 32], [63, 0, 1, 2]]) {
      const state = { ...base, cues };
      const ctx = encodeContext(state, model);
      expect(ctx).toMatch(/^[A-Za-z0-9_-]+$/);
      // Same bytes as Node's own base64url of the context's JSON.
      expect(Buffer.from(ctx, 'base64url').toString('base64url')).toBe(ctx);
      expect(decodeContext(ctx, model)).toEqual(state);
    }
  });

  it('rejects a context whose bytes are not valid UTF-8', () => {
    const bad = Buffer.from([0x5b, 0xff, 0xfe, 0x5d]).toString('base64url');
    expect(decodeContext(bad, model)).toBeNull();
  });
});
