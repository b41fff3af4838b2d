import { describe, expect, it } from 'vitest';
import { buildIndex, indexMatches, loadIndex, topicsOf } from '../../server/engine/indexing.ts';
import { buildModel } from '../../server/engine/model.ts';
import { makeCorpus, SLEEP } from './fixture.ts';
import { SITE } from '../setup/site.ts';

describe('index', () => {
  it('round-trips through JSON and finds sentences, headings and FAQ questions', () => {
    const index = loadIndex(JSON.stringify(buildIndex(SLEEP, SITE.questions)));
    expect(indexMatches(index, SLEEP, SITE.questions)).toBe(true);
    const kinds = new Set(index.search('somnol').map((r) => r['k']));
    expect(kinds).toEqual(new Set(['s', 'p', 'h', 'q']));
  });

  it('makes one topic per section with text and one per FAQ pair', () => {
    const ids = topicsOf(SLEEP).map((t) => t.id);
    expect(ids).toContain('can-i-drink-coffee-with-somnol');
    expect(ids).not.toContain('faqs');
  });

  it('stores per-sentence features so the engine needs no wink pass over the corpus', () => {
    const index = buildIndex(SLEEP, SITE.questions);
    const stored = index.getStoredFields('s2') as { f: number[]; t: string };
    expect(stored.t.split(' ')).toContain('last');
    expect(stored.f.length).toBeGreaterThan(5);
  });

  it('detects an index built from another corpus, and the engine rebuilds instead of trusting it', () => {
    const other = makeCorpus({ 'What is Somnol': [['Somnol is something else now.']] });
    const stale = JSON.stringify(buildIndex(other, SITE.questions));
    expect(indexMatches(loadIndex(stale), SLEEP, SITE.questions)).toBe(false);
    expect(buildModel(SLEEP, stale, SITE.questions, SITE.synonyms).rebuilt).toBe(true);
    expect(buildModel(SLEEP, JSON.stringify(buildIndex(SLEEP, SITE.questions)), SITE.questions, SITE.synonyms).rebuilt).toBe(false);
    expect(buildModel(SLEEP, 'not json', SITE.questions, SITE.synonyms).rebuilt).toBe(true);
  });

  it('throws a faqchat error for JSON that is not an index', () => {
    expect(() => loadIndex('{"x":1}')).toThrow(/^faqchat: /);
  });
});
