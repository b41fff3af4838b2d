/**
 * One typo on a key crisis word: a word at optimal-string-alignment distance 1 from a key (one
 * letter dropped, added, changed, or two neighbours swapped; the first letter kept) stands for the key, unless it is an
 * ordinary English word ("kiln", "pill", "dyeing"): those are listed in fuzzy-words.ts, generated
 * at build time from a word list (tests/safety/fuzzy-words.gen.ts), so nothing is read at run time.
 */
import { ORDINARY_NEIGHBOURS } from './fuzzy-words.ts';

/** Key words of 4+ letters whose one-typo variants are repaired. */
export const FUZZY_KEYS = [
  'suicide', 'suicidal', 'myself', 'himself', 'herself', 'yourself', 'themselves', 'overdose', 'overdosed',
  'unalive', 'anymore', 'kill', 'killing', 'dying', 'death', 'alive', 'noose', 'pills', 'wrist', 'wrists',
  'goodbye', 'hanging', 'hang', 'bridge', 'cutting', 'harming', 'hurting', 'sewerslide', 'worthless',
  'hopeless', 'pointless', 'living', 'wanna', 'tonight', 'lethal', 'suffocate', 'bleach', 'razor',
] as const;

const ORDINARY = new Set(ORDINARY_NEIGHBOURS);

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Optimal string alignment distance, capped: true when a and b are at most one edit apart. */
export function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one change
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // one swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The first key of `list` within one edit of `word`. */
function nearestIn(list: readonly string[] | undefined, word: string): string | undefined {
  if (list === undefined) return undefined;
  for (const k of list) if (withinOne(word, k)) return k;
  return undefined;
}

export interface Fuzzy {
  /** The key `word` is one typo away from, or undefined (ordinary words and exact keys included). */
  (word: string): string | undefined;
}

/**
 * A matcher for a list of keys (the core ones, or a site's slang). Symmetric deletions find the
 * candidates (one map lookup per deletion of the word), the distance check confirms them.
 *
 * @example createFuzzy(['suicide'])('sucide') // 'suicide'
 */
export function createFuzzy(keys: readonly string[]): Fuzzy {
  const index = new Map<string, string[]>();
  const add = (k: string, key: string): void => {
    const list = index.get(k);
    if (!list) index.set(k, [key]);
    else if (!list.includes(key)) list.push(key);
  };
  const keySet = new Set<string>();
  for (const key of keys) {
    if (key.length < 4 || !/^[a-z]+$/.test(key)) continue;
    keySet.add(key);
    add(key, key);
    for (const d of deletions(key)) add(d, key);
  }
  let minLen = Infinity;
  let maxLen = 0;
  for (const k of keySet) {
    minLen = Math.min(minLen, k.length - 1);
    maxLen = Math.max(maxLen, k.length + 1);
  }
  // People rarely miss a word's first letter: a variant keeps it and is at most one letter longer
  // or shorter, so one lookup rejects most words. Each such shape lists its keys' letter sets: a
  // word one edit from a key lacks at most one of the key's letters and adds at most one, so a
  // word of the shape that differs more from every one of them ("what" from "wanna") is no variant.
  const shapes = new Map<number, number[]>();
  for (const k of keySet) {
    for (const d of [-1, 0, 1]) {
      const shape = k.charCodeAt(0) * 64 + k.length + d;
      const list = shapes.get(shape);
      if (list) list.push(letterSet(k));
      else shapes.set(shape, [letterSet(k)]);
    }
  }
  const lookup = (word: string): string | undefined => {
    if (word.length < Math.max(4, minLen) || word.length > maxLen || keySet.has(word) || ORDINARY.has(word)) return undefined;
    if (!/^[a-z]+$/.test(word)) return undefined;
    let hit = nearestIn(index.get(word), word);
    for (let i = 0; hit === undefined && i < word.length; i++) hit = nearestIn(index.get(word.slice(0, i) + word.slice(i + 1)), word);
    return hit !== undefined && hit[0] === word[0] ? hit : undefined;
  };
  return (word: string): string | undefined => {
    const sets = shapes.get(word.charCodeAt(0) * 64 + word.length);
    if (sets === undefined) return undefined;
    const letters = letterSet(word);
    if (letters < 0) return undefined; // not a-z only: the lookup answers nothing either
    for (const key of sets) {
      const lacks = key & ~letters;
      const adds = letters & ~key;
      if ((lacks & (lacks - 1)) === 0 && (adds & (adds - 1)) === 0) return lookup(word);
    }
    return undefined;
  };
}

/** The letters a-z of a word as bits; -1 when it holds any other character. */
function letterSet(w: string): number {
  let bits = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) - 97;
    if (c < 0 || c > 25) return -1;
    bits |= 1 << c;
  }
  return bits;
}

/** The core keys' matcher. */
export const coreFuzzy = createFuzzy(FUZZY_KEYS);
