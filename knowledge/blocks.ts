/**
 * The common shape every source format is turned into before cleaning and structuring: a flat list
 * of headings and paragraphs in document order. Plain text has no heading levels (`level: null`);
 * knowledge/levels.ts infers them.
 */
export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
  /** 1–3 for headings whose markup says so (Markdown, HTML); null when unknown (plain text). */
  level: number | null;
  /** A list item (a paragraph of its own): never a heading, and answered together with its lead-in. */
  item?: boolean;
}

/** Terminal punctuation that marks a line as prose rather than a heading. */
const PROSE_END = /[.,;:…]["'”’)\]]*$/;

/** A period that ends an abbreviation, not a sentence. */
const ABBREVIATION = /\b(vs|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|No|Vol|Fig|approx|etc|e\.g|i\.e)\./gi;

/** Two or more labelled cells: "Label: value; Label: value". */
const TABLE_ROW = /^[^:;]+: [^;]+(?:; [^:;]+: [^;]*)+$/;

/** An emoji a writer sets before a heading ("🎨 Why hobbies help"), as a bullet is set before an item. */
const LEADING_EMOJI = /^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\u{FE0F}\u{200D}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]*\s*)+/u;

/**
 * True for a line that could be a heading: short, one sentence, no final period/colon, starts with
 * a capital or digit. Questions count ("What is Ketamine?").
 *
 * @example isHeadingLike('What is Ketamine?') // true
 * @example isHeadingLike('It lasts weeks.') // false
 */
export function isHeadingLike(line: string): boolean {
  const text = line.trim().replace(LEADING_EMOJI, '');
  if (text.length === 0 || text.length > 120) return false;
  if (text.split(/\s+/).length > 16) return false;
  if (PROSE_END.test(text)) return false;
  // A table row read as text ("Drink: Tea; Caffeine: 75 mg", markdown.ts tableRow) is data, not a title.
  if (TABLE_ROW.test(text)) return false;
  // two sentences are a paragraph; a leading enumerator ("1. Introduction", "IV. Results") and an
  // abbreviation's period ("Burnout vs. Depression", "Dr. Smith") end none
  if (/[.!?]\s+\p{Lu}/u.test(text.replace(/^(?:\d+(?:\.\d+)*|[IVXLC]+)[.)]\s+/, '').replace(ABBREVIATION, '$1'))) return false;
  return /^[\p{Lu}\p{N}"“‘'(]/u.test(text);
}

/** A list item's mark as text writes it: a bullet, "1." or "a)" (plain text and text tables share it). */
export const ITEM_MARK = '(?:[-*•▪◦‣–]|\\d{1,2}[.)]|[a-z][.)])';

/** True for a question line (FAQ questions, question headings). */
export function isQuestion(text: string): boolean {
  return /\?["'”’)]*$/.test(text.trim()) || /^q(uestion)?\s*[:.]\s*\S/i.test(text.trim());
}

/** Whitespace-folded text of a block, for comparisons (not stored); lower case unless `lower` is false. */
export function foldForCompare(text: string, lower = true): string {
  const folded = text
    .normalize('NFKC')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[?!.:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return lower ? folded.toLowerCase() : folded;
}

/** An FAQ section's title: "FAQ", "Frequently asked questions", "Your questions answered", "Q&A". */
const FAQ_TITLE = /\bfaqs?\b|\bf\.a\.q|frequently[\s-]+asked[\s-]+questions|^common\s+questions|^questions\s+(?:and|&)\s+answers|^(?:your\s+|common\s+)?questions\s+answered$|^(?:your|reader|readers'?|common|some\s+common)\s+questions$|^q\s*&\s*a$|^(?:questions|things)\s+(?:people|you|parents|carers|readers|patients|families|we\s+get)(?:\s+(?:often|commonly|frequently|may|might|usually))?(?:\s+(?:ask|asked|have))?(?:\s+us)?$/i;

/**
 * True for an FAQ section title.
 *
 * @example isFaqTitle('Frequently Asked Questions') // true
 */
export function isFaqTitle(title: string): boolean {
  return FAQ_TITLE.test(title.trim());
}
