import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { SITE } from '../setup/site.ts';
import { asksHowToHelp, headsForHelpers } from '../../server/engine/understand/helping.ts';
import { carryHelper } from '../../server/engine/roles.ts';
import type { CorpusModel } from '../../server/engine/model.ts';
import type { Query } from '../../server/engine/understand/query.ts';

describe('a helper\'s question', () => {
  it.each([
    ['my sister refuses to see a doctor about her depression, what can i do', true],
    ['my girlfriend seems really low, how do i bring it up with her', true],
    ['my friend is having a panic attack right now what do i do', true],
    ['how can i support my husband through this', true],
    ['my nan is struggling since the move, what little things could we do for her', true],
    ['my teen shouts when i ask about school, how should i react', true],
    ['my flatmate cries a lot, what should i avoid saying to her', true],
    // About oneself, or about someone without asking how to help
    ['what can i do to sleep better', false],
    ['my brother refuses to take pills, is talking therapy an option for him?', false],
    ['should my mum see someone?', false],
  ])('%s → %s', (q, expected) => {
    expect(asksHowToHelp(q)).toBe(expected);
  });
});

describe('a section for helpers', () => {
  it.each([
    ['How can partners, family, and friends help?', true],
    ['How to help someone having a panic attack', true],
    ['Supporting a loved one', true],
    ['Supporting a teenager', true],
    ['For partners, family and friends', true],
    ['A note for parents and carers', true],
    ['Looking after yourself as a supporter', true],
    ['How to start a conversation with a mate', true],
    ['Self-care', false],
    ['How to Recover From Burnout', false],
    ['Talk therapy', false],
    ['Looking after yourself', false],
    ['Support groups and other help', false],
  ])('%s → %s', (title, expected) => {
    expect(headsForHelpers(title)).toBe(expected);
  });
});

// Written for the tests: a short page with a section for those who help.
const PAGE = `Shingles

Shingles is a painful rash caused by the chickenpox virus waking up again years later.

Symptoms of Shingles

The rash usually appears on one side of the body as a band of blisters. Many people feel burning or tingling pain a few days before the rash appears.

Treatment

Antiviral medicine works best when it is started within three days of the rash appearing.

How Family and Friends Can Help

Offer practical help with shopping, meals and lifts to appointments. Encourage them to get the rash checked early, and be patient if the pain makes them tired or irritable.
`;

describe('a helper\'s question in the engine', () => {
  const corpus = buildCorpus([{ entry: parseManifest([{ file: 'shingles.txt', title: 'Shingles', url: '/shingles' }])[0]!, text: PAGE }], 'helping');
  const engine = createEngine({ corpus, indexJson: '', site: SITE });
  it('answers from the section for helpers, whose words the question does not use', () => {
    const { reply, trace } = engine.answer('my grandad refuses to go to the doctor about his shingles rash, what can i do?');
    expect(reply.kind).toBe('answer');
    expect(trace.sectionId).toBe('how-family-and-friends-can-help');
  });
  it('leaves a question about oneself to the other sections', () => {
    const { trace } = engine.answer('what can i do about shingles pain before the rash');
    expect(trace.sectionId).not.toBe('how-family-and-friends-can-help');
  });
  it('gives someone helping a person at risk the crisis card first, then what the article says', () => {
    const { reply, trace } = engine.answer('my grandad with shingles says he wants to kill himself, what can i do?');
    expect(reply.kind).toBe('crisis');
    expect(reply.help).toBeDefined();
    expect(reply.text.indexOf('Offer practical help')).toBeGreaterThan(reply.text.indexOf('988'));
    expect(trace.sectionId).toBe('how-family-and-friends-can-help');
  });
  it('gives the card alone when the message asks about a means', () => {
    const { reply } = engine.answer('how many of his pills would kill my grandad');
    expect(reply.kind).toBe('crisis');
    expect(reply.sources).toEqual([]);
  });
});

describe('a follow-up about the same person keeps asking how to help', () => {
  const model = { forHelpers: [false, true] } as unknown as CorpusModel;
  const query = (): Query => ({ helper: false }) as unknown as Query;

  it('after an answer from a section for helpers, a message about "him" or "them" asks how to help', () => {
    for (const text of ['he seems to be getting high again, should i say something', 'what if they keep saying no']) {
      const q = query();
      carryHelper(model, q, 1, text);
      expect(q.helper, text).toBe(true);
    }
  });

  it('not after another section, and not without someone else in the message', () => {
    const after = query();
    carryHelper(model, after, 0, 'what if they keep saying no');
    expect(after.helper).toBe(false);
    const mine = query();
    carryHelper(model, mine, 1, 'how long does it last');
    expect(mine.helper).toBe(false);
  });
});
