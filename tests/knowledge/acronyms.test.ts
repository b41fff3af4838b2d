import { describe, expect, it } from 'vitest';
import { impliedAcronyms } from '../../knowledge/acronyms.ts';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { deriveLexicon } from '../../knowledge/lexicon.ts';
import { parseManifest } from '../../knowledge/manifest.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { SITE } from '../setup/site.ts';

const english = new Set(['sad', 'cat', 'map']);
const uses = (term: string, n = 3): string[] => Array.from({ length: n }, (_, i) => `Sentence ${i} is about ${term} here.`);

describe('acronyms a visitor may type for terms the article never abbreviates', () => {
  it('gives a recurring term its initials, a prefixed word two letters', () => {
    const out = impliedAcronyms([...uses('postpartum depression'), ...uses('health care provider')], english, new Set());
    expect(out.ppd).toBe('postpartum depression');
    expect(out.hcp).toBe('health care provider');
  });

  it('leaves out a term used fewer than three times', () => {
    expect(impliedAcronyms(uses('restless leg syndrome', 2), english, new Set()).rls).toBeUndefined();
  });

  it('never makes an English word or an article word an acronym', () => {
    const out = impliedAcronyms([...uses('seasonal affective disorder'), ...uses('mood tracking app')], english, new Set(['mta']));
    expect(out.sad).toBeUndefined();
    expect(out.mta).toBeUndefined();
  });

  it('drops a key two unrelated terms share, keeps one a longer term contains', () => {
    const clash = impliedAcronyms([...uses('panic disorder treatment'), ...uses('post dinner tiredness')], english, new Set());
    expect(clash.pdt).toBeUndefined();
    const nested = impliedAcronyms(uses('treatment-resistant depression'), english, new Set());
    expect(nested.trd).toBe('treatment-resistant depression');
  });

  it('does not start or end a term on a function word', () => {
    const out = impliedAcronyms(uses('get help right away'), english, new Set());
    expect(Object.values(out).some((t) => /^(get|away)\b|\b(get|away)$/.test(t))).toBe(false);
  });
});

describe('an implied acronym in a question', () => {
  const text = `Keeping Bees

Colony collapse disorder is when most worker bees leave a hive. Keepers fear colony collapse disorder every spring.

Causes

Mites, poor food and cold nights can all lead to colony collapse disorder. Pesticides may also play a part.

Honey

Sealed honey lasts for many years in a cool cupboard.
`;
  const corpus = buildCorpus([{ entry: parseManifest([{ file: 'bees.txt', title: 'Keeping Bees', url: '/bees' }])[0]!, text }], 'acronyms-1');
  corpus.lexicon = deriveLexicon(corpus);
  const engine = createEngine({ corpus, indexJson: '', site: SITE });

  it('finds the term it stands for', () => {
    expect(corpus.lexicon?.acronyms?.ccd).toBe('colony collapse disorder');
    const { reply, trace } = engine.answer('what leads to ccd');
    expect(reply.kind).toBe('answer');
    expect(trace.sectionId).toBe(corpus.sections.find((s) => s.title === 'Causes')?.id);
  });

  it('goes where the term written out goes', () => {
    for (const q of ['ccd', 'is ccd caused by pesticides', 'what is ccd']) {
      const full = engine.answer(q.replace('ccd', 'colony collapse disorder'));
      const short = engine.answer(q);
      expect([short.reply.kind, short.trace.sectionId]).toEqual([full.reply.kind, full.trace.sectionId]);
    }
  });

  it('leaves an acronym the article has no term for unknown', () => {
    expect(engine.answer('what causes xyz').reply.kind).not.toBe('answer');
  });
});
