/**
 * Text copied out of a paged document (a PDF brochure, a printed leaflet): the page furniture goes,
 * and what a page break or a line break cut is joined again.
 * - A running header or footer is a short line standing alone that comes back page after page, the
 *   same words with only its page number changing ("Bipolar Disorder  3").
 * - A sentence a page break cut ("… mental health profes-", furniture, "sional. A diagnosis …") is
 *   one paragraph again when the text before the break runs on.
 * - A word hyphenated at the end of a line ("symp-" / "toms") is one word again when the joined
 *   form is an English word; otherwise the hyphen is the word's own ("day-to-" / "day").
 * - A two-column table laid out with spaces ("Manic may:      Depressive may:") is read column by
 *   column, each cell a line, so each column is a list under its own lead-in.
 */
import { englishWords } from './english.ts';

/** Times a line must come back to be a running header or footer. */
const RUNNING = 3;
/** Longest running line: headers and footers are a title, a page number, an organisation. */
const RUNNING_CHARS = 80;

/** The line as a running header or footer compares: folded, its numbers as one mark. */
function runningKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** A line that could be furniture: short, no sentence end or lead-in, not a question. */
function mayRun(line: string): boolean {
  return line.length >= 1 && line.length <= RUNNING_CHARS && !/[.,;:?!]["'”’)]*$/.test(line);
}

/** The text before a break runs on: no sentence end, or a word cut by a hyphen. */
function runsOn(line: string): boolean {
  return !/[.!?:]["'”’)\]]*$/.test(line) || /\p{Ll}-$/u.test(line);
}

/**
 * Removes running headers and footers (and lone page numbers), and joins what they cut.
 * Lines come trimmed (normalizeWhitespace).
 *
 * @example unpage('A cut sen-\n\nTitle 1\n\ntence.\n\nTitle 2\n\nB.\n\nTitle 3\n\nC.') // 'A cut sentence.\n\nB.\n\nC.'
 */
export function unpage(text: string): string {
  const lines = text.split('\n');
  const alone = (i: number) => (i === 0 || lines[i - 1] === '') && (i === lines.length - 1 || lines[i + 1] === '');
  const counts = new Map<string, number>();
  for (const [i, line] of lines.entries()) if (line !== '' && alone(i) && mayRun(line)) counts.set(runningKey(line), (counts.get(runningKey(line)) ?? 0) + 1);
  const furniture = (i: number) => lines[i] !== '' && alone(i) && mayRun(lines[i]!) && (counts.get(runningKey(lines[i]!)) ?? 0) >= RUNNING;
  if (![...counts.values()].some((n) => n >= RUNNING)) return dehyphenate(text);

  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!furniture(i)) {
      out.push(lines[i]!);
      continue;
    }
    // Skip the furniture and the blank lines around it; if the text runs on across the break, it
    // is one paragraph again.
    let j = i;
    while (j < lines.length && (lines[j] === '' || furniture(j))) j += 1;
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    const before = out[out.length - 1];
    const after = lines[j];
    const joins = before !== undefined && after !== undefined && runsOn(before) && /^[\p{Ll}(]/u.test(after);
    if (!joins && out.length > 0 && after !== undefined) out.push('');
    i = j - 1;
  }
  return dehyphenate(out.join('\n'));
}

/** A word cut at a line end: the letters before the hyphen, and the word that starts the next line
 * (with the punctuation after it, and the spaces before the rest of that line). */
const CUT = /(?<![\p{L}-])(\p{L}[\p{L}-]*)-\n(\p{Ll}+)(\S*)[^\S\n]*/gu;

/**
 * Joins words hyphenated across a line break: without the hyphen when the joined form is an
 * English word, with it otherwise ("day-to-day"). The line break moves after the word, so the lines
 * keep their lengths.
 *
 * @example dehyphenate('mood symp-\ntoms come back') // 'mood symptoms\ncome back'
 */
export function dehyphenate(text: string): string {
  if (!text.includes('-\n')) return text;
  const words = englishWords().words;
  return text.replace(CUT, (whole, head: string, tail: string, rest: string, at: number) => {
    const word = words.has(`${head}${tail}`.toLowerCase()) ? `${head}${tail}` : `${head}-${tail}`;
    const end = at + whole.length;
    return end >= text.length || text[end] === '\n' ? `${word}${rest}` : `${word}${rest}\n`;
  });
}

/** Two columns on one line: text, a gap of three spaces or more, text. */
const GAP = /^(\S.*?\S)\s{3,}(\S.*)$/;
/** How far the second column may start from where it started on the table's first line. */
const DRIFT = 3;

/**
 * Rewrites two-column tables laid out with spaces as their left column, then their right, one
 * cell a line: a line that starts in lower case carries on the cell above it in its column. Runs
 * before spaces are collapsed (they are the layout). Needs two aligned lines at least.
 *
 * @example uncolumn('A may:    B may:\nFeel up   Feel down\nand fast   and slow') // 'A may:\nFeel up and fast\n\nB may:\nFeel down and slow'
 */
export function uncolumn(raw: string): string {
  const lines = raw.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const first = GAP.exec(lines[i]!);
    const second = first ? GAP.exec(lines[i + 1] ?? '') : null;
    const at = first ? lines[i]!.length - first[2]!.length : -1;
    if (!first || !second || Math.abs(lines[i + 1]!.length - second[2]!.length - at) > DRIFT) {
      out.push(lines[i]!);
      continue;
    }
    const columns: [string[], string[]] = [[], []];
    const put = (column: string[], text: string) => {
      if (column.length > 0 && /^[\p{Ll}(]/u.test(text)) column[column.length - 1] += ` ${text}`;
      else column.push(text);
    };
    let j = i;
    for (; j < lines.length && lines[j]!.trim() !== ''; j += 1) {
      const line = lines[j]!;
      const gap = GAP.exec(line);
      const start = gap ? line.length - gap[2]!.length : -1;
      if (gap && Math.abs(start - at) <= DRIFT) {
        put(columns[0], gap[1]!.trim());
        put(columns[1], gap[2]!.trim());
      } else if (!gap && line.length - line.trimStart().length >= at - DRIFT) put(columns[1], line.trim());
      else if (!gap && line.trimEnd().length < at) put(columns[0], line.trim());
      else break;
    }
    out.push(...columns[0], '', ...columns[1]);
    i = j - 1;
  }
  return out.join('\n');
}
