/**
 * Sentence boundaries by wink-nlp (the one instance in server/engine/understand/nlp.ts). Sentences keep the source text
 * exactly, so answers are cut verbatim; a last sentence without a final period is still a sentence.
 */
import { nlp } from '../server/engine/understand/nlp.ts';

/**
 * Splits a paragraph into sentences.
 *
 * @example splitSentences('It works. It lasts weeks') // ['It works.', 'It lasts weeks']
 */
export function splitSentences(paragraph: string): string[] {
  return nlp
    .readDoc(paragraph)
    .sentences()
    .out()
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
