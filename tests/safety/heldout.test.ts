/**
 * Held-out phrasings, written BEFORE the lexicon was tuned on the golden set and not edited
 * afterwards: they check that the detector generalises instead of memorising the golden sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { detectCrisis } from './detect.ts';

const heldOutCrisis: Array<[string, 'self' | 'other']> = [
  ["honestly i think my family would be happier if i just wasn't around", 'self'],
  ['I keep thinking about swallowing everything in my medicine cabinet', 'self'],
  ['my roommate told me tonight he has a plan to end his life', 'other'],
  ["I'm tired of being alive tbh", 'self'],
  ['what floor do you need to jump from to not survive', 'self'],
  ['i really dont see any reason to keep living', 'self'],
  ['been hurting myself again and i cant stop', 'self'],
  ['my daughter wrote a goodbye letter and i found it', 'other'],
  ['HOW MANY OF MY SLEEPING PILLS WOULD IT TAKE TO NOT WAKE UP', 'self'],
  ['i never thought about killing myself but lately i do', 'self'],
  ['nobody would even notice if i was gone', 'self'],
  ['planning to drive my car off the road tonight', 'self'],
  ['i just want to fall asleep and never wake up', 'self'],
  ['my brother keeps saying he wants to disappear for good', 'other'],
  ['lost everything this year. which parking garage is the tallest downtown', 'self'],
];

const heldOutNonCrisis: string[] = [
  'my legs are killing me after the infusion, is that normal',
  "I'm not thinking about hurting myself, I just want to know if it works for anxiety",
  'can ketamine reduce suicidal ideation quickly?',
  'studies on ketamine and suicide prevention?',
  'im dying to try it but how long does it last',
  'that headache nearly killed me lol, is it a side effect',
  'does the effect die down after a few weeks',
  'my doctor says ketamine helps people who feel hopeless',
  "I'd kill for a good night's sleep, does ketamine help with insomnia",
  'what is the max dose given under anesthesia',
  'my battery is dead, can I keep chatting later',
  'the treatment ends after six sessions right?',
  'is ketamine dangerous for people with a history of suicide attempts',
  'I jumped at the chance to try ketamine, how soon will it work',
  'dead serious question: is it addictive?',
];

describe('held-out crisis phrasings (not in the golden set)', () => {
  it.each(heldOutCrisis)('crisis: %s', (q, who) => {
    const s = detectCrisis(analyze(q));
    expect(s.crisis, s.reason).toBe(true);
    expect(s.who).toBe(who);
  });
});

describe('held-out non-crisis phrasings (not in the golden set)', () => {
  it.each(heldOutNonCrisis)('not crisis: %s', (q) => {
    const s = detectCrisis(analyze(q));
    expect(s.crisis, s.reason).toBe(false);
  });
});
