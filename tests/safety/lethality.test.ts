// A question about how much of a means ends a life, read by its parts (an amount or limit asked, a
// harm outcome, a means or a count), so phrasings no rule lists still get the crisis card; a rate,
// a story told, an idiom or an ordinary question about the treatment does not. Phrasings written
// for these tests (not taken from the evaluation set).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { lethalQuestion } from '../../server/engine/safety/lethality.ts';
import { plainText } from '../../server/engine/safety/phrases.ts';
import { viewOf } from '../../server/engine/safety/view.ts';
import { detectCrisis } from './detect.ts';

const means = new Set(['pills', 'insulin', 'cliff', 'bridge', 'rope', 'paracetamol']);
const treatments = new Set(['ketamine']);
const reads = (q: string): boolean => {
  const v = viewOf(analyze(q));
  return lethalQuestion(plainText(v.tok), v, means, treatments);
};

describe('the lethality reading', () => {
  it.each([
    'how many of these tablets until i dont wake up',
    'at what height does a fall off a roof become fatal',
    'how much of my insulin would stop my heart',
    'roughly what dose of ketamine is lethal',
    'how fast would a bike need to go into a lorry so no one survives',
    'is 40 paracetamol enough to die',
    'which cliff round here is the highest',
  ])('reads %j as a question about a lethal amount', (q) => {
    expect(reads(q)).toBe(true);
  });

  it.each([
    'how long does ketamine last',
    'how much ketamine is too much for a first session',
    'how many people die from overdoses each year',
    'my uncle died from an overdose in 2015, how many pills had he taken',
    'im dying to know how fast it works',
    'which kind of infusion gives the fastest relief',
    'how deep is the pool at the leisure centre',
  ])('leaves %j alone', (q) => {
    expect(reads(q)).toBe(false);
  });

  it('gives the crisis card through the gate, with its level', () => {
    const s = detectCrisis(analyze('what number of units would it take so i never wake up'));
    expect(s.crisis).toBe(true);
    expect(s.level).toBe('means-lethality');
  });
});
