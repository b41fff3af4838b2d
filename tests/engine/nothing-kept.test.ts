// Privacy rule: what a visitor in distress writes is never kept. The engine's per-message slots go
// with every reply; after a reply to a visitor in distress (one that carries help), its memos of
// words go back to what the site's own data brought, so no visitor's word stays in memory.
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

  it('after a reply with help, keeps no word and no spelling guess any visitor wrote', () => {
    // An ordinary visitor's unknown words may be remembered between messages...
    engine.answer('what is zorblaxing and how long does the efect of ketamin last');
    const kept = isTermKept('zorblaxing') || model.lexicon.memo.guesses.size > 0;
    expect(kept).toBe(true);
    // ...until a visitor in distress is answered: then every memo is back to the site's own words.
    const replies = talk(engine, 'i cant do this anymore, i want to die', 'what does quibbleflux mean for the infusion');
    expect(replies.every((r) => r.help !== undefined)).toBe(true);
    for (const word of ['zorblaxing', 'quibbleflux']) expect(isTermKept(word)).toBe(false);
    expect(model.lexicon.memo.guesses.size).toBe(0);
  });

  it('answers the same way whether or not the memos were reset', () => {
    const first = engine.answer('how long does it last').reply;
    talk(engine, 'i want to kill myself');
    const again = engine.answer('how long does it last').reply;
    expect(again.text).toBe(first.text);
  });
});
