/**
 * Synonym phrases of a message (knowledge/synonyms.json, lay language → article terms), matched
 * over its surface words or its lemmas, longest first. Part of query understanding (server/engine/understand/query.ts).
 */
import type { Lexicon } from './lexicon.ts';
import { termOf, type TermToken } from './terms.ts';

/** One word of a synonym phrase as it is matched: its stem, or the word itself if it has none. */
export function phraseKey(word: string): string {
  return termOf(word) || word;
}

/**
 * First words of the synonym phrases (as keyed), each with a bit per length of a phrase it starts:
 * most tokens start none and are skipped at once, and a start word builds only the keys that exist.
 */
function phraseStarts(lex: Lexicon): Map<string, number> {
  let starts = lex.memo.phraseStarts;
  if (!starts) {
    starts = new Map();
    for (const key of lex.phrases.keys()) {
      const words = key.split(' ');
      starts.set(words[0]!, (starts.get(words[0]!) ?? 0) | (1 << Math.min(30, words.length)));
    }
    lex.memo.phraseStarts = starts;
  }
  return starts;
}

/** The phrase key of `len` keys from `i` (the words joined by single spaces). */
function keyAt(keys: readonly string[], i: number, len: number): string {
  let key = keys[i]!;
  for (let j = 1; j < len; j += 1) key += ` ${keys[i + j]!}`;
  return key;
}

/**
 * Synonym phrase of each token, longest match first, over surface words or lemmas ("wore off" and
 * "wear off"). A one-word key never fires on a noise word: "usually" must not stand for "usual"
 * (traditional), it says nothing about what is asked. Returns the phrase hit and where it starts.
 */
export function phraseHits(tokens: TermToken[], lex: Lexicon): Array<{ hit: Array<[string, number]>; start: number } | null> {
  const n = tokens.length;
  const out: Array<{ hit: Array<[string, number]>; start: number } | null> = new Array(n).fill(null);
  const starts = phraseStarts(lex);
  let sk: string[] | null = null;
  let lk: string[] | null = null;
  for (let i = 0; i < n; i += 1) {
    const bySurface = starts.get(tokens[i]!.surfaceKey) ?? 0;
    const byLemma = starts.get(tokens[i]!.lemmaKey) ?? 0;
    if (bySurface === 0 && byLemma === 0) continue;
    sk ??= tokens.map((t) => t.surfaceKey);
    lk ??= tokens.map((t) => t.lemmaKey);
    const max = Math.min(lex.longestPhrase, n - i);
    for (let len = max; len >= 1; len -= 1) {
      const bit = 1 << Math.min(30, len);
      // A key is looked up only if some phrase of this length starts with its first word.
      const hit = ((bySurface & bit) !== 0 ? lex.phrases.get(keyAt(sk, i, len)) : undefined) ?? ((byLemma & bit) !== 0 ? lex.phrases.get(keyAt(lk, i, len)) : undefined);
      if (!hit) continue;
      if (len === 1 && (lex.noiseWords.has(tokens[i]!.surface) || lex.noiseWords.has(tokens[i]!.lemma))) break;
      for (let j = i; j < i + len; j += 1) out[j] = { hit, start: i };
      break;
    }
  }
  return out;
}
