/**
 * Spelling tolerance for words the corpus does not know (and ONLY for those): a word-family relative
 * ("grow" → growth) or a close spelling ("hedaches" → headaches) from the corpus vocabulary. Each
 * unknown word is looked up once per lexicon and remembered.
 */
import { doubleMetaphone } from 'double-metaphone';
import { termOf } from './terms.ts';
import type { Lexicon } from './lexicon.ts';

/** Endings that turn one member of a word family into another (after stemming): grow+th, medic+in. */
const FAMILY_ENDINGS = new Set(['al', 'ic', 'th', 'ion', 'ive', 'iti', 'ment', 'er', 'or', 'ist', 'in', 'i', 'e', 'y', 'at', 'ur', 'anc', 'enc']);

/**
 * A corpus term the unknown term is a word-family relative of: one is the other plus a derivational
 * ending ("grow" → "growth", "medicin" → "medic"), or both share all but their last letter or two
 * of 7+ ("conclud" → "conclus"). Only for terms the corpus does not know.
 */
export function relative(term: string, lex: Lexicon): string | null {
  if (term.length < 4 || !/^[a-z]+$/.test(term)) return null;
  let best: string | null = null;
  for (const v of lex.vocab) {
    if (v.length < 4 || v[0] !== term[0]) continue;
    const [short, long] = v.length <= term.length ? [v, term] : [term, v];
    const family = long.startsWith(short) && FAMILY_ENDINGS.has(long.slice(short.length));
    let shared = 0;
    while (shared < short.length && short[shared] === long[shared]) shared += 1;
    const sibling = short.length >= 7 && shared >= short.length - 1 && long.length - shared <= 2;
    if ((family || sibling) && (best === null || v.length < best.length)) best = v;
  }
  return best;
}

/**
 * Damerau distance (optimal string alignment: a swap of two neighbouring letters is one edit), with
 * an early exit above `max`.
 *
 * @example editDistance('teh', 'the', 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Closest corpus word to an unknown word: same first letter, edit distance 1 (4–8 letters) or 2
 * (9+ letters). A real English word is never corrected (the article's build lists the real words
 * near its own); without that list, words under 5 letters are left alone ("cost" must not become "most").
 */
export function correct(word: string, lex: Lexicon): string | null {
  const minLength = lex.real.size > 0 ? 4 : 5;
  if (word.length < minLength || !/^[a-z]+$/.test(word) || lex.real.has(word)) return null;
  const max = word.length >= 9 ? 2 : 1;
  let best: string | null = null;
  let bestD = max + 1;
  for (const w of lex.words.get(word[0]!) ?? []) {
    const d = editDistance(word, w, max);
    if (d < bestD || (d === bestD && best !== null && w.length === word.length && best.length !== word.length)) {
      best = w;
      bestD = d;
    }
  }
  return bestD <= max ? best : null;
}

/**
 * A corpus word that sounds like an unknown word (same Double Metaphone key: "qwik" → quick,
 * "fone" → phone), the closest in spelling, at most 2 edits away. Only with
 * the article's real-word list, and never for a real word.
 */
export function soundsLike(word: string, lex: Lexicon): string | null {
  if (lex.real.size === 0 || word.length < 4 || !/^[a-z]+$/.test(word) || lex.real.has(word)) return null;
  const max = 2;
  let best: string | null = null;
  let bestD = max + 1;
  // The primary key only: the build lists the real words sharing it (knowledge/lexicon.ts).
  for (const w of lex.sounds.get(doubleMetaphone(word)[0]) ?? []) {
    const d = editDistance(word, w, max);
    if (d < bestD && Math.abs(w.length - word.length) <= 2) {
      best = w;
      bestD = d;
    }
  }
  return best;
}

/**
 * The one corpus word a clipped word starts ("vit" → vitamin, "symp" → symptoms): 3–5 letters, at
 * least three letters short of it, and no other corpus word (of another stem) with that start.
 */
export function completion(word: string, lex: Lexicon): string | null {
  if (lex.real.size === 0 || word.length < 3 || word.length > 5 || !/^[a-z]+$/.test(word) || lex.real.has(word)) return null;
  let found: string | null = null;
  for (const w of lex.words.get(word[0]!) ?? []) {
    if (!w.startsWith(word) || w.length < word.length + 3) continue;
    // Forms of one word ("symptom", "symptoms") are one completion, the shortest; two words are none.
    if (found !== null && termOf(w) !== termOf(found)) return null;
    if (found === null || w.length < found.length) found = w;
  }
  return found;
}

/**
 * Text shorthand without vowels ("wrk", "slp", "hlp"): the shortest corpus word with the same first
 * letter whose consonants, in order, are exactly these.
 */
export function skeleton(word: string, lex: Lexicon): string | null {
  if (lex.real.size === 0 || word.length < 3 || !/^[b-df-hj-np-tv-z]+$/.test(word)) return null;
  let found: string | null = null;
  for (const w of lex.words.get(word[0]!) ?? []) {
    if (w.replace(/[aeiouy]/g, '') === word && (found === null || w.length < found.length)) found = w;
  }
  return found;
}

/** Guesses a lexicon remembers at most; past that it forgets them all and starts again. */
const GUESS_LIMIT = 5_000;

/** `relative` then `correct` for an unknown word, remembered (bounded) per lexicon; the engine empties it after a reply to a visitor in distress. */
export function guess(term: string, surface: string, lex: Lexicon): { kin: string | null; fixed: string | null } {
  const memo = lex.memo.guesses;
  const key = `${term} ${surface}`;
  let g = memo.get(key);
  if (g === undefined) {
    const kin = relative(term, lex);
    g = { kin, fixed: kin === null ? (correct(surface, lex) ?? soundsLike(surface, lex) ?? completion(surface, lex) ?? skeleton(surface, lex)) : null };
    if (memo.size >= GUESS_LIMIT) memo.clear();
    memo.set(key, g);
  }
  return g;
}
