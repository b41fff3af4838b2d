/**
 * The ONE term-processing function of faqchat. The index (build time) and the visitor's question
 * (query time) both go through `termTokens`, so a word is spelled the same on both sides:
 * wink lemma → lower case → Porter stem, stop words and punctuation dropped.
 */
import { stem } from './stem.ts';
import { analyze } from './analyze.ts';
import type { Analysis } from '../types.ts';

/** The token arrays of an Analysis that term processing reads. */
export type TokenView = Pick<Analysis, 'tokens' | 'lemmas' | 'stop' | 'types' | 'negated'>;

/** One token of a text after term processing. `term` is null for stop words and punctuation. */
export interface TermToken {
  /** Normalised surface form (`a.tokens[i]`). */
  surface: string;
  /** wink lemma, lower case. */
  lemma: string;
  term: string | null;
  /** A compound wink keeps as one token ("non-responders", "post-traumatic"): the terms of all its
   * parts, `term` (the last, the head word) included. */
  parts?: string[];
  negated: boolean;
  /** How the surface and the lemma are keyed in synonym phrases: their term, or the word itself if
   * it has none (server/engine/understand/phrases.ts). Computed here, where the lemma's term is computed anyway. */
  surfaceKey: string;
  lemmaKey: string;
}

// wink flags these as stop words, but in questions about a treatment they carry the meaning
// ("how long does it LAST"); everything else follows wink's list.
const KEEP = new Set(['last', 'first', 'side', 'amount', 'often']);
const WORDISH = /^[a-z0-9][a-z0-9.]*$/;
const COMPOUND = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/**
 * Term of one lemma: lower case, apostrophes and stray punctuation trimmed, Porter-stemmed.
 * Numbers stay as they are.
 *
 * @example termOf('infusions') // 'infus'
 */
export function termOf(lemma: string): string {
  const known = SITE.get(lemma);
  if (known !== undefined) return known;
  const cached = scratch.get(lemma);
  if (cached !== undefined) return cached;
  const w = lemma.toLowerCase().replace(/['’]/g, '').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  const term = w === '' || /^[0-9.]+$/.test(w) ? w : stem(w);
  // Stemming is the costliest step of a query; words repeat, so remember them (bounded). Until an
  // engine is built, what is stemmed is the site's own data; after, a visitor's message.
  const layer = open ? SITE : scratch;
  if (layer.size >= MEMO_LIMIT) layer.clear();
  layer.set(lemma, term);
  return term;
}
/** The site's own words: kept for the life of the process. */
const SITE = new Map<string, string>();
/** The words of the message being answered: dropped after every reply (forget.ts). */
let scratch = new Map<string, string>();
const MEMO_LIMIT = 50_000;
let open = true;

/** Marks what the memo holds now as the site's own words: called once an engine is built. */
export function closeTermMemo(): void {
  open = false;
}

/** Stems the site's own words ahead of the first message, into the lasting layer. */
export function learnSiteWords(words: Iterable<string>): void {
  const was = open;
  open = true;
  for (const w of words) termOf(w);
  open = was;
}

/**
 * Drops the words of the message just answered: no word a visitor wrote stays in memory after the
 * reply, whether or not the visitor showed distress. O(1): the layer is replaced, not emptied.
 */
export function resetTermMemo(): void {
  if (scratch.size > 0) scratch = new Map();
}

/** Whether the memo holds a word (privacy tests). */
export function isTermKept(lemma: string): boolean {
  return SITE.has(lemma) || scratch.has(lemma);
}

/**
 * Processes the tokens of one wink pass into terms. A stop word that is part of a hyphenated
 * compound ("off-label") is kept, because the compound means something the word alone does not.
 *
 * @example termTokens(analyze('How long does it last?')).map((t) => t.term) // [null,'long',null,null,'last',null]
 */
export function termTokens(a: TokenView): TermToken[] {
  const out: TermToken[] = [];
  // Read once: an Analysis may make these on first use (server/engine/understand/analyze.ts).
  const { tokens, lemmas, types, stop, negated: negations } = a;
  const n = tokens.length;
  for (let i = 0; i < n; i += 1) {
    const surface = tokens[i] ?? '';
    const lemma = (lemmas[i] ?? surface).toLowerCase();
    const type = types[i] ?? 'word';
    const negated = negations[i] ?? false;
    const lemmaTerm = termOf(lemma);
    const lemmaKey = lemmaTerm || lemma;
    const surfaceKey = surface === lemma ? lemmaKey : termOf(surface) || surface;
    if (type === 'word' && COMPOUND.test(surface)) {
      // wink keeps prefixed compounds whole; their parts are what the article and visitors share.
      const parts = surface.split('-').map(termOf).filter((t) => t.length > 1);
      const term = parts.length > 0 ? parts[parts.length - 1]! : null;
      out.push(parts.length > 0 ? { surface, lemma, term, parts, negated, surfaceKey, lemmaKey } : { surface, lemma, term, negated, surfaceKey, lemmaKey });
      continue;
    }
    let term: string | null = null;
    // Apostrophes are dropped for the shape test only ("don't" is a word); most tokens have none.
    const bare = surface.includes("'") || surface.includes('’') ? surface.replace(/['’]/g, '') : surface;
    if ((type === 'word' || type === 'number') && WORDISH.test(bare)) {
      const inCompound = (i > 0 && tokens[i - 1] === '-') || (i + 1 < n && tokens[i + 1] === '-');
      const isStop = (stop[i] ?? false) && !KEEP.has(lemma) && !inCompound;
      // Single letters ("N-methyl-D-…") carry nothing; numbers do ("2 mg").
      if (!isStop && lemmaTerm !== '' && (lemmaTerm.length > 1 || type === 'number')) term = lemmaTerm;
    }
    out.push({ surface, lemma, term, negated, surfaceKey, lemmaKey });
  }
  return out;
}

/** The non-null terms of `termTokens`, in order (duplicates kept). */
export function termsOf(a: TokenView): string[] {
  const out: string[] = [];
  for (const t of termTokens(a)) {
    if (t.parts) out.push(...t.parts);
    else if (t.term !== null) out.push(t.term);
  }
  return out;
}

/**
 * Terms of a free text: one wink pass (analyze) and the same processing as a visitor message.
 * Used at build time and at engine creation, never per request.
 *
 * @example textTerms('Melatonin’s calming effects can last days to weeks.')
 * // ['melatonin','calm','effect','last','day','week']
 */
export function textTerms(text: string): string[] {
  return termsOf(analyze(text));
}
