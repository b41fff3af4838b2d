/**
 * Text folding for matching, shared by the engine, the safety gate and the eval's verbatim check.
 * Dependency-free on purpose: the eval's pure metrics import it without loading wink-nlp.
 */

const PLAIN = /^[\x00-\x7f]*$/;

/**
 * Normalises for matching: NFKC, typographic quotes and dashes to ASCII, whitespace folded, lower case.
 *
 * @example normalizeText('Melatonin’s  EFFECTS') // "melatonin's effects"
 */
export function normalizeText(text: string): string {
  // Most messages are plain ASCII: NFKC leaves it as it is, and of the quotes and dashes only the backtick is ASCII.
  if (PLAIN.test(text)) return text.replace(/`/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
