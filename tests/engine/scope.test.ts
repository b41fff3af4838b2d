import { describe, expect, it } from 'vitest';
import { scopeSiteData } from '../../server/engine/scope.ts';
import { SITE } from '../setup/site.ts';

describe('per-article site data', () => {
  const site = {
    ...SITE,
    synonyms: { phrases: { 'wear off': ['last'] }, noise: [], sources: { 'Ketamine and mood': { sad: ['depression'] } } },
    questions: { source: 'Ketamine and mood', starters: ['What is it?'], sections: { introduction: ['Why read this?'] } },
  };
  it('applies while its article is listed', () => {
    const scoped = scopeSiteData(site, [{ title: 'Ketamine and mood' }]);
    expect(scoped.synonyms.phrases).toEqual({ 'wear off': ['last'], sad: ['depression'] });
    expect(scoped.questions.sections).toEqual({ introduction: ['Why read this?'] });
  });
  it('drops out with its article; phrases for every article stay', () => {
    const scoped = scopeSiteData(site, [{ title: 'Seasonal Affective Disorder' }]);
    expect(scoped.synonyms.phrases).toEqual({ 'wear off': ['last'] });
    expect(scoped.questions).toEqual({ sections: {} });
  });
});
