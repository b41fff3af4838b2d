import { describe, expect, it } from 'vitest';
import { type ConversationState, decodeContext, encodeContext } from '../../server/engine/context.ts';
import { buildModel } from '../../server/engine/model.ts';
import { makeCorpus, SLEEP } from './fixture.ts';
import { SITE } from '../setup/site.ts';

const model = buildModel(SLEEP, '', SITE.questions, SITE.synonyms);
const state: ConversationState = {
  tp: 1,
  said: [2, 3],
  intent: 'duration',
  terms: ['last'],
  crisis: false,
  recent: ['how long does it last?'],
};
const decode = (raw: unknown) => decodeContext(raw, model, 1024, 160);

describe('context', () => {
  it('round-trips a conversation state as a small base64url string', () => {
    const ctx = encodeContext(state, model);
    expect(ctx).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(ctx.length).toBeLessThan(200);
    expect(decode(ctx)).toEqual(state);
  });

  it('ignores a tampered context (one character changed)', () => {
    const ctx = encodeContext(state, model);
    for (const i of [0, 10, ctx.length - 1]) {
      const c = ctx[i] === 'A' ? 'B' : 'A';
      expect(decode(ctx.slice(0, i) + c + ctx.slice(i + 1))).toBeNull();
    }
  });

  it('ignores a forged context with a valid shape but a wrong checksum', () => {
    const forged = Buffer.from(JSON.stringify([1, 'x', 0, [], -1, [], 0, [], 'deadbeef'])).toString('base64url');
    expect(decode(forged)).toBeNull();
  });

  it('ignores a context from another corpus', () => {
    const other = buildModel(makeCorpus({ Other: [['Another text entirely.']] }, [], 'other-2'), '', SITE.questions, SITE.synonyms);
    expect(decode(encodeContext({ ...state, tp: 0, said: [0], terms: [] }, other))).toBeNull();
  });

  it('ignores garbage without throwing', () => {
    for (const raw of ['', '!!!', 'a'.repeat(5000), 'e30', 123, null, undefined, { tp: 1 }]) {
      expect(decode(raw)).toBeNull();
    }
  });
});
