import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { createReferralDetector, referralText } from '../../server/engine/safety/referral.ts';
import { SITE } from '../setup/site.ts';
import { nonCrisis, referral } from '../golden/safety.ts';

const detectReferral = createReferralDetector(SITE.domain);
const detect = (q: string) => detectReferral(analyze(q));

describe('referral golden set (detector level)', () => {
  it('has at least 25 cases', () => expect(referral.length).toBeGreaterThanOrEqual(25));
  it.each(referral.map((c) => [c.q, c.topic] as const))('%s → %s', (q, topic) => {
    expect(detect(q)).toMatchObject({ personal: true, topic });
  });
});

describe('non-crisis messages: referral only where the golden kind says so', () => {
  it.each(nonCrisis.map((c) => [c.q, c.kind] as const))('%s (%s)', (q, kind) => {
    expect(detect(q).personal).toBe(kind === 'referral');
  });
});

describe('general questions stay answers, with their topic for the caution line', () => {
  it.each([
    'what dose is used in clinics?',
    'what doses are used for depression',
    'how often are booster infusions given',
    'what is the typical dose range of ketamine',
  ])('%s', (q) => {
    const r = detect(q);
    expect(r.personal).toBe(false);
    expect(['dose', 'schedule']).toContain(r.topic);
  });
  it('a general dose question is tagged dose', () => {
    expect(detect('what doses are used for depression').topic).toBe('dose');
  });
});

describe('referral wording', () => {
  it('has a non-empty text per topic that points to a clinician', () => {
    for (const t of ['dose', 'stop', 'start', 'mix', 'schedule', 'other'] as const) {
      expect(referralText(SITE.referral, t)).toMatch(/prescriber|clinician|pharmacist/);
    }
    expect(SITE.referral.doseCaution).toMatch(/clinician/);
  });
});

describe('a treatment decision about someone close is referred too', () => {
  it.each([
    'should my mum stop taking her sertraline',
    'my husband wants to come off his antidepressants now that he has started therapy, is that ok',
    'can my son double his dose before exams',
  ])('%s', (q) => expect(detect(q).personal).toBe(true));

  it.each(['my sister stopped her meds last year and is fine now', 'how do antidepressants work for older people'])('%s is no decision to refer', (q) => {
    expect(detect(q).personal).toBe(false);
  });
});
