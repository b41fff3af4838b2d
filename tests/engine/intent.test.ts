import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { detectIntent, FEATURE_INTENTS, META, sentenceFeatures } from '../../server/engine/understand/intent.ts';

const intent = (q: string) => detectIntent(analyze(q));

describe('question type', () => {
  it.each([
    ['How long does ketamine last?', 'duration'],
    ['does it wear off', 'duration'],
    ['session length', 'duration'], // a noun that names a span asks for one
    ['how long until it kicks in', 'onset'], // "how long" + "until": time to effect, not duration
    ['how long do antidepressants take to work', 'onset'],
    ['when will I feel better', 'onset'],
    ['how fast does it work', 'onset'],
    ['what dose is used in clinics?', 'dose'],
    ['how much ketamine is in an infusion', 'dose'],
    ['how much does it cost', 'cost'], // "how much" about money is not a dose
    ['does insurance pay for it', 'cost'],
    ['is ketamine a payn killer', 'yes-no'], // a word that starts like "pay" is not one
    ['should i pay attention to the side effects', 'side-effects'],
    ['ketamine clinics near me', 'location'],
    ['what are the side effects', 'side-effects'],
    ['how does ketamine work', 'mechanism'],
    ['how is it given?', 'administration'],
    ['ketamine vs SSRIs', 'comparison'],
    ['what is ketamine', 'definition'],
    ['why?', 'why'],
    ['tell me more', 'more'],
    ['is it safe for teenagers', 'side-effects'],
    ['can it help bipolar disorder', 'yes-no'],
    // Risk of getting a condition asks who gets it, not what harm a treatment does.
    ['who is at risk for postpartum psychosis', 'who'],
    ['does a hard birth make it more likely', 'who'],
    ['is it genetic, my mum had it too', 'who'],
    ['Risk factors', 'who'],
    ['what are the risks of light therapy', 'side-effects'],
  ])('%s → %s', (q, expected) => {
    expect(intent(q)).toBe(expected);
  });

  it('marks sentences that can answer a type', () => {
    const duration = analyze('Its antidepressant effects can last days to weeks.');
    const f = sentenceFeatures(duration.lemmas, duration.entities.map((e) => e.type));
    expect(f[FEATURE_INTENTS.indexOf('duration')]).toBeGreaterThan(0.5);
    expect(f[FEATURE_INTENTS.indexOf('dose')]).toBe(0);
    const meta = analyze('We will also discuss nasal sprays and side effects.');
    expect(sentenceFeatures(meta.lemmas, [])[META]).toBe(1);
  });
});

describe('question type after spelling correction', () => {
  it('reads the corrected words when the message as written showed no type', async () => {
    const { redetectIntent } = await import('../../server/engine/understand/frame.ts');
    expect(redetectIntent('general', 'sleeping pill side efects', [['efects', 'effects']])).toBe('side-effects');
    expect(redetectIntent('duration', 'how long does it lst', [['lst', 'last']])).toBe('duration');
    expect(redetectIntent('general', 'tell me about it', [])).toBe('general');
  });
});

describe('the words that ask for a question type', () => {
  it('are the frame words of the matched rule, never its subject', async () => {
    const { frameWords } = await import('../../server/engine/understand/frame.ts');
    expect([...frameWords('side-effects', 'what are the side effects of tms')]).toEqual(['side', 'effects']);
    expect(frameWords('mechanism', 'how does tms therapy work').has('tms')).toBe(false);
  });
  it('are respelt by one edit, but a stop word is never bent into one', async () => {
    const { frameSpelling } = await import('../../server/engine/understand/frame.ts');
    const never = () => false;
    expect(frameSpelling(analyze('sleeping pill side efects'), never)).toContainEqual(['efects', 'effects']);
    expect(frameSpelling(analyze('does it treat pain'), never)).toEqual([]);
  });
});

describe('question type of a story with a question', () => {
  it('reads "last" as a duration only when it is the verb', () => {
    expect(intent('the last time I spoke to her we argued')).not.toBe('duration');
    expect(intent('the last few weeks i cant sleep')).not.toBe('duration');
    expect(intent('will the effects last')).toBe('duration');
    expect(intent('how much time does grief take to ease')).toBe('duration');
  });
  it('reads the question sentence of a longer message first', () => {
    expect(intent('my grandad died in spring and nothing helps. when is it time to get help?')).toBe('when');
  });
});

describe('definitions', () => {
  it('asks for a definition with "stand for" and "mean"', () => {
    expect(intent('what does CBT stand for')).toBe('definition');
    expect(intent('what does PGD mean')).toBe('definition');
  });
  it('marks a sentence that gives a short form its long form', () => {
    const lemmas = ['these', 'use', 'idea', 'from', 'cognitive', 'behavioural', 'therapy', '(', 'cbt', ')', '.'];
    expect(sentenceFeatures(lemmas, [])[FEATURE_INTENTS.indexOf('definition')]).toBeGreaterThanOrEqual(0.5);
  });
});

describe('frame spelling reads typos, not other words', () => {
  it('never reads a changed letter as a typo ("lost" is not "last")', async () => {
    const { frameSpelling } = await import('../../server/engine/understand/frame.ts');
    expect(frameSpelling(analyze('i lost my dad, how do i cope'), () => false)).toEqual([]);
    expect(frameSpelling(analyze('sympotms of it'), () => false)).toContainEqual(['sympotms', 'symptoms']);
  });
});
