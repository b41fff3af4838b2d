/**
 * Removes what could identify a visitor from a question before it is stored. Pure and deterministic.
 * It errs towards removing too much: "[name]" in place of a word that was not a name costs the site
 * owner little, a name kept costs the visitor a lot.
 *
 * Two passes. Patterns first, most specific first: obfuscated and plain e-mail addresses, URLs (with
 * a scheme, www, or a bare domain; with their query), Luhn-valid card numbers, dates (numeric, with a
 * month name, a year after "born"), phone numbers, other long digit runs, street addresses and
 * postcodes, @handles, then names (server/insights/scrub-names.ts). Then wink-nlp reads what is left,
 * and any token it types as an e-mail, URL or @mention is replaced too. (The shared wink pipe has no
 * NER stage, by design: dates and phone numbers come from the patterns, not from wink entities.)
 */
import { its, nlp } from '../engine/understand/nlp.ts';
import { NAME, scrubNames, type KnownWords } from './scrub-names.ts';

export type { KnownWords } from './scrub-names.ts';

/** Placeholders the scrubbed text may contain. */
export const PLACEHOLDERS = {
  email: '[email]',
  url: '[url]',
  card: '[card]',
  date: '[date]',
  phone: '[phone]',
  number: '[number]',
  address: '[address]',
  handle: '[handle]',
  name: NAME,
} as const;

/** Stored questions are cut to this length (the API already rejects longer messages). */
export const MAX_QUESTION_CHARS = 500;

