// A distress word asked about as a symptom, in a question with nobody in it, is the article's
// subject; the same word said of oneself, or with anything else that signals risk, still brings
// resources. Phrasings written for these tests (not the evaluation sets).
import { describe, expect, it } from 'vitest';
import { resourcesShown } from './detect.ts';

const shown = resourcesShown;

describe('symptom words in a general question', () => {
  it.each([
    'does winter depression make people feel hopeless',
    'is feeling worthless a symptom of burnout',
    'can grief make you feel worthless',
    'why do some new parents feel hopeless',
    'what causes feelings of worthlessness in teens',
  ])('are the subject, not a check-in: %j', (q) => {
    expect(shown(q)).toBe(false);
  });

  it.each([
    'i feel worthless every winter, is that normal?',
    'why do i feel so hopeless',
    'is it normal that im hopeless and want to disappear',
    'does it get better? i feel hopeless',
    'feeling hopeless and i have the pills ready',
  ])('still show resources when said of oneself or with a risk: %j', (q) => {
    expect(shown(q)).toBe(true);
  });

  it('still colours what comes after a distress turn', () => {
    expect(shown('does it make people feel hopeless', ['i feel awful and nothing helps'])).toBe(true);
  });
});
