/**
 * Acronyms a visitor may type for the article's own terms when the article never spells them out
 * ("ppd" for "postpartum depression", "nssi" for "non-suicidal self-injury"). Derived at build time
 * from the article's recurring multi-word terms: their initials, where a word opening with a common
 * English prefix ("post", "non", "self") may give two letters. A key that is an English word, an
 * article word, or the initials of two different terms is left out: a visitor's "sad" or "pms" must
 * never be bent into a term it does not stand for.
 */

/** English prefixes after which people start a new letter of an acronym (post|partum, non|suicidal). */
const PREFIXES = ['post', 'pre', 'anti', 'non', 'self', 'over', 'under', 'inter', 'trans', 'multi', 'hyper', 'hypo', 'neuro', 'psycho'];

/** Words that never begin or end a term. */
const EDGE_STOP = new Set([
  'a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'to', 'on', 'with', 'by', 'at', 'from', 'as', 'is', 'are', 'be', 'can',
  'your', 'you', 'it', 'this', 'that', 'how', 'what', 'when', 'why', 'who', 'does', 'do', 'not', 'more', 'some', 'many',
  'my', 'me', 'i', 'we', 'our', 'they', 'their', 'have', 'has', 'had', 'get', 'make', 'take', 'if', 'again', 'after', 'before',
  'during', 'first', 'right', 'away', 'into', 'about', 'may', 'will', 'should', 'could', 'also', 'other', 'most', 'very', 'than',
]);

/** A term must recur in this many places of the article's prose to be worth an acronym. */
const MIN_USES = 3;

/** The letters a word may give: its initial, and its initial plus the stem's after a prefix. */
function letterOptions(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w[0]!];
  for (const p of PREFIXES) if (w.startsWith(p) && w.length >= p.length + 4) out.push(w[0]! + w[p.length]!);
  return out;
}

/** Every acronym of a run of words (hyphenated parts count as words). */
function keysOf(words: readonly string[]): string[] {
  let keys = [''];
  for (const word of words.flatMap((w) => w.split('-')).filter(Boolean)) {
    const options = letterOptions(word);
    keys = keys.flatMap((k) => options.map((o) => k + o));
  }
  return keys;
}

/**
 * Acronym → term, for terms of two to four words the prose uses at least `MIN_USES` times.
 *
 * @example impliedAcronyms(['Postpartum depression is common.', 'Postpartum depression lasts.', 'Treat postpartum depression early.'], new Set(), new Set())
 * // { ppd: 'postpartum depression' }
 */
export function impliedAcronyms(
  texts: readonly string[],
  english: ReadonlySet<string>,
  articleWords: ReadonlySet<string>,
): Record<string, string> {
  const uses = new Map<string, number>();
  const count = (text: string) => {
    const words = [...text.matchAll(/[A-Za-z][A-Za-z-]*[A-Za-z]/g)].map((m) => m[0].toLowerCase());
    for (let i = 0; i < words.length; i += 1) {
      for (let n = 2; n <= 4 && i + n <= words.length; n += 1) {
        const run = words.slice(i, i + n);
        if (EDGE_STOP.has(run[0]!) || EDGE_STOP.has(run[n - 1]!)) continue;
        if (run.some((w) => EDGE_STOP.has(w) && w !== 'of' && w !== 'and')) continue;
        const term = run.join(' ');
        uses.set(term, (uses.get(term) ?? 0) + 1);
      }
    }
  };
  for (const t of texts) count(t);

  const byKey = new Map<string, Array<{ term: string; n: number }>>();
  for (const [term, n] of uses) {
    if (n < MIN_USES) continue;
    const content = term.split(' ').filter((w) => w !== 'of' && w !== 'and');
    for (const key of keysOf(content)) {
      if (key.length < 3 || key.length > 5 || english.has(key) || articleWords.has(key)) continue;
      const list = byKey.get(key) ?? [];
      list.push({ term, n });
      byKey.set(key, list);
    }
  }
  const out: Record<string, string> = {};
  for (const [key, list] of byKey) {
    // A shorter term inside a longer one is the same idea counted twice; two unrelated terms are not.
    const terms = list.sort((a, b) => b.n - a.n);
    const best = terms[0]!;
    if (terms.every((t) => t === best || best.term.includes(t.term) || t.term.includes(best.term))) out[key] = best.term;
  }
  return out;
}
