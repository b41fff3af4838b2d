// General readings added with the fifth crisis set: fumes in a closed space, "finish my life", a gun
// "eaten", reasons run out, joining someone who died, a plastic bag as a means, "its coming back",
// self-injury on purpose or as the one way to cope, and history read clause by clause. Phrasings written for these tests (not the evaluation set).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { presentPart } from '../../server/engine/safety/past.ts';
import { detectCrisis, resourcesShown } from './detect.ts';

const shown = resourcesShown;

describe('general readings', () => {
  it.each([
    'thinking of taping up the bathroom vent and lighting a disposable bbq in there',
    'charcoal grill in a sealed tent, would that do it',
    'some days i just want to finish my life.',
    'my uncle keeps joking about eating his gun',
    'honestly im running out of reasons to keep going',
    'since gran died grandpa says he will join her soon',
    'what is faster, pills or a plastic bag',
    'self harmed at 15, stopped for years, and now its coming back worse',
    'hurting myself is the only way i get through the evenings',
    'been pinching my thighs till they bruise',
    'how do you hide burns on my arms i made on purpose',
  ])('shows resources for %j', (q) => {
    expect(shown(q)).toBe(true);
  });

  it.each([
    'we lit the bbq outside and closed the back door against the wind',
    'i need to finish my life admin before the move',
    'the dog ate my gun case',
    'im running out of reasons to keep this phone contract',
    'my sister is flying out to join her husband soon',
    'when i was at uni i wanted to die, thankfully those days are long gone and im a nurse now',
    'did he scratch the car on purpose',
    'i bit my nails till they bled during the exam lol',
  ])('shows none for %j', (q) => {
    expect(shown(q)).toBe(false);
  });

  it('reads planning taken up again after a past attempt as a crisis, and alone as a check-in', () => {
    const after = detectCrisis(analyze('nobody knows ive begun planning it again'), ['after my overdose last spring they took my meds away']);
    expect(after.crisis).toBe(true);
    expect(shown('nobody knows ive begun planning it again')).toBe(true);
    expect(shown('we started planning again for the wedding')).toBe(false);
  });

  it('reads the present of a message apart from the clauses told in the past', () => {
    expect(presentPart('the spray helped me when i was planning to end it. now im a teacher')).toBe(' now im a teacher ');
    expect(presentPart('i used to cut and i want to again')).toContain('i want to again');
  });
});
