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
  /** Generic verbs that rarely decide the topic ("help", "work"): searched with a lower weight. */
  weak?: string[];
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
  /** Synonym phrase (space-joined words) → terms it stands for, each with its share of the weight. */
  phrases: Map<string, Array<[string, number]>>;
  longestPhrase: number;
  /** Terms that never name what is asked ("tell", "know", "curious"). */
  noise: Set<string>;
  weak: Set<string>;
}

/** A content word of the question, for coverage: was it (or what it stands for) in the corpus? */
export interface ContentTerm {
  term: string;
  surface: string;
  covered: boolean;
  /** Terms the word was matched through (itself, its synonyms, its spelling correction). */
  via: string[];
  idf: number;
  /** Universal POS tag: an unknown NOUN is more likely what is asked about than an unknown adverb. */
  pos: string;
  /** 1 for a word the corpus knows (or a synonym of one); less for a spelling or word-family guess. */
  strength: number;
  /** Clause of the message the word is in (a remark in one clause must not sink a question in another). */
  sentence: number;
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
  const phrases = new Map<string, Array<[string, number]>>();
  let longestPhrase = 1;
  for (const [key, values] of Object.entries(data.phrases)) {
    const words = key.toLowerCase().trim().split(/\s+/);
    longestPhrase = Math.max(longestPhrase, words.length);
    // A multi-word value ("post-traumatic stress disorder") is ONE concept: its words share the
    // weight, so "disorder" alone does not pull in every section about a disorder.
    const terms = new Map<string, number>();
    for (const value of values) {
      const parts = valueTerms(value);
      for (const t of parts) terms.set(t, Math.max(terms.get(t) ?? 0, 1 / parts.length));
    }
    // Keyed by the stems of its words, so "stops working" meets "stop working".
    phrases.set(words.map(phraseKey).join(' '), [...terms]);
  }
  return {
    vocab,
    idf,
    maxIdf,
    words,
    phrases,
    longestPhrase,
    noise: new Set(data.noise.map(termOf)),
    weak: new Set((data.weak ?? []).map(termOf)),
  };
}

/** How much a word-family guess ("grow" → growth) and a spelling correction count as covered. */
const RELATIVE_STRENGTH = 0.6;
const CORRECTION_STRENGTH = 0.8;

/** One word of a synonym phrase as it is matched: its stem, or the word itself if it has none. */
function phraseKey(word: string): string {
  return termOf(word) || word;
}

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
export function understand(
  a: Analysis,
  lex: Lexicon,
  opts: { expansionWeight: number; negatedWeight: number; weakWeight: number },
): Query {
  const tokens = termTokens(a);
  const weights = new Map<string, number>();
  const add = (term: string, w: number) => {
    if (w > (weights.get(term) ?? 0)) weights.set(term, w);
  };
  // Synonym phrases, longest first, over surface words or lemmas ("wore off" and "wear off").
  const synonymOf: Array<Array<[string, number]> | null> = tokens.map(() => null);
  for (let i = 0; i < tokens.length; i += 1) {
    for (let len = Math.min(lex.longestPhrase, tokens.length - i); len >= 1; len -= 1) {
      const window = tokens.slice(i, i + len);
      const hit =
        lex.phrases.get(window.map((t) => phraseKey(t.surface)).join(' ')) ??
        lex.phrases.get(window.map((t) => phraseKey(t.lemma)).join(' '));
      if (!hit) continue;
      for (let j = i; j < i + len; j += 1) synonymOf[j] = hit;
      break;
    }
  }
  const content: ContentTerm[] = [];
  const corrections: Array<[string, string]> = [];
  const sentenceOf = tokenSentences(a);
  tokens.forEach((tok, i) => {
    const syn = synonymOf[i];
    const base = (tok.negated ? opts.negatedWeight : 1) * (tok.term !== null && lex.weak.has(tok.term) ? opts.weakWeight : 1);
    if (syn) for (const [t, share] of syn) add(t, base * opts.expansionWeight * share);
    if (tok.term === null) return;
    const known = lex.vocab.has(tok.term);
    let via: string[] = known ? [tok.term] : [];
    let strength = 1;
    if (known) add(tok.term, base);
    else if (!syn) {
      const kin = relative(tok.term, lex);
      const fixed = kin === null ? correct(tok.surface, lex) : null;
      const fixedTerm = kin ?? (fixed === null ? null : termOf(fixed));
      if (fixedTerm !== null && lex.vocab.has(fixedTerm)) {
        corrections.push([tok.surface, kin ?? fixed ?? '']);
        via = [fixedTerm];
        strength = kin !== null ? RELATIVE_STRENGTH : CORRECTION_STRENGTH;
        add(fixedTerm, base * opts.expansionWeight);
      }
    }
    if (syn) {
      via = [...via, ...syn.map(([t]) => t).filter((t) => lex.vocab.has(t))];
      strength = 1;
    }
    if (lex.noise.has(tok.term)) return;
    const idf = known ? (lex.idf.get(tok.term) ?? lex.maxIdf) : lex.maxIdf;
    content.push({ term: tok.term, surface: tok.surface, covered: via.length > 0, via, idf, strength, pos: a.pos[i] ?? 'X', sentence: sentenceOf[i] ?? 0 });
  });
  return { weights, content, corrections };
}

/** Punctuation that ends a clause: "dead tired, how long does it last" is a remark, then a question. */
const CLAUSE_END = new Set([',', ';', ':', '.', '?', '!', '(', ')']);

/**
 * Clause index of each token: a new clause after clause punctuation or a sentence boundary, found
 * by walking the tokens through the normalised text (no second wink pass).
 */
export function tokenSentences(a: Pick<Analysis, 'normalized' | 'tokens' | 'sentences' | 'types'>): number[] {
  const out = new Array<number>(a.tokens.length).fill(0);
  const ends: number[] = [];
  let from = 0;
  for (const s of a.sentences) {
    const at = a.normalized.indexOf(s.trim(), from);
    if (at < 0) break;
    from = at + s.trim().length;
    ends.push(from);
  }
  let pos = 0;
  let k = 0;
  let clause = 0;
  a.tokens.forEach((tok, i) => {
    const at = a.normalized.indexOf(tok, pos);
    if (at >= 0) pos = at + tok.length;
    while (k < ends.length - 1 && pos > ends[k]!) {
      k += 1;
      clause += 1;
    }
    out[i] = clause;
    // A dash ends a clause only between spaces ("appointment - what does…"), not in "half-life".
    const dash = tok === '-' && at > 0 && a.normalized[at - 1] === ' ' && a.normalized[at + 1] === ' ';
    if (a.types[i] === 'punctuation' && (CLAUSE_END.has(tok) || dash)) clause += 1;
  });
  return out;
}
