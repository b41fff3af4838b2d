/**
 * Removes what could identify a visitor from a question before it is stored: e-mail addresses, URLs,
 * dates, phone numbers, long numbers, @handles and names. Pure and deterministic. It errs towards
 * removing too much: "[name]" in place of a word that was not a name costs the site owner little,
 * a name kept costs the visitor a lot.
 */
import { its, nlp } from '../engine/understand/nlp.ts';

/** Placeholders the scrubbed text may contain. */
export const PLACEHOLDERS = {
  email: '[email]',
  url: '[url]',
  date: '[date]',
  phone: '[phone]',
  number: '[number]',
  handle: '[handle]',
  name: '[name]',
} as const;

/** Stored questions are cut to this length (the API already rejects longer messages). */
export const MAX_QUESTION_CHARS = 500;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Scheme or www URLs, and bare domains with a common TLD; trailing sentence punctuation stays outside.
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'}]|\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|us|uk|ca|au|de|fr|info|me|app|dev|ly|health)\b(?:\/[^\s<>"]*[^\s<>".,;:!?)\]'}])?/giu;
// Day, month and year in numbers (2024-01-31, 31/01/2024, 1.31.24): a birth date identifies.
const DATE = /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b/g;
// Digits with separators; `isPhone` decides.
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+(])(?:\+|\(\s*)?\d[\d\s().-]{4,}\d(?!\p{N})/gu;
const LONG_NUMBER = /\d{5,}/g;
const HANDLE = /(?<![\p{L}\p{N}_@])@[A-Za-z0-9_]{2,}/gu;

// A name follows these; the "my name is" group always introduces one, the "I am" group only sometimes.
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const NAME_INTRO = /\b(my name is|my name's|name's|call me|i am|i'm|im)\s+([\p{L}][\p{L}'-]*)(?:\s+([\p{L}][\p{L}'-]*))?/giu;
const ALWAYS_NAME = new Set(['my name is', "my name's", "name's"]);
// Nouns wink tags after "I'm" that describe rather than name the visitor.
const NOT_NAMES = new Set(['new', 'feeling', 'diabetic', 'epileptic', 'patient', 'student']);

/**
 * Replaces identifying details with placeholders.
 *
 * @example scrub('I\'m Dana, mail me at d@x.org or 555-123-4567') // "I'm [name], mail me at [email] or [phone]"
 */
export function scrub(text: string): string {
  const out = text
    .replace(/[\t\n\r]+/g, ' ')
    .replace(/[\u0000-\u001F\u007F]+/g, '')
    .replace(EMAIL, PLACEHOLDERS.email)
    .replace(URL, PLACEHOLDERS.url)
    .replace(DATE, PLACEHOLDERS.date)
    .replace(PHONE_CANDIDATE, (m) => (isPhone(m) ? PLACEHOLDERS.phone : m))
    .replace(LONG_NUMBER, PLACEHOLDERS.number)
    .replace(HANDLE, PLACEHOLDERS.handle)
    .replace(NAME_INTRO, scrubName)
    .replace(/\s+/g, ' ')
    .trim();
  return out.length > MAX_QUESTION_CHARS ? out.slice(0, MAX_QUESTION_CHARS) : out;
}

/** 7–15 digits written with separators or a leading +; a bare run of digits is a [number]. */
function isPhone(s: string): boolean {
  if (/^\d+$/.test(s)) return false;
  const digits = s.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

function scrubName(match: string, intro: string, first: string, second: string | undefined): string {
  const always = ALWAYS_NAME.has(intro.toLowerCase().replace(/\s+/g, ' '));
  const [firstIsName, secondIsName, firstIsStop] = nameFlags(first, second);
  // After "my name is" any word but a stop word ("my name is not important") is taken as the name.
  if (!firstIsName && !(always && (!firstIsStop || TITLE_CASE.test(first)))) return match;
  const kept = match.slice(0, match.length - (second ? first.length + second.length + 1 : first.length));
  const tail = second === undefined ? '' : secondIsName ? '' : ` ${second}`;
  return `${kept.replace(/\s+$/, ' ')}${PLACEHOLDERS.name}${tail}`;
}

/**
 * Whether each of the (up to) two words after the intro is a name: Title Case as typed, or a
 * noun/proper noun when wink reads "i'm <first> <second>" (visitors often type names in lower case).
 */
function nameFlags(first: string, second: string | undefined): [boolean, boolean, boolean] {
  const words = second === undefined ? [first] : [first, second];
  const doc = nlp.readDoc(`i'm ${words.join(' ').toLowerCase()}`);
  const pos = doc.tokens().out(its.pos);
  const stop = doc.tokens().out(its.stopWordFlag) as boolean[];
  // "i'm" is one token; the words follow it, one token each unless they hold punctuation.
  const flag = (word: string, i: number): boolean => {
    // Stop words are not names even in Title Case ("I'm So tired", "I'm Not sure").
    if (stop[i] === true) return false;
    if (TITLE_CASE.test(word)) return true;
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower) || lower.endsWith('ing')) return false;
    return pos[i] === 'NOUN' || pos[i] === 'PROPN';
  };
  const firstIsName = flag(first, 1);
  const secondIsName = second !== undefined && pos.length === 3 && flag(second, 2);
  return [firstIsName, secondIsName, stop[1] === true];
}
