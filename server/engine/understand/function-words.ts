/**
 * English function words a visitor misspells ("evryone", "shoud", "becuase", "reely"): they carry
 * no subject, so a misspelt one is no word the article must cover. General English, nothing about
 * any article; only words of four letters or more, where one edit is a safe guess. The build lists
 * the real words near them too (knowledge/lexicon.ts), so "theme" is never read as "them".
 */
import { doubleMetaphone } from 'double-metaphone';
import { editDistance } from './spelling.ts';

export const FUNCTION_WORDS: readonly string[] = [
  'about', 'above', 'actually', 'after', 'again', 'against', 'almost', 'already', 'also', 'although', 'always', 'another',
  'anybody', 'anyone', 'anything', 'anyway', 'anywhere', 'around', 'basically', 'because', 'before', 'behind', 'being',
  'below', 'between', 'both', 'could', 'couldnt', 'definitely', 'didnt', 'does', 'doesnt', 'done', 'dont', 'during',
  'each', 'either', 'else', 'enough', 'even', 'ever', 'every', 'everybody', 'everyone', 'everything', 'everywhere',
  'from', 'have', 'havent', 'having', 'here', 'honestly', 'however', 'into', 'just', 'kind', 'kinda', 'maybe', 'might',
  'more', 'most', 'much', 'must', 'myself', 'neither', 'never', 'nobody', 'none', 'nothing', 'often', 'only', 'other',
  'others', 'ourselves', 'over', 'perhaps', 'please', 'pretty', 'probably', 'quite', 'rather', 'really', 'should',
  'shouldnt', 'since', 'some', 'somebody', 'someone', 'something', 'sometimes', 'somewhere', 'still', 'such', 'sure',
  'than', 'that', 'their', 'them', 'themselves', 'then', 'there', 'these', 'they', 'thing', 'things', 'this', 'those',
  'though', 'through', 'thru', 'together', 'too', 'totally', 'toward', 'towards', 'under', 'until', 'usually', 'very',
  'want', 'wanted', 'were', 'what', 'whatever', 'when', 'whenever', 'where', 'whether', 'which', 'while', 'whoever',
  'whole', 'will', 'with', 'within', 'without', 'wont', 'would', 'wouldnt', 'yourself', 'yourselves',
];

/** By first letter, and by sound key, for the two ways a guess is made. */
const BY_FIRST = new Map<string, string[]>();
const BY_SOUND = new Map<string, string>();
for (const w of FUNCTION_WORDS) {
  BY_FIRST.set(w[0]!, [...(BY_FIRST.get(w[0]!) ?? []), w]);
  if (w.length >= 4) BY_SOUND.set(doubleMetaphone(w)[0], w);
}

/**
 * The function word an unknown word misspells (one edit away, first letter kept, or the same sound
 * and at most two edits), or null.
 *
 * @example functionWordOf('evryone') // 'everyone'
 * @example functionWordOf('anxiety') // null
 */
export function functionWordOf(word: string): string | null {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return null;
  for (const w of BY_FIRST.get(word[0]!) ?? []) if (w.length >= 4 && editDistance(word, w, 1) <= 1) return w;
  const sound = BY_SOUND.get(doubleMetaphone(word)[0]);
  return sound !== undefined && editDistance(word, sound, 2) <= 2 ? sound : null;
}
