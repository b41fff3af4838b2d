import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { createReferralDetector } from '../../server/engine/safety/referral.ts';
import { SITE } from '../setup/site.ts';

const detect = (q: string) => createReferralDetector(SITE.domain)(analyze(q));

describe('referral needs a treatment to decide about', () => {
  it.each([
    'wat can i do 2 stop overthinkin at nite',
    'how can I stop worrying at night',
    'I go to the gym at 9pm but still lie awake, I read exercise helps sleep, am I doing it wrong?',
    'should I stop checking my phone in bed',
    'how often should i practice the breathing exercise',
    'should i do the grounding trick every night',
    'how much should i tell my daughter about my diagnosis',
    'what could my partner and i do together on bad days',
    'is it too much to ask my friend for help every week',
    'is a glass of wine ok to calm my nerves before a flight',
    'how do i stop it coming back once im better',
    'why do i feel so guilty and how do i make it stop?',
    'i just want the pain to stop, what can i do',
    'what tablets do people usually take for anxiety',
  ])('%s is no medical decision', (q) => expect(detect(q).personal).toBe(false));
  it.each([
    ['should i stop?', 'stop'],
    ['should I stop taking my pills', 'stop'],
    ['should i make myself stop the tablets', 'stop'],
    ['what antidepressant should i take', 'start'],
    ['which sleeping tablets can i take for stress', 'start'],
    ['should i take an antidepressant', 'start'],
    ['can i exercise after my infusion', 'other'],
    ['how much should i take', 'dose'],
    ['is 20 mg too much for me', 'dose'],
    ['can i have a glass of wine with my sertraline', 'mix'],
    ['is it ok to have a beer afterwards', 'mix'],
  ] as const)('%s → %s', (q, topic) => expect(detect(q)).toMatchObject({ personal: true, topic }));
});
