// Privacy rule: what a visitor in distress writes is never kept. The engine goes further: its
// per-message slots and its memos of words (stems, spelling guesses) hold a message's words only
// while that message is answered, so after any reply, in distress or not, no visitor's word stays
// in memory; only what the site's own data brought is kept.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import { isTermKept } from '../../server/engine/understand/terms.ts';
import type { CorpusModel } from '../../server/engine/model.ts';
import type { Engine } from '../../server/engine/types.ts';
import { loadCorpus } from '../eval/load.ts';
import { talk } from '../setup/talk.ts';

let engine: Engine;
let model: CorpusModel;
beforeAll(() => {
  engine = createEngine(loadCorpus());
  ({ model } = engine as unknown as { model: CorpusModel });
}, 120_000);

describe('nothing a visitor in distress writes is kept by the engine', () => {
  it('forgets the one-message slots after every reply', () => {
    expect(engine.answer('how long does the efect of ketamin last').reply.kind).toBe('answer');
    expect(model.memo.raw.weights).toBeNull();
  });

  it('keeps no word and no spelling guess of a visitor after any reply, with help or without', () => {
    // The memos are used while a message is answered: the unknown word gets a spelling guess...
    let seen = 0;
    class Probe<K, V> extends Map<K, V> {
      override set(key: K, value: V): this {
        seen += 1;
        return super.set(key, value);
      }
    }
    model.lexicon.memo.guesses = new Probe();
    const ordinary = engine.answer('what is zorblaxing and how long does the efect of ketamin last').reply;
    expect(ordinary.help).toBeUndefined();
    expect(seen).toBeGreaterThan(0);
    // ...and nothing of it outlives the reply.
    expect(isTermKept('zorblaxing')).toBe(false);
    expect(model.lexicon.memo.guesses.size).toBe(0);
    const replies = talk(engine, 'i cant do this anymore, i want to die', 'what does quibbleflux mean for the infusion');
    expect(replies.every((r) => r.help !== undefined)).toBe(true);
    for (const word of ['zorblaxing', 'quibbleflux']) expect(isTermKept(word)).toBe(false);
    expect(model.lexicon.memo.guesses.size).toBe(0);
  });

  it("keeps the site's own words, so ordinary questions stay fast", () => {
    engine.answer('what is ketamine');
    expect(isTermKept('ketamine')).toBe(true);
  });

  it('answers the same way whether or not the memos were reset', () => {
    const first = engine.answer('how long does it last').reply;
    talk(engine, 'i want to kill myself');
    const again = engine.answer('how long does it last').reply;
    expect(again.text).toBe(first.text);
  });
});
