import { describe, expect, it } from 'vitest';
import { type ConversationState, decodeContext, encodeContext, MAX_CONTEXT_CHARS } from '../../server/engine/context.ts';
import { DEFAULTS } from '../../server/config.ts';
import { SEAL_OVERHEAD } from '../../server/http/context-mac.ts';
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
  cues: [2, 4],
};
const decode = (raw: unknown) => decodeContext(raw, model);

describe('context', () => {
  it('round-trips a conversation state as a small base64url string', () => {
    const ctx = encodeContext(state, model);
    expect(ctx).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(ctx.length).toBeLessThan(200);
    expect(decode(ctx)).toEqual(state);
  });

  it('tells support mode after check-ins alone from support mode after the crisis card', () => {
    expect(decode(encodeContext({ ...state, crisis: true, gentle: true }, model))).toEqual({ ...state, crisis: true, gentle: true });
    expect(decode(encodeContext({ ...state, crisis: true }, model))).toEqual({ ...state, crisis: true });
    expect(decode(encodeContext({ ...state, crisis: false, gentle: true }, model))).toEqual(state);
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

describe('context size never depends on what the visitor typed', () => {
  it('never makes a context longer than the one limit, and keeps the support flag', () => {
    const heavy: ConversationState = {
      tp: 1,
      said: Array.from({ length: 24 }, (_, i) => i % 3),
      intent: 'duration',
      terms: Array.from({ length: 8 }, () => '死'.repeat(40)),
      crisis: true,
      cues: [127, 127, 127, 127],
    };
    const ctx = encodeContext(heavy, model);
    expect(ctx.length).toBeLessThanOrEqual(MAX_CONTEXT_CHARS);
    const body = JSON.parse(Buffer.from(ctx, 'base64url').toString('utf8')) as unknown[];
    expect(body[6]).toBe(1);
  });

  it('carries cue flags, never text, for the safety look-back', () => {
    const ctx = encodeContext({ ...state, crisis: true, cues: [2, 4, 1] }, model);
    const json = Buffer.from(ctx, 'base64url').toString('utf8');
    expect(json).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
    expect(decode(ctx)?.cues).toEqual([2, 4, 1]);
  });

  it('rejects cue flags out of range and a look-back longer than the window', () => {
    expect(decode(encodeContext({ ...state, cues: [999] }, model))).toBeNull();
    const five = encodeContext({ ...state, cues: [1, 2, 3, 4] }, model);
    expect(decode(five)?.cues).toHaveLength(4);
  });

  it('the HTTP layer accepts back the longest context the engine makes, sealed', () => {
    expect(DEFAULTS.contextMaxChars).toBe(MAX_CONTEXT_CHARS + SEAL_OVERHEAD);
  });
});
