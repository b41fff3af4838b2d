/**
 * Suggestions: follow-up questions after a reply (2–4, related to the topic), typeahead over the
 * questions the bot can answer, and the starters a conversation opens with. All suggestions come
 * from knowledge/questions.json and the article's FAQ, so every one of them is answerable.
 */
import MiniSearch from 'minisearch';
import type { CorpusModel } from './model.ts';

export interface Suggester {
  /** Up to `limit` answerable questions that match a partial question. */
  typeahead(partial: string, limit?: number): string[];
  /** 2–`count` follow-up questions for a topic, never the one just asked. */
  followUps(tp: number, asked: string, count: number, related?: number[]): string[];
  /** Questions for a fallback or a first turn: best-matching topics first, then starters. */
  offer(related: number[], count: number, asked?: string): string[];
  starters(): string[];
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Adds a question not yet in `out`, below `limit`, unless it is the one just asked (`said`, normalised). */
function pushNew(out: string[], q: string | undefined, limit: number, said: string, normOf: (q: string) => string): void {
  if (q && out.length < limit && !out.includes(q) && normOf(q) !== said) out.push(q);
}

/** Builds the suggester once per engine (a small prefix/fuzzy index over question texts). */
export function createSuggester(model: CorpusModel): Suggester {
  const unique = [...new Map(model.questions.map((q) => [norm(q.text), q])).values()];
  const index = new MiniSearch<{ id: number; x: string }>({ fields: ['x'], storeFields: ['x'] });
  index.addAll(unique.map((q, id) => ({ id, x: q.text })));
  const starters = model.starters.slice(0, 4);
  // Normalised once: follow-ups compare every candidate with what was just asked.
  const normed = new Map<string, string>();
  const normOf = (q: string) => {
    let n = normed.get(q);
    if (n === undefined) normed.set(q, (n = norm(q)));
    return n;
  };
  for (const q of [...model.questions.map((x) => x.text), ...starters]) normOf(q);
  // Parent, children and siblings of each topic, in topic order (follow-ups offer their questions).
  const family = model.topics.map((topic, tp) =>
    model.topics.flatMap((t, i) =>
      i !== tp && (t.parentId === topic.id || t.id === topic.parentId || (t.parentId !== null && t.parentId === topic.parentId)) ? [i] : [],
    ),
  );

  const typeahead = (partial: string, limit = 5): string[] => {
    const text = typeof partial === 'string' ? partial.slice(0, 200).trim() : '';
    const n = Math.max(0, Math.min(10, Math.floor(limit)));
    if (text.length < 2) return starters.slice(0, n);
    let hits = index.search(text, { prefix: true, fuzzy: 0.2, combineWith: 'AND' });
    if (hits.length === 0) hits = index.search(text, { prefix: true, fuzzy: 0.2, combineWith: 'OR' });
    return hits.slice(0, n).map((h) => String(h['x']));
  };

  const followUps = (tp: number, asked: string, count: number, related: number[] = []): string[] => {
    const said = norm(asked);
    const out: string[] = [];
    const own = model.questionsByTopic[tp] ?? [];
    // Skip the topic's own headline question: the visitor has just had that answer.
    for (const q of own.slice(1, 3)) pushNew(out, q, count, said, normOf);
    for (const r of related) if (r !== tp) pushNew(out, model.questionsByTopic[r]?.[0], count, said, normOf);
    for (const i of family[tp] ?? []) pushNew(out, model.questionsByTopic[i]?.[0], count, said, normOf);
    for (const q of starters) pushNew(out, q, count, said, normOf);
    return out.slice(0, Math.max(2, count));
  };

  const offer = (related: number[], count: number, asked = ''): string[] => {
    const said = norm(asked);
    const out: string[] = [];
    for (const r of related) pushNew(out, model.questionsByTopic[r]?.[0], Infinity, said, normOf);
    for (const q of starters) pushNew(out, q, Infinity, said, normOf);
    return out.slice(0, count);
  };

  return { typeahead, followUps, offer, starters: () => [...starters] };
}
