/**
 * One wink-nlp pass over a visitor message. Every later stage (safety, intent, query understanding)
 * reads this instead of calling wink again, so a message costs one parse.
 */
import { its, lemma, nlp } from './nlp.ts';
import type { Analysis } from './types.ts';

/**
 * Normalises for matching: NFKC, typographic quotes and dashes to ASCII, whitespace folded, lower case.
 *
 * @example normalizeText('Ketamine’s  EFFECTS') // "ketamine's effects"
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Reads a message once with wink-nlp.
 *
 * @example analyze("I don't want to live").negated // [false, false, false, true, true, true]
 */
export function analyze(message: string): Analysis {
  const normalized = normalizeText(message);
  const doc = nlp.readDoc(normalized);
  const tokens = doc.tokens();
  return {
    text: message,
    normalized,
    tokens: tokens.out(its.normal),
    lemmas: tokens.out(lemma),
    pos: tokens.out(its.pos),
    stop: tokens.out(its.stopWordFlag) as boolean[],
    negated: tokens.out(its.negationFlag) as boolean[],
    types: tokens.out(its.type),
    entities: doc.entities().out(its.detail) as Array<{ value: string; type: string }>,
    sentences: doc.sentences().out(),
  };
}
