import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { resolveOptions } from '../../server/engine/defaults.ts';
import { detectIntent } from '../../server/engine/understand/intent.ts';
import { buildModel } from '../../server/engine/model.ts';
import { understand } from '../../server/engine/understand/query.ts';
import { selectSentences } from '../../server/engine/rank.ts';
import { makeCorpus } from './fixture.ts';
import { SITE } from '../setup/site.ts';

/** A made-up condition: its defining sentence, and a reassurance that repeats the question's word. */
const CORPUS = makeCorpus({
  'What is lumbago': [
    [
      'Lumbago is common in adults who sit for long hours.',
      'Having lumbago does not mean you are lazy or that you did something wrong.',
      '"Lumbago" refers to a dull pain in the lower back.',
      'Lumbago usually settles within a few weeks.',
      'Lumbago can come back after heavy lifting.',
    ],
  ],
  'How calmex works': [
    [
      'To understand the mechanism of calmex fully, more research is needed.',
      'Calmex and serotonin have been studied together for years.',
      'Calmex blocks serotonin reuptake and raises melatonin at night.',
    ],
  ],
  'Calmex as a prescription drug': [
    [
      'Calmex became a common choice for people with poor sleep.',
      'Doctors usually prescribe calmex when poor sleep lasts more than a month.',
      'It was added to the national list of prescription medicines in 2019.',
    ],
  ],
  'How long calmex helps': [
    [
      'Some people notice calmex effects within one or two weeks.',
      'Calmex effects are stronger in younger adults.',
      'Many people report lasting benefits for weeks or months after their last dose.',
    ],
  ],
  'Calmex in children': [
    ['Calmex is sometimes given to older children.', 'In children calmex looks different.', 'They tend to become restless rather than sleepy, and some wake at night.'],
  ],
  'About this page': [
    [
      'The history of calmex and its approval are discussed in this article.',
      'Calmex tablets are small and white.',
      'We will also look at doses, side effects and sleep habits.',
    ],
  ],
  'Other remedies': [['Warm baths and gentle stretching ease stiff muscles.']],
});
const model = buildModel(CORPUS, '', SITE.questions, SITE.synonyms);
const opts = resolveOptions();

/** The sentences chosen from the first section for a question. */
function chosen(text: string, tp = 0, max = 1): string[] {
  const a = analyze(text);
  const sids = selectSentences(model, understand(a, model.lexicon, opts), detectIntent(a), tp, { ...opts, maxSentences: max });
  return sids.map((sid) => CORPUS.sentences[sid]!.text);
}

describe('which sentences of a section answer', () => {
  it('a definition question gets the defining sentence, not one that only repeats "mean"', () => {
    expect(chosen('what does lumbago mean')[0]).toMatch(/refers to/);
  });

  it('a "more research is needed" line is no answer to how something works', () => {
    expect(chosen('mechanism of calmex', 1)[0]).not.toMatch(/more research/);
  });

  it('but it answers a question about what is known', () => {
    expect(chosen('is more research needed on calmex', 1)[0]).toMatch(/more research/);
  });

  it('"how does it work" prefers the sentence where one thing acts on another', () => {
    expect(chosen('how does calmex work', 1)[0]).toMatch(/blocks/);
  });

  it('"when did …" gets the sentence with a year, not only one with a time span', () => {
    expect(chosen('when did calmex become a prescription medicine', 2).join(' ')).toMatch(/2019/);
  });

  it('"how long" gets the sentence that says how long, not only one that states a time', () => {
    expect(chosen('duration of calmex effects', 3).join(' ')).toMatch(/weeks or months/);
  });

  it('a bare setup sentence comes with the sentence after it', () => {
    expect(chosen('calmex in children looks different', 4).join(' ')).toMatch(/restless/);
  });

  it('"what does this article cover" gets every line saying what the text covers', () => {
    const text = chosen('what does this article cover', 5, 3).join(' ');
    expect(text).toMatch(/discussed in this article/);
    expect(text).toMatch(/We will also look at/);
  });
});
