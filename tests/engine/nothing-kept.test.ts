// Privacy rule: what a visitor writes does not outlive the reply. The engine's memos hold what the
// site's data brings; a visitor's own words are worked out afresh each time and never stored.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import { isTermKept, termOf } from '../../server/engine/understand/terms.ts';
import type { CorpusModel } from '../../server/engine/model.ts';
import type { Engine } from '../../server/engine/types.ts';
import { loadCorpus } from '../eval/load.ts';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
}, 120_000);

describe('nothing a visitor writes is kept by the engine', () => {
  it('keeps no stem of a visitor word once the engine is built', () => {
    const word = 'zorblaxing';
    engine.answer(`i keep ${word} and thinking about overdosing`);
    engine.answer(`what is ${word}`);
    expect(isTermKept(word)).toBe(false);
    // The word is still understood each time: only its keeping is refused.
    expect(termOf(word)).toBe(termOf(word));
    expect(isTermKept(word)).toBe(false);
  });

  it('forgets the spelling guesses and query weights of a message once it is answered', () => {
    const reply = engine.answer('how long does the efect of ketamin last, zorblax').reply;
    expect(reply.kind).toBe('answer');
    const { model } = engine as unknown as { model: CorpusModel };
    expect(model.lexicon.memo.guesses.size).toBe(0);
    expect(model.memo.raw.weights).toBeNull();
  });

  it('still answers the same way on a second reading of the same message', () => {
    const first = engine.answer('how long does it last').reply;
    const again = engine.answer('how long does it last').reply;
    expect(again.text).toBe(first.text);
  });
});
