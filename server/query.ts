/**
 * Query understanding: from the one Analysis of a message to weighted search terms. Typed terms,
 * lay-language synonyms (knowledge/synonyms.json), and spelling correction — fuzzy ONLY for words
 * the corpus does not know, so a correctly spelt word is never bent into another one.
 */
import synonymsData from '../knowledge/synonyms.json' with { type: 'json' };
import { termOf, termTokens } from './terms.ts';
import type { Analysis } from './types.ts';

/** Synonyms data (knowledge/synonyms.json). */
export interface SynonymsData {
  phrases: Record<string, string[]>;
  noise: string[];
}
export const SYNONYMS: SynonymsData = synonymsData as SynonymsData;

/** What the corpus knows, built once per engine. */
export interface Lexicon {
  /** Every term in the index (sentences, titles, questions). */
  vocab: Set<string>;
  /** Inverse document frequency over sentences; unknown terms get `maxIdf`. */
  idf: Map<string, number>;
  maxIdf: number;
  /** Corpus words (surface forms) by first letter, for spelling correction. */
  words: Map<string, string[]>;
  /** Synonym phrase (space-joined words) → terms it stands for. */
  phrases: Map<string, string[]>;
  longestPhrase: number;
  /** Terms that never name what is asked ("tell", "know", "curious"). */
  noise: Set<string>;
}

/** A content word of the question, for coverage: was it (or what it stands for) in the corpus? */
export interface ContentTerm {
  term: string;
  surface: string;
  covered: boolean;
  /** Terms the word was matched through (itself, its synonyms, its spelling correction). */
  via: string[];
  idf: number;
}

export interface Query {
  /** Search terms with their weights (typed 1; expansions lower; negated lower). */
  weights: Map<string, number>;
  /** Content words of the question, in order. */
  content: ContentTerm[];
  /** Words corrected by spelling tolerance, surface → corpus word. */
  corrections: Array<[string, string]>;
}

const WORD_SPLIT = /[\s-]+/;

/** Terms of a data value like "off-label" or "nasal spray" (no wink pass: stems of base forms). */
export function valueTerms(value: string): string[] {
  return value
    .toLowerCase()
    .split(WORD_SPLIT)
    .map(termOf)
    .filter((t) => t.length > 1);
}

/**
 * Builds the lexicon from the index's terms and the corpus words.
 *
 * @param sentenceTerms processed terms of every sentence (for idf)
 * @param otherTerms terms of titles and questions (vocabulary only)
 * @param corpusWords surface words of the corpus (for spelling correction)
 */
export function buildLexicon(
  sentenceTerms: string[][],
  otherTerms: string[],
  corpusWords: Iterable<string>,
  data: SynonymsData = SYNONYMS,
): Lexicon {
  const df = new Map<string, number>();
  for (const terms of sentenceTerms) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, sentenceTerms.length);
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  const maxIdf = Math.log(1 + n);
  const vocab = new Set<string>([...df.keys(), ...otherTerms]);
  for (const t of vocab) if (!idf.has(t)) idf.set(t, Math.log(1 + n / 1));
  const words = new Map<string, string[]>();
  for (const w of new Set(corpusWords)) {
    if (w.length < 4) continue;
    const list = words.get(w[0]!) ?? [];
    list.push(w);
    words.set(w[0]!, list);
  }
  const phrases = new Map<string, string[]>();
  let longestPhrase = 1;
  for (const [key, values] of Object.entries(data.phrases)) {
    const words = key.toLowerCase().trim().split(/\s+/);
    longestPhrase = Math.max(longestPhrase, words.length);
    phrases.set(words.join(' '), values.flatMap(valueTerms));
  }
  return { vocab, idf, maxIdf, words, phrases, longestPhrase, noise: new Set(data.noise.map(termOf)) };
}

/** Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Closest corpus word to an unknown word: same first letter, edit distance 1 (5–8 letters) or 2
 * (9+ letters); shorter words are never corrected ("cost" must not become "most").
 */
export function correct(word: string, lex: Lexicon): string | null {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return null;
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
 * Understands a message: its terms, what they expand to, and which content words the corpus covers.
 *
 * @example understand(analyze('when does it wear off'), lex).weights // Map { 'wear' => 1, 'last' => 0.7, 'fade' => 0.7 }
 */
export function understand(a: Analysis, lex: Lexicon, opts: { expansionWeight: number; negatedWeight: number }): Query {
  const tokens = termTokens(a);
  const weights = new Map<string, number>();
  const add = (term: string, w: number) => {
    if (w > (weights.get(term) ?? 0)) weights.set(term, w);
  };
  // Synonym phrases, longest first, over surface words or lemmas ("wore off" and "wear off").
  const synonymOf: Array<string[] | null> = tokens.map(() => null);
  for (let i = 0; i < tokens.length; i += 1) {
    for (let len = Math.min(lex.longestPhrase, tokens.length - i); len >= 1; len -= 1) {
      const window = tokens.slice(i, i + len);
      const hit =
        lex.phrases.get(window.map((t) => t.surface).join(' ')) ?? lex.phrases.get(window.map((t) => t.lemma).join(' '));
      if (!hit) continue;
      for (let j = i; j < i + len; j += 1) synonymOf[j] = hit;
      break;
    }
  }
  const content: ContentTerm[] = [];
  const corrections: Array<[string, string]> = [];
  tokens.forEach((tok, i) => {
    const syn = synonymOf[i];
    const base = tok.negated ? opts.negatedWeight : 1;
    if (syn) for (const t of syn) add(t, base * opts.expansionWeight);
    if (tok.term === null) return;
    const known = lex.vocab.has(tok.term);
    let via: string[] = known ? [tok.term] : [];
    if (known) add(tok.term, base);
    else if (!syn) {
      const fixed = correct(tok.surface, lex);
      const fixedTerm = fixed === null ? null : termOf(fixed);
      if (fixed !== null && fixedTerm !== null && lex.vocab.has(fixedTerm)) {
        corrections.push([tok.surface, fixed]);
        via = [fixedTerm];
        add(fixedTerm, base * opts.expansionWeight);
      }
    }
    if (syn) via = [...via, ...syn.filter((t) => lex.vocab.has(t))];
    if (lex.noise.has(tok.term)) return;
    const idf = known ? (lex.idf.get(tok.term) ?? lex.maxIdf) : lex.maxIdf;
    content.push({ term: tok.term, surface: tok.surface, covered: via.length > 0, via, idf });
  });
  return { weights, content, corrections };
}

/** Share of the question's content the corpus covers, idf-weighted (1 when there is no content). */
export function coverage(content: ContentTerm[]): number {
  let all = 0;
  let covered = 0;
  for (const c of content) {
    all += c.idf;
    if (c.covered) covered += c.idf;
  }
  return all === 0 ? 1 : covered / all;
}
