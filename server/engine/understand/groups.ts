/**
 * Concept groups of a query: its search terms grouped by the visitor word they came from, read by
 * retrieval and by ranking.
 */
import type { Query } from './query.ts';

/** The last grouping made: a query is grouped by retrieval and by ranking, one query at a time. */
let lastGroups: { weights: Map<string, number> | null; size: number; groups: Array<Array<GroupTerm>> } = { weights: null, size: 0, groups: [] };

/** Empties the slot once the reply is made: no message outlives its reply. */
export function forgetGroups(): void {
  lastGroups = { weights: null, size: 0, groups: [] };
}

/** A search term of a concept group: term, weight, and whether it is one word of a several-word idea. */
export type GroupTerm = [string, number, boolean];

/**
 * The query's terms grouped by the visitor word they came from: a word matched through several of
 * its synonyms counts once, at its best match. Terms with no word (question-type cues, terms carried
 * from the last turn) are each a group of their own. Memoised for the last weights map.
 */
export function conceptGroups(query: Pick<Query, 'weights' | 'concepts' | 'parts'>): GroupTerm[][] {
  if (lastGroups.weights === query.weights && lastGroups.size === query.weights.size) return lastGroups.groups;
  const byConcept = new Map<number, GroupTerm[]>();
  const groups: GroupTerm[][] = [];
  const parts = query.parts;
  for (const [t, w] of query.weights) {
    const entry: GroupTerm = [t, w, parts !== undefined && parts.has(t)];
    const c = query.concepts.get(t);
    if (c === undefined) {
      groups.push([entry]);
      continue;
    }
    const g = byConcept.get(c);
    if (g) g.push(entry);
    else {
      const fresh: GroupTerm[] = [entry];
      byConcept.set(c, fresh);
      groups.push(fresh);
    }
  }
  lastGroups = { weights: query.weights, size: query.weights.size, groups };
  return groups;
}
