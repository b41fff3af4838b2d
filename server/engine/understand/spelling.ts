/**
 * Spelling tolerance for words the corpus does not know (and ONLY for those): a word-family relative
 * ("grow" → growth) or a close spelling ("hedaches" → headaches) from the corpus vocabulary. Each
 * unknown word is looked up once per message (the engine drops the guesses with every reply).
 */
import { soundKeys, soundReach } from './sound.ts';
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
  for (const v of spellIndex(lex).vocab.get(term[0]!) ?? []) {
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
  // Three rows reused across calls: the spelling guesses compare one word with many.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  let prev2 = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j < width; j += 1) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, rows[prev2 + j - 2]! + 1);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return rows[prev + b.length]!;
}
let rows = new Int32Array(96);

/** What the guesses scan, by first letter, made once per lexicon from the site's words only. */
interface SpellIndex {
  /** Vocabulary terms of 4+ letters, in vocabulary order. */
  vocab: Map<string, string[]>;
  /** Corpus words with their letters other than vowels, in corpus order. */
  consonants: Map<string, Array<[string, string]>>;
}
const INDEXES = new WeakMap<Lexicon, SpellIndex>();

function spellIndex(lex: Lexicon): SpellIndex {
  let index = INDEXES.get(lex);
  if (index === undefined) {
    const vocab = new Map<string, string[]>();
    for (const v of lex.vocab) {
      if (v.length < 4) continue;
      const list = vocab.get(v[0]!);
      if (list) list.push(v);
      else vocab.set(v[0]!, [v]);
    }
    const consonants = new Map<string, Array<[string, string]>>();
    for (const [letter, words] of lex.words) consonants.set(letter, words.map((w): [string, string] => [w, w.replace(/[aeiouy]/g, '')]));
    index = { vocab, consonants };
    INDEXES.set(lex, index);
  }
  return index;
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
  // Whether the best word so far shares a sound key with `word`: read on the first tie only.
  let bestSounds: boolean | null = null;
  let keys: string[] | null = null;
  for (const w of lex.words.get(word[0]!) ?? []) {
    const d = editDistance(word, w, max);
    if (d > bestD || d > max) continue;
    if (d < bestD) {
      [best, bestD, bestSounds] = [w, d, null];
      continue;
    }
    // As near in spelling: the one that sounds like it ("werks" is "works", not "weeks"), then the one as long.
    keys ??= soundKeys(word);
    bestSounds ??= best !== null && soundsAs(best, keys, lex);
    const sounds = soundsAs(w, keys, lex);
    if ((sounds && !bestSounds) || (sounds === bestSounds && best !== null && w.length === word.length && best.length !== word.length)) [best, bestSounds] = [w, sounds];
  }
  return bestD <= max ? best : null;
}

/** A corpus word filed under one of these sound keys. */
function soundsAs(w: string, keys: readonly string[], lex: Lexicon): boolean {
  for (const k of keys) if (lex.sounds.get(k)?.includes(w)) return true;
  return false;
}

/**
 * A corpus word that sounds like an unknown word (a sound key in common: "qwik" → quick,
 * "fone" → phone, "speshulist" → specialist), the closest in spelling, within the sound reach. Only with
 * the article's real-word list, and never for a real word.
 */
export function soundsLike(word: string, lex: Lexicon): string | null {
  if (lex.real.size === 0 || word.length < 4 || !/^[a-z]+$/.test(word) || lex.real.has(word)) return null;
  // An ending spelt as it sounds ("depreshun", "medicashun"): the corpus word with the written ending.
  if (/shun$/.test(word)) {
    const stem = word.slice(0, -4);
    for (const end of ['ssion', 'tion', 'sion', 'cian']) if (lex.words.get(word[0]!)?.includes(stem + end)) return stem + end;
  }
  const max = soundReach(word.length);
  let best: string | null = null;
  let bestD = max + 1;
  // The build lists the real words sharing a key within this reach (knowledge/lexicon.ts).
  for (const key of soundKeys(word)) {
    for (const w of lex.sounds.get(key) ?? []) {
      const d = editDistance(word, w, max);
      if (d < bestD && Math.abs(w.length - word.length) <= max) {
        best = w;
        bestD = d;
      }
    }
  }
  return best;
}

/**
 * The one corpus word a clipped word starts ("vit" → vitamin, "symp" → symptoms, "benzos" →
 * benzodiazepines): 3–5 letters (a plural's "s" aside), at least three letters short of it, and no
 * other corpus word (of another stem) with that start.
 */
export function completion(word: string, lex: Lexicon): string | null {
  if (lex.real.size === 0 || !/^[a-z]+$/.test(word) || lex.real.has(word)) return null;
  // A clipped word in the plural ("benzos", "docs") completes as its singular.
  if (word.length >= 4 && word.length <= 6 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
  if (word.length < 3 || word.length > 5) return null;
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
  for (const [w, consonants] of spellIndex(lex).consonants.get(word[0]!) ?? []) {
    if (consonants === word && (found === null || w.length < found.length)) found = w;
  }
  return found;
}

/** Guesses a lexicon remembers at most; past that it forgets them all and starts again. */
const GUESS_LIMIT = 5_000;

/** `relative` then `correct` for an unknown word, remembered while one message is answered (forget.ts drops them). */
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
