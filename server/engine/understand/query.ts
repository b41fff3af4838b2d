/**
 * Query understanding: from the one Analysis of a message to weighted search terms. Typed terms,
 * lay-language synonyms (knowledge/synonyms.json), and spelling correction — fuzzy ONLY for words
 * the corpus does not know, so a correctly spelt word is never bent into another one.
 */
import { guess } from './spelling.ts';
import { asksHowToHelp } from './helping.ts';
import { functionWordOf } from './function-words.ts';
import { asksForSigns, checksSymptoms } from './self-check.ts';
import { asksToSeekHelp } from './seek-help.ts';
import { phraseHits, phraseKey } from './phrases.ts';
import { termOf, termTokens } from './terms.ts';
import { tokenSentences } from './clauses.ts';
import { soundKeys } from './sound.ts';
import { usSpelling } from './analyze.ts';
import type { SynonymsData } from '../site.ts';
import type { Lexicon } from './lexicon.ts';
import type { Analysis, DerivedLexicon } from '../types.ts';

export type { SynonymsData } from '../site.ts';

export type { Lexicon } from './lexicon.ts';

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
  /** Visitor word (concept) each search term came from; terms added later (cues, carried) have none. */
  concepts: Map<string, number>;
  /** Terms that are one word of a several-word idea ("affective" of "seasonal affective disorder"):
   * a document adds their matches up, where it keeps only the best match of a word's synonyms. */
  parts?: Set<string>;
  /** Clause of the message's last word: the clause that asks, usually. */
  lastClause?: number;
  /** The visitor asks how to help someone else (helping.ts). */
  helper?: boolean;
  /** The visitor tells what they live through and asks whether it is the condition (self-check.ts). */
  selfCheck?: boolean;
  /** The visitor asks whether or when to see a professional (seek-help.ts). */
  seekHelp?: boolean;
  /** The visitor asks how to tell whether it is the condition ("how do I know if …", self-check.ts). */
  asksSigns?: boolean;
}

export { correct, editDistance, relative } from './spelling.ts';

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
  data: SynonymsData,
  derived?: DerivedLexicon,
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
  const sounds = new Map<string, string[]>();
  for (const w of new Set(corpusWords)) {
    if (w.length >= 3) {
      for (const key of soundKeys(w)) {
        const list = sounds.get(key);
        if (list) list.push(w);
        else sounds.set(key, [w]);
      }
    }
    if (w.length < 4) continue;
    const list = words.get(w[0]!) ?? [];
    list.push(w);
    words.set(w[0]!, list);
  }
  const phrases = new Map<string, Array<[string, number]>>();
  let longestPhrase = 1;
  for (const [written, writtenValues] of Object.entries(data.phrases)) {
    // The site's own spelling ("programme") read as visitors' words are read ("program").
    const key = usSpelling(written.toLowerCase());
    const values = writtenValues.map((v) => usSpelling(v.toLowerCase()));
    const words = key.trim().split(/\s+/);
    longestPhrase = Math.max(longestPhrase, words.length);
    // A multi-word value ("post-traumatic stress disorder") is ONE concept: its words share the
    // weight, so "disorder" alone does not pull in every section about a disorder.
    const terms = new Map<string, number>();
    for (const value of values) {
      const parts = valueTerms(value);
      // One word standing for a several-word name ("dbt", an acronym) means that name only where the
      // article has all of it: "therapy" alone is not "dialectical behaviour therapy".
      if (words.length === 1 && parts.length > 1 && !parts.every((t) => vocab.has(t))) continue;
      for (const t of parts) terms.set(t, Math.max(terms.get(t) ?? 0, 1 / parts.length));
    }
    // Keyed by the stems of its words, so "stops working" meets "stop working".
    phrases.set(words.map(phraseKey).join(' '), [...terms]);
  }
  // Abbreviations the article defines stand for their long form and back ("sad" ↔ seasonal
  // affective disorder); the article's own meaning wins over any hand-written entry.
  for (const [abbr, long] of Object.entries(derived?.abbreviations ?? {})) {
    const parts = valueTerms(long);
    const self = phraseKey(abbr);
    if (parts.length === 0) continue;
    phrases.set(self, [[self, 1], ...parts.map((t): [string, number] => [t, 1 / parts.length])]);
    const longKey = long.toLowerCase().split(/[\s-]+/).map(phraseKey).join(' ');
    phrases.set(longKey, [[self, 1], ...parts.map((t): [string, number] => [t, 1 / parts.length])]);
    longestPhrase = Math.max(longestPhrase, longKey.split(' ').length);
  }
  // An acronym the article never uses stands for its term (unlike a defined one, the term itself is
  // left as the article's words, so naming it in full reads exactly as before), and a compound
  // written joined up ("nighttime") means its parts, as the article writes them ("night-time").
  for (const table of [derived?.acronyms, derived?.compounds]) {
    for (const [short, written] of Object.entries(table ?? {})) {
      const key = phraseKey(short);
      const parts = valueTerms(written);
      if (parts.length > 1 && !vocab.has(key) && !phrases.has(key)) phrases.set(key, parts.map((t): [string, number] => [t, 1]));
    }
  }
  // An article word searches the article words of its family too ("treat" → treatment); everyday
  // words related to an article word through WordNet stand in only for words the article doesn't
  // use, and count less than hand-written ones.
  for (const [table, share, known] of [[derived?.family, FAMILY_SHARE, true], [derived?.related, RELATED_SHARE, false]] as const) {
    for (const [word, targets] of Object.entries(table ?? {})) {
      const key = word.split(/[\s-]+/).map(phraseKey).join(' ');
      if ((!known && vocab.has(key)) || phrases.has(key)) continue;
      phrases.set(key, targets.flatMap(valueTerms).map((t): [string, number] => [t, share]));
      longestPhrase = Math.max(longestPhrase, key.split(' ').length);
    }
  }
  return {
    vocab,
    idf,
    maxIdf,
    words,
    phrases,
    longestPhrase,
    noise: new Set(data.noise.map(termOf)),
    noiseWords: new Set(data.noise.map((w) => w.toLowerCase())),
    weak: new Set((data.weak ?? []).map(termOf)),
    real: new Set(derived?.realWords ?? []),
    sounds,
    memo: { guesses: new Map(), phraseStarts: null },
  };
}

