/**
 * The vocabulary of one corpus, built once per engine by query understanding (buildLexicon in
 * query.ts) and read by spelling correction and synonym phrases.
 */
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
  /** The noise words as written (not stemmed): "usually" is noise, "usual" is not. */
  noiseWords: Set<string>;
  weak: Set<string>;
  /** Real English words near an article word (built from the article): never spelling-corrected. */
  real: Set<string>;
  /** Sound key (Double Metaphone) → corpus words with it, for spellings edit distance can't reach. */
  sounds: Map<string, string[]>;
  /** What query understanding remembers about this vocabulary, so its stages keep no state of their own. */
  memo: LexiconMemo;
}

export interface LexiconMemo {
  /** Spelling and word-family guesses for the unknown words of the message being answered (dropped after every reply). */
  guesses: Map<string, { kin: string | null; fixed: string | null }>;
  /** First words of the synonym phrases, each with a bit per phrase length it starts (built on first use). */
  phraseStarts: Map<string, number> | null;
}

/** The article's own words: every corpus word of three letters or more has a sound key. */
export function siteWords(lex: Lexicon): string[] {
  const out: string[] = [];
  for (const list of lex.sounds.values()) for (const w of list) out.push(w);
  return out;
}
