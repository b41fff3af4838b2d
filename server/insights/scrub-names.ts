/**
 * Names in a visitor's question: after a self-introduction ("my name is …", "I'm …", "call me …",
 * "I am called …", "this is …", "… here"), after a title ("Dr. …") or a relation ("my husband …"),
 * and capitalised pairs ("John Smith"). Words the site's own articles use are never taken for a name
 * (unless introduced as one), so article words and the drug names the articles mention survive.
 */
import { its, nlp } from '../engine/understand/nlp.ts';

export const NAME = '[name]';

/** Lower-case words of the site's articles; a word in it is not a name unless introduced as one. */
export type KnownWords = ReadonlySet<string>;

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const WORD = "[\\p{L}][\\p{L}'’-]*";
// "I am"/"I'm"/"call me" introduce a name only sometimes ("I'm Sarah" vs "I'm sad", "call me back");
// the others always do.
const INTRO = new RegExp(
  `\\b(my name is|my name's|name's|my names|i am called|i'm called|im called|they call me|people call me|call me|i am|i'm|im)\\s+(${WORD})(?:\\s+(${WORD}))?`,
  'giu',
);
const SOMETIMES = new Set(['i am', "i'm", 'im', 'call me', 'they call me', 'people call me']);
// At the start of a message (after a greeting): "Hi, this is Sarah", "Sarah here, quick question".
const GREETING = '(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\\b[\\s,!.:-]*)?';
const THIS_IS = new RegExp(`^(\\s*${GREETING}this is\\s+)(${WORD})(?:\\s+(${WORD}))?`, 'iu');
const HERE = new RegExp(`^(\\s*${GREETING})(${WORD})(?:\\s+(${WORD}))?(\\s+here)(?=\\s*(?:[,.!?;:—-]|$))`, 'iu');
const TITLED = /\b(Dr\.?|Doctor|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Miss|Prof\.?|Professor|Nurse)(\s+)(\p{Lu}[\p{L}'’-]*)/gu;
const RELATION =
  /\b((?:my|our|his|her|their) (?:husband|wife|partner|son|daughter|child|kid|mum|mom|mother|dad|father|brother|sister|friend|boyfriend|girlfriend|fianc[ée]e?|doctor|therapist|psychiatrist|counsell?or|nurse|gp|carer|caregiver|neighbou?r|boss)),?(\s+)(\p{Lu}[\p{L}'’-]*)/giu;
const PAIR = /(?<![\p{L}\p{N}'’[-])\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?){1,2}(?![\p{L}\]])/gu;
// Capitalised words that are not names even together ("Good Morning", "New Year", "Monday Morning").
const NOT_NAMES = new Set([
  'i', 'ok', 'okay', 'hi', 'hello', 'hey', 'thanks', 'thank', 'please', 'yes', 'no', 'good', 'morning', 'afternoon',
  'evening', 'night', 'new', 'year', 'day', 'today', 'tomorrow', 'yesterday', 'christmas', 'easter', 'covid',
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'nurse', 'st', 'saint',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'feeling', 'diabetic', 'epileptic', 'patient', 'student', 'pregnant',
]);

const stopCache = new Map<string, boolean>();

/** Whether wink counts the word as a stop word ("so", "not", "here"); cached, the list is small. */
function isStop(word: string): boolean {
  const lower = word.toLowerCase();
  let stop = stopCache.get(lower);
  if (stop === undefined) {
    stop = nlp.readDoc(lower).tokens().out(its.stopWordFlag)[0] === true;
    if (stopCache.size < 5_000) stopCache.set(lower, stop);
  }
  return stop;
}

/** A word that could be a name wherever it stands: not a stop word, not a common capitalised word, not an article word. */
function nameLike(word: string, known: KnownWords | undefined): boolean {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  return !isStop(lower) && !NOT_NAMES.has(lower) && !known?.has(lower);
}

/**
 * Whether each of the (up to) two words after "I'm"/"I am" is a name: Title Case as typed, or a noun
 * or proper noun when wink reads "i'm <first> <second>" (visitors often type names in lower case).
 */
function afterIAm(first: string, second: string | undefined, known: KnownWords | undefined): [boolean, boolean] {
  const words = second === undefined ? [first] : [first, second];
  const doc = nlp.readDoc(`i'm ${words.join(' ').toLowerCase()}`);
  const pos = doc.tokens().out(its.pos);
  const flag = (word: string, i: number): boolean => {
    if (!nameLike(word, known)) return false;
    if (TITLE_CASE.test(word)) return true;
    if (word.toLowerCase().endsWith('ing')) return false;
    return pos[i] === 'NOUN' || pos[i] === 'PROPN';
  };
  return [flag(first, 1), second !== undefined && pos.length === 3 && flag(second, 2)];
}

/** Replaces `first [second]` at the end of `match` by [name] (or only `first` when `second` is no name). */
function replaceWords(match: string, first: string, second: string | undefined, secondIsName: boolean): string {
  const tailLength = second === undefined ? first.length : first.length + 1 + second.length;
  const kept = match.slice(0, match.length - tailLength);
  return `${kept}${NAME}${second === undefined || secondIsName ? '' : ` ${second}`}`;
}

function intro(known: KnownWords | undefined) {
  return (match: string, phrase: string, first: string, second: string | undefined): string => {
    const sometimes = SOMETIMES.has(phrase.toLowerCase());
    if (sometimes) {
      const [firstIsName, secondIsName] = afterIAm(first, second, known);
      return firstIsName ? replaceWords(match, first, second, secondIsName) : match;
    }
    // Introduced as a name: any word but a stop word ("my name is not important") is taken, article words too.
    if (isStop(first) && !TITLE_CASE.test(first)) return match;
    const secondIsName = second !== undefined && (TITLE_CASE.test(second) ? nameLike(second, known) : afterIAm(first, second, known)[1]);
    return replaceWords(match, first, second, secondIsName);
  };
}

/**
 * Replaces names with [name].
 *
 * @example scrubNames('Hi, this is Sarah Jones') // "Hi, this is [name]"
 */
export function scrubNames(text: string, known?: KnownWords): string {
  const isName = (w: string) => nameLike(w, known) && (TITLE_CASE.test(w) || !isStop(w));
  return text
    .replace(INTRO, intro(known))
    .replace(THIS_IS, (match, lead: string, first: string, second: string | undefined) => {
      if (!TITLE_CASE.test(first) || !nameLike(first, known)) return match;
      const secondIsName = second !== undefined && TITLE_CASE.test(second) && nameLike(second, known);
      return `${lead}${NAME}${second === undefined || secondIsName ? '' : ` ${second}`}`;
    })
    .replace(HERE, (match, lead: string, first: string, second: string | undefined, here: string) => {
      const words = second === undefined ? [first] : [first, second];
      if (!words.every((w) => TITLE_CASE.test(w) && isName(w))) return match;
      return `${lead}${NAME}${here}`;
    })
    .replace(PAIR, (match) => (match.split(/\s+/).every((w) => nameLike(w, known)) ? NAME : match))
    .replace(TITLED, (match, title: string, space: string, word: string) => (nameLike(word, known) ? `${title}${space}${NAME}` : match))
    // RELATION is case-insensitive ("My GP"), which makes its \p{Lu} match any letter: Title Case is checked here.
    .replace(RELATION, (match, _relation: string, space: string, word: string) =>
      TITLE_CASE.test(word) && nameLike(word, known) ? `${match.slice(0, match.length - space.length - word.length)}${space}${NAME}` : match,
    );
}