/** How much a word-family guess ("grow" → growth) and a spelling correction count as covered. */
const RELATIVE_STRENGTH = 0.6;
const CORRECTION_STRENGTH = 0.8;
/** Share of the expansion weight a WordNet relation gets (hand-written synonyms get 1). */
const RELATED_SHARE = 0.8;
/** Share of the expansion weight a word-family link gets: as much as a synonym (0.8 measured the same). */
const FAMILY_SHARE = 1;

/** Sets a search term's weight, from the visitor word (`concept`) it came from, unless it has a higher one. */
function addTerm(weights: Map<string, number>, concepts: Map<string, number>, parts: Set<string>, concept: number, term: string, w: number, part = false): void {
  if (w > (weights.get(term) ?? 0)) {
    weights.set(term, w);
    concepts.set(term, concept);
    if (part) parts.add(term);
    else parts.delete(term);
  }
}

/**
 * Understands a message: its terms, what they expand to, and which content words the corpus covers.
 * Every visitor word (a synonym phrase counts as one) is a CONCEPT: its own term and its expansions
 * share a concept id, so retrieval counts matched words, not matched synonyms.
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
  const concepts = new Map<string, number>();
  let concept = 0;
  const parts = new Set<string>();
  const synonymOf = phraseHits(tokens, lex);
  // Content words per phrase start: each word of a several-word phrase carries its share.
  const phraseWords = new Map<number, number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const ph = synonymOf[i];
    if (ph && tokens[i]!.term !== null) phraseWords.set(ph.start, (phraseWords.get(ph.start) ?? 0) + 1);
  }
  const content: ContentTerm[] = [];
  const corrections: Array<[string, string]> = [];
  const sentenceOf = tokenSentences(a);
  let lastPhrase = -1;
  let lastHead: { start: number; term: ContentTerm | null } = { start: -1, term: null };
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i]!;
    const phrase = synonymOf[i];
    const syn = phrase?.hit ?? null;
    if (tok.term === null && !syn) continue;
    // A new concept per word, except inside one synonym phrase ("wear off" is one idea).
    if (!(phrase && phrase.start === lastPhrase)) concept += 1;
    lastPhrase = phrase ? phrase.start : -1;
    const base = (tok.negated ? opts.negatedWeight : 1) * (tok.term !== null && lex.weak.has(tok.term) ? opts.weakWeight : 1);
    if (syn) for (const [t, share] of syn) addTerm(weights, concepts, parts, concept, t, base * opts.expansionWeight * share, share < 1);
    if (tok.term === null) continue;
    const known = lex.vocab.has(tok.term);
    // A misspelt function word ("evryone", "shoud") names nothing the article must cover.
    if (!known && !syn && !lex.real.has(tok.surface)) {
      const meant = functionWordOf(tok.surface);
      if (meant !== null) {
        corrections.push([tok.surface, meant]);
        continue;
      }
    }
    let via: string[] = known ? [tok.term] : [];
    let strength = 1;
    const words = phrase ? (phraseWords.get(phrase.start) ?? 1) : 1;
    if (known) addTerm(weights, concepts, parts, concept, tok.term, base / words, words > 1);
    else if (!syn) {
      const { kin, fixed } = guess(tok.term, tok.surface, lex);
      const fixedTerm = kin ?? (fixed === null ? null : termOf(fixed));
      if (fixedTerm !== null && lex.vocab.has(fixedTerm)) {
        corrections.push([tok.surface, kin ?? fixed ?? '']);
        via = [fixedTerm];
        strength = kin !== null ? RELATIVE_STRENGTH : CORRECTION_STRENGTH;
        addTerm(weights, concepts, parts, concept, fixedTerm, base * opts.expansionWeight);
      }
    }
    // The other parts of a compound ("non" of "non-responders") belong to the same word.
    // (`via` is this word's own array: appending to it is safe.)
    if (tok.parts) {
      for (const part of tok.parts) {
        if (part === tok.term || !lex.vocab.has(part)) continue;
        addTerm(weights, concepts, parts, concept, part, base);
        via.push(part);
      }
    }
    if (syn) {
      for (const [t] of syn) if (lex.vocab.has(t)) via.push(t);
      strength = 1;
    }
    if (lex.noise.has(tok.term) || CONNECTIVES.has(tok.surface)) continue;
    // A word the article knows only through its synonyms or a correction weighs what they weigh here.
    let idf = lex.maxIdf;
    if (known) idf = lex.idf.get(tok.term) ?? lex.maxIdf;
    else if (via.length > 0) {
      idf = 0;
      for (const t of via) idf = Math.max(idf, lex.idf.get(t) ?? 0);
      if (idf === 0) idf = lex.maxIdf;
    }
    // A word that picks among answers ("the MAIN symptoms") names no subject: it searches, weakly,
    // but does not count as something the article must cover.
    if ((a.pos[i] === 'ADJ' || LIMITS.has(tok.surface)) && SELECTORS.has(tok.surface)) {
      if (known) weights.set(tok.term, Math.min(weights.get(tok.term) ?? 0, base * opts.weakWeight));
      continue;
    }
    // The later words of a phrase ("affective disorder" of "seasonal affective disorder") are one
    // content word with its first: one idea counts once, at its rarest word's weight.
    const head = phrase && phrase.start < i && phrase.start === lastHead.start ? lastHead.term : null;
    if (head !== null && via.length > 0 && head.covered) {
      for (const t of via) if (!head.via.includes(t)) head.via.push(t);
      if (idf > head.idf) head.idf = idf;
      continue;
    }
    content.push({ term: tok.term, surface: tok.surface, covered: via.length > 0, via, idf, strength, pos: a.pos[i] ?? 'X', sentence: sentenceOf[i] ?? 0 });
    if (phrase) lastHead = { start: phrase.start, term: content[content.length - 1]! };
  }
  let lastClause = 0;
  for (let i = sentenceOf.length - 1; i >= 0; i -= 1) {
    if (a.types[i] === 'punctuation') continue;
    lastClause = sentenceOf[i]!;
    break;
  }
  return { weights, concepts, content, corrections, parts, lastClause, helper: asksHowToHelp(a.normalized), selfCheck: checksSymptoms(a.normalized), seekHelp: asksToSeekHelp(a.normalized), asksSigns: asksForSigns(a.normalized) };
}

/** Adjectives that select among answers without naming what is asked about. */
/** Words that join two things compared ("pills vs therapy"): like "or", they name nothing. */
const CONNECTIVES = new Set(['vs', 'vs.', 'versus']);
const LIMITS = new Set(['max', 'maximum', 'min', 'minimum']);
const SELECTORS = new Set(['max', 'maximum', 'min', 'minimum', 'good', 'great', 'fine', 'main', 'common', 'commonest', 'typical', 'usual', 'key', 'major', 'primary', 'principal', 'biggest', 'general', 'basic', 'various', 'particular', 'specific', 'certain', 'important', 'top']);
