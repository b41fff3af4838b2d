// After a crisis or concern reply, for the rest of the session: the help line on every reply whatever
// the message lengths, no dose figure, never "the article doesn't cover that", small talk answered
// warmly, the crisis card again for a crisis signal inside an ordinary question. Real engine, real build.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import { MAX_CONTEXT_CHARS } from '../../server/engine/context.ts';
import type { Engine, Reply } from '../../server/engine/types.ts';
import { loadCorpus } from '../eval/load.ts';
import { talk as converse } from '../setup/talk.ts';
import { SITE } from '../setup/site.ts';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
}, 120_000);

const talk = (...messages: string[]): Reply[] => converse(engine, ...messages);

const HELP = SITE.crisis.helpLine.text;
const COLD = SITE.strings.fallback;
const DOSE = /\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|ml|mg\/kg)\b|\b0\.\d+\b/i;
const LONG = ['я очень устал и не знаю что делать '.repeat(50), '😀🙏💊 '.repeat(500), '死にたいと思うことがある。'.repeat(150), 'a'.repeat(1999)];

describe('support mode after a crisis reply', () => {
  it('keeps the help line and card on every later reply, whatever the message lengths and scripts', () => {
    const replies = talk('i want to kill myself', ...LONG, 'how long does ketamine last?', ...LONG, 'what is ketamine');
    expect(replies[0]!.kind).toBe('crisis');
    for (const r of replies.slice(1)) {
      expect(r.text).toContain(HELP);
      expect(r.help?.contacts.length).toBeGreaterThan(0);
      expect(r.context.length).toBeLessThanOrEqual(MAX_CONTEXT_CHARS);
    }
  });

  it('never answers with a dose figure after an overdose message, whatever the next question', () => {
    const after = talk('i took a whole bottle of my pills', 'how much ketamine is too much?', 'what dose is used for depression', 'what are the typical doses in mg/kg?', 'tell me more');
    expect(after[0]!.kind).toBe('crisis');
    for (const r of after.slice(1)) {
      expect(r.text, r.text).not.toMatch(DOSE);
      expect(r.text).toContain(HELP);
    }
    expect(after[1]!.text).toContain(SITE.safety.support.meansWithheld);
  });

  it('never says the article does not cover something', () => {
    const replies = talk('i want to die', 'ok', "i don't want to call anyone", 'can i talk to a real person?', 'what is the capital of France', 'my cat is called Bob', 'thanks');
    for (const r of replies.slice(1)) {
      expect(r.text).not.toContain(COLD);
      expect(r.text).toContain(HELP);
    }
  });

  it('answers small talk warmly and honestly', () => {
    const [, ok, noCall, human, thanks] = talk('i want to die', 'ok', "i don't want to call anyone", 'can i talk to a real person', 'thanks');
    expect(ok!.text).toContain(SITE.safety.support.ok);
    expect(noCall!.text).toContain(SITE.safety.support.noCall);
    expect(human!.text).toContain(SITE.safety.support.human);
    expect(thanks!.text).toContain(SITE.safety.support.thanks);
  });

  it('meets a hopeless remark about failed treatments with support, not a line about the treatment', () => {
    const [, hopeless] = talk('i want to end my life', 'nothing ever works, the meds never helped me');
    expect(hopeless!.text).toContain(SITE.safety.support.hopeless);
    expect(hopeless!.sources).toEqual([]);
  });

  it('gives the crisis card again for a crisis signal inside an ordinary question', () => {
    const [, second] = talk('i feel hopeless', 'how long does ketamine last? i want to kill myself');
    expect(second!.kind).toBe('crisis');
    expect(talk('how long does ketamine last, because i want to die')[0]!.kind).toBe('crisis');
  });

  it('still answers an article question, with the help line', () => {
    const [, answer] = talk('i want to die', 'how long does ketamine last?');
    expect(answer!.kind).toBe('answer');
    expect(answer!.sources.length).toBeGreaterThan(0);
    expect(answer!.text).toContain(HELP);
  });
});

describe('the concern tier', () => {
  it('checks in kindly with the resources, then answers what was asked', () => {
    const [r] = talk('everything feels hopeless lately, how long does ketamine last?');
    expect(r!.kind).toBe('concern');
    expect(r!.help?.contacts.length).toBeGreaterThan(0);
    expect(r!.text.startsWith(SITE.safety.concern.self)).toBe(true);
    expect(r!.sources.length).toBeGreaterThan(0);
  });

  it('starts support mode', () => {
    const [, later] = talk('i feel so hopeless', 'what is the capital of France');
    expect(later!.text).toContain(HELP);
    expect(later!.text).not.toContain(COLD);
  });
});

describe('the safety net under the fallback', () => {
  it('never gives a statement about oneself the cold fallback', () => {
    for (const q of ['i lost my job today', 'my cat died this morning', 'i have been awake for two days']) {
      const [r] = talk(q);
      expect(r!.text, q).not.toContain(COLD);
    }
  });
});

describe('another language', () => {
  it('says in that language which language the bot answers in, with the help line', () => {
    for (const [q, lang] of [['¿Cuánto tiempo dura el efecto de la ketamina?', 'es'], ['Combien de temps dure l’effet de la kétamine ?', 'fr'], ['Wie lange wirkt das bei mir?', 'de'], ['Quanto tempo dura o efeito da cetamina?', 'pt']] as const) {
      const [r] = talk(q);
      expect(r!.text, q).toContain(SITE.safety.language.notices[lang]);
      expect(r!.text).toContain(HELP);
    }
  });

  it('keeps English questions in English', () => {
    expect(talk('how long does ketamine last')[0]!.kind).toBe('answer');
  });
});

describe('the end of a check-in', () => {
  it('ends support mode that came from a check-in alone when the visitor tells plain wellbeing now', () => {
    const [first, second, third] = talk('nothing matters anymore', 'life is genuinely good now, how long does ketamine last?', 'how fast does it work?');
    expect(first!.kind).toBe('concern');
    expect(second!.kind).toBe('answer');
    expect(second!.help).toBeUndefined();
    expect(third!.help).toBeUndefined();
  });
  it('keeps support mode after a check-in when the visitor only says "i\'m fine"', () => {
    const replies = talk('nothing matters anymore', 'im fine, how long does ketamine last?');
    expect(replies[1]!.text).toContain(HELP);
  });
  it('keeps support mode for the whole session after the crisis card, wellbeing told or not', () => {
    const replies = talk('i want to kill myself', 'life is genuinely good now, how long does ketamine last?', 'how fast does it work?');
    expect(replies[0]!.kind).toBe('crisis');
    for (const r of replies.slice(1)) expect(r.text).toContain(HELP);
  });
});
