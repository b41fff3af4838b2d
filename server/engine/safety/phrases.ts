/**
 * Site vocabulary (knowledge/safety.json) as matchers: a phrase list compiled once into one
 * regular expression over a message's plain form (lower case, no accents, no apostrophes, words
 * separated by single spaces). `*` in a phrase stands for any one word.
 */

const ASCII = /^[\x00-\x7f]*$/;

/** One pattern for any of the alternatives, each as whole words of the plain form (`plainText`). */
export const anyWords = (list: readonly string[]): RegExp => new RegExp(` (?:${list.join('|')})(?= )`);

/**
 * `' ' + text.replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim() + ' '` in one pass: apostrophes
 * dropped, every other run of characters outside a-z and 0-9 one space, built from slices of the
 * word runs instead of three whole-string passes.
 */
export function plainWords(s: string): string {
  let out = ' ';
  let gap = false;
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      if (gap && out.length > 1) out += ' ';
      out += s.slice(start, i);
      start = -1;
      gap = false;
    }
    if (c !== 39) gap = true;
  }
  return out + ' ';
}

/** `" i cant go on "`: the plain form phrases are matched on. */
export function plainText(text: string): string {
  // Most messages are plain ASCII: one cheap pass instead of Unicode folding.
  if (ASCII.test(text)) return plainWords(text.toLowerCase());
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu, ' ')
    .trim();
  return ` ${folded} `;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PhraseMatcher {
  /** Index (into the list) of the first phrase found in a plain text, or -1. */
  find(plain: string): number;
  /** Where the first phrase found starts (its leading space), or -1. */
  at(plain: string): number;
  /** The alternation of every phrase, for a caller's union test ('' when there are none). */
  readonly source: string;
}

/**
 * @example phraseMatcher(['no point', 'given up']).find(plainText('I have given up')) // 1
 */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  if (phrases.length === 0) return { find: () => -1, at: () => -1, source: '' };
  const sources = phrases.map((p) => p.trim().split(/\s+/).map((w) => (w === '*' ? '\\S+' : escape(w))).join(' '));
  // One plain alternation for the common case (no phrase at all); which phrase matched is worked
  // out only after a match, phrase by phrase.
  const any = anyWords(sources);
  let each: RegExp[] | undefined;
  return {
    find(plain) {
      const m = any.exec(plain);
      if (!m) return -1;
      each ??= sources.map((src) => new RegExp(`^ (?:${src})(?= |$)`));
      const hit = m[0] + ' ';
      return each.findIndex((re) => re.test(hit));
    },
    at(plain) {
      return any.exec(plain)?.index ?? -1;
    },
    source: sources.join('|'),
  };
}
