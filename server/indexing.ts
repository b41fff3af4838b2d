// PLACEHOLDER written by the lead so the knowledge build runs; the engine work replaces it with the
// real index (sentences, passages, headings, FAQ questions, field boosts, shared term processing).
import MiniSearch from 'minisearch';
import type { Corpus } from './types.ts';

export const INDEX_OPTIONS = { fields: ['text'], storeFields: [] as string[] };

/** Builds the search index of a corpus (placeholder: one document a sentence). */
export function buildIndex(corpus: Corpus): MiniSearch {
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(corpus.sentences.map((s) => ({ id: s.id, text: s.text })));
  return index;
}
