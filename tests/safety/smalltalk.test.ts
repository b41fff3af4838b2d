import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { detectSmalltalk, smalltalkText, stripSmalltalk } from '../../server/engine/safety/smalltalk.ts';
import { SITE } from '../setup/site.ts';
import { crisis, nonCrisis, referral, smalltalk } from '../golden/safety.ts';

const detect = (q: string) => detectSmalltalk(analyze(q));

describe('small-talk golden set (detector level)', () => {
  it('has at least 25 cases', () => expect(smalltalk.length).toBeGreaterThanOrEqual(25));
  it.each(smalltalk.map((c) => [c.q, c.type] as const))('%s → %s', (q, type) => {
    expect(detect(q)).toBe(type);
  });
});

describe('only messages that are JUST small talk', () => {
  it.each(nonCrisis.map((c) => [c.q, c.kind] as const))('%s (%s)', (q, kind) => {
    expect(detect(q) !== null).toBe(kind === 'smalltalk');
  });
  it('never mistakes a crisis or a referral for small talk', () => {
    expect([...crisis, ...referral].filter((c) => detect(c.q) !== null).map((c) => c.q)).toEqual([]);
  });
});

describe('stripSmalltalk', () => {
  it('leaves the question after a greeting or thanks', () => {
    expect(stripSmalltalk('Hi, how long does ketamine last?')).toBe('how long does ketamine last?');
    expect(stripSmalltalk('thanks! and how fast does it work?')).toBe('and how fast does it work?');
    expect(stripSmalltalk('Hey there... What is ketamine')).toBe('there... What is ketamine');
  });
  it('leaves a question without small talk unchanged', () => {
    expect(stripSmalltalk('How does ketamine work?')).toBe('How does ketamine work?');
    expect(stripSmalltalk('history of ketamine')).toBe('history of ketamine');
  });
});

describe('small-talk wording', () => {
  it('says what the bot is, and that it is not a doctor', () => {
    expect(smalltalkText(SITE.smalltalk, SITE.crisis.helpLine.text, 'are-you-doctor')).toMatch(/not a doctor/);
    expect(smalltalkText(SITE.smalltalk, SITE.crisis.helpLine.text, 'are-you-doctor')).toMatch(/not medical advice|isn't medical advice/);
    expect(smalltalkText(SITE.smalltalk, SITE.crisis.helpLine.text, 'are-you-human')).toMatch(/automated/);
    expect(smalltalkText(SITE.smalltalk, SITE.crisis.helpLine.text, 'who-are-you')).toMatch(/assistant/);
  });
  it('help includes where to turn in a crisis', () => {
    expect(smalltalkText(SITE.smalltalk, SITE.crisis.helpLine.text, 'help')).toContain('988');
  });
});
