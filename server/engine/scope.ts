/**
 * Per-article site data drops out with its article: phrases in synonyms.json `sources` and a
 * questions.json whose `source` names an article apply only while sources.json lists an article
 * with that title. The build folds what applies into the site data it writes, and the engine does the
 * same with its corpus's documents (site data handed to it unfolded is folded there).
 */
import type { QuestionsData, SiteData, SynonymsData } from './site.ts';

const key = (title: string): string => title.trim().toLowerCase();

/**
 * The site data for these sources.
 *
 * @example scopeSiteData(site, [{ title: 'Sleep and mood', … }]).questions.sections // {} when they were written for another article
 */
export function scopeSiteData(site: SiteData, entries: ReadonlyArray<{ title: string }>): SiteData {
  const listed = new Set(entries.map((e) => key(e.title)));
  if (!site.synonyms.sources && site.questions.source === undefined) return site;
  const synonyms: SynonymsData = { phrases: { ...site.synonyms.phrases }, noise: site.synonyms.noise };
  if (site.synonyms.weak) synonyms.weak = site.synonyms.weak;
  for (const [title, phrases] of Object.entries(site.synonyms.sources ?? {})) {
    if (listed.has(key(title))) Object.assign(synonyms.phrases, phrases);
  }
  const applies = site.questions.source === undefined || listed.has(key(site.questions.source));
  const questions: QuestionsData = applies ? site.questions : { sections: {} };
  return { ...site, synonyms, questions };
}