const AT = String.raw`(?:\s*[([{<]\s*at\s*[)\]}>]\s*|\s+at\s+|\s*@\s*)`;
const DOT = String.raw`(?:\s*[([{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+|\.)`;
// "jane (at) example (dot) com", "jane at example dot org": the written-out forms of an address.
const OBFUSCATED_EMAIL = new RegExp(String.raw`[\p{L}\p{N}._%+-]+(?:${DOT}[\p{L}\p{N}_%+-]+)*${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}(?:com|org|net|edu|gov|io|co|uk|us|ca|au|de|fr|info|me|[a-z]{2})\b`, 'giu');
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL_END = String.raw`[^\s<>"]*[^\s<>".,;:!?)\]'}]`;
const URL = new RegExp(
  [
    String.raw`\b(?:https?:\/\/|www\.)${URL_END}`,
    // A bare domain with a common top-level domain, with or without a path or query.
    String.raw`\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|us|uk|ca|au|de|fr|info|me|app|dev|ly|health)\b(?:[/?#]${URL_END})?`,
    // Any dotted name followed by a path or a query ("portal.example.xyz/reset?token=…").
    String.raw`\b[a-z][\w-]*(?:\.[a-z][\w-]*)*\.[a-z]{2,}[/?#]${URL_END}`,
  ].join('|'),
  'giu',
);
// 13–19 digits, optionally in groups separated by spaces or dashes; `luhn` decides card or number.
const CARD_CANDIDATE = /(?<![\p{N}])\d(?:[ -]?\d){12,18}(?![\p{N}])/gu;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
// Day, month and year: numeric (2024-01-31, 31/01/2024, 1.31.24) or with a month name ("4 May 1990",
// "May 4th, 1990", "the 4th of May", "March 1990"); a month alone ("in May") is kept.
const DATE = new RegExp(
  [
    String.raw`\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b`,
    String.raw`\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b`,
    String.raw`\b${ORDINAL}\s+(?:of\s+)?${MONTH}\b\.?(?:,?\s+\d{4}\b)?`,
    String.raw`\b${MONTH}\.?\s+${ORDINAL}\b(?:,?\s+\d{4}\b)?`,
    String.raw`\b${MONTH}\.?\s+\d{4}\b`,
  ].join('|'),
  'giu',
);
// A year said to be a birth year: "born in 1990", "DOB 1990", "d.o.b. 1990".
const BIRTH_YEAR = /\b(born(?:\s+in)?|dob:?|d\.o\.b\.?:?|date of birth:?)(\s+)(?:19|20)\d{2}\b/giu;
// Digits with separators; `isPhone` decides.
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+(])(?:\+|\(\s*)?\d[\d\s().-]{4,}\d(?!\p{N})/gu;
const LONG_NUMBER = /\d{5,}/g;
const STREET_SUFFIX = String.raw`(?:street|road|lane|avenue|drive|close|court|crescent|terrace|place|square|gardens|grove|boulevard|parkway|highway|way|mews|st|rd|ln|ave|dr|ct|pl|sq|blvd|pkwy|hwy)`;
// "42 Wexford Lane", "221B Baker St", "1600 Pennsylvania Ave": a house number, one to three words
// (not stop words, so "3 days in a row" stays) and a street type; "PO Box 12"; "Flat 3", "Apt 4B".
const STREET = new RegExp(String.raw`\b\d{1,5}[a-z]?,?\s+(?:[\p{L}'’-]+\s+){1,3}?${STREET_SUFFIX}\b\.?`, 'giu');
const UNIT = /\b(?:[Pp]\.?\s?[Oo]\.?\s+[Bb]ox|[Aa]pt\.?|[Aa]partment|[Ss]uite|Flat|Unit)\s+#?\d+[a-zA-Z]?\b/gu;
// A street named without a number: "on Baker Street", "Elm Grove Road".
const NAMED_STREET = /\b(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Street|Road|Lane|Avenue|Drive|Crescent|Terrace|Boulevard|St|Rd|Ave)\b\.?/gu;
// After "I live at" or "my address is", whatever follows up to punctuation is the address.
const LIVE_AT = /\b(i live at|my address is|address:)(\s+)([^,.;!?]{3,60})/giu;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g;
const HANDLE = /(?<![\p{L}\p{N}_@])@[A-Za-z0-9_]{2,}/gu;
const STOPISH = /^(?:a|an|the|in|on|at|of|for|to|and|or|per|each|every|my|your|his|her|our|their|a|day|days|week|weeks|times|mg|ml)$/i;

/**
 * The lower-case words of the site's articles (sentences, section titles, FAQ questions): a word in
 * it is not taken for a name unless the visitor introduces it as one.
 */
export function articleWords(corpus: { sentences: Array<{ text: string }>; sections: Array<{ title: string }>; faqs?: Array<{ question: string }> }): Set<string> {
  const words = new Set<string>();
  const texts = [...corpus.sentences.map((s) => s.text), ...corpus.sections.map((s) => s.title), ...(corpus.faqs ?? []).map((f) => f.question)];
  for (const text of texts) for (const w of text.toLowerCase().split(/[^\p{L}'’-]+/u)) if (w) words.add(w.replace(/[’']s$/, ''));
  return words;
}

/** Replaces identifying details with placeholders. `known` are the article's words (see scrub-names.ts). */
export function scrub(text: string, known?: KnownWords): string {
  let out = text
    .replace(/[\t\n\r]+/g, ' ')
    .replace(/[\u0000-\u001F\u007F]+/g, '')
    .replace(OBFUSCATED_EMAIL, PLACEHOLDERS.email)
    .replace(EMAIL, PLACEHOLDERS.email)
    .replace(URL, PLACEHOLDERS.url)
    .replace(CARD_CANDIDATE, (m) => (luhn(m) ? PLACEHOLDERS.card : PLACEHOLDERS.number))
    .replace(DATE, (m) => (modalMay(m) ? m : PLACEHOLDERS.date))
    .replace(BIRTH_YEAR, (_m, lead: string, space: string) => `${lead}${space}${PLACEHOLDERS.date}`)
    .replace(PHONE_CANDIDATE, (m) => (isPhone(m) ? PLACEHOLDERS.phone : m))
    .replace(LONG_NUMBER, PLACEHOLDERS.number)
    .replace(LIVE_AT, (_m, lead: string, space: string) => `${lead}${space}${PLACEHOLDERS.address}`)
    .replace(STREET, (m) => (streetWords(m) ? PLACEHOLDERS.address : m))
    .replace(NAMED_STREET, PLACEHOLDERS.address)
    .replace(UNIT, PLACEHOLDERS.address)
    .replace(UK_POSTCODE, PLACEHOLDERS.address)
    .replace(HANDLE, PLACEHOLDERS.handle);
  out = scrubNames(out, known);
  out = winkTypes(out).replace(/\s+/g, ' ').trim();
  return out.length > MAX_QUESTION_CHARS ? out.slice(0, MAX_QUESTION_CHARS) : out;
}

/** The Luhn checksum of the digits in `s`: true for a plausible card number. */
export function luhn(s: string): boolean {
  const digits = s.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19 || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** "may 2 doses" (the verb, typed in lower case) rather than "May 2nd" or "may 2 1990". */
function modalMay(match: string): boolean {
  return /\bmay\b/.test(match) && !/\d{4}|\d(?:st|nd|rd|th)\b/i.test(match);
}

/** 7–15 digits written with separators or a leading +; a bare run of digits is a [number]. */
function isPhone(s: string): boolean {
  if (/^\d+$/.test(s)) return false;
  const digits = s.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

/** The words between the house number and the street type are a street name, not "2 tablets a day". */
function streetWords(match: string): boolean {
  const words = match.trim().split(/[\s,]+/).slice(1, -1);
  return words.length > 0 && words.every((w) => !STOPISH.test(w) && !/\d/.test(w));
}

/** Tokens wink types as e-mail, URL or @mention, which the patterns missed. */
function winkTypes(text: string): string {
  if (!/[@./:]/.test(text)) return text;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out();
  const types = tokens.out(its.type);
  let out = '';
  let from = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, from);
    if (at < 0) return;
    const placeholder = types[i] === 'email' ? PLACEHOLDERS.email : types[i] === 'url' ? PLACEHOLDERS.url : types[i] === 'mention' ? PLACEHOLDERS.handle : null;
    out += text.slice(from, at) + (placeholder ?? value);
    from = at + value.length;
  });
  return out + text.slice(from);
}
