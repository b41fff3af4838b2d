/**
 * A table pasted as text: a browser's copy of a page, or a spreadsheet's, keeps its cells apart with
 * tabs, one row a line. The first row names the columns, and each later row becomes one paragraph
 * whose cells say which column they are in, as tables read everywhere else (markdown.ts `tableRow`).
 */
import { ITEM_MARK } from './blocks.ts';
import { tableRow } from './markdown.ts';

/** Cells of a line split by tabs; null for a line with no tab between two cells. */
function cellsOf(line: string): string[] | null {
  if (!line.includes('\t')) return null;
  const cells = line.split('\t').map((c) => c.trim());
  // A word processor writes a list item as its bullet or number, a tab, then the text.
  if (LIST_MARK.test(cells[0]!)) return null;
  return cells.filter(Boolean).length >= 2 ? cells : null;
}

/** A list item's mark: a bullet, "1." or "a)". */
const LIST_MARK = new RegExp(`^(?:${ITEM_MARK}|[·o])$`, 'u');

/**
 * Rewrites each run of two or more tab-separated lines with the same number of cells as its rows,
 * one paragraph each, labelled by the first row. Runs before tabs become spaces.
 *
 * @example untab('Habit\tOCD\nTidy desk\tHours of sorting') // '\nHabit: Tidy desk; OCD: Hours of sorting\n'
 */
export function untab(raw: string): string {
  if (!raw.includes('\t')) return raw;
  const lines = raw.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const header = cellsOf(lines[i]!);
    let j = i + 1;
    while (header && j < lines.length && cellsOf(lines[j]!)?.length === header.length) j += 1;
    if (!header || j - i < 2) {
      out.push(lines[i]!);
      continue;
    }
    // A word processor's table of contents: each heading, a tab, its page number. Its lines stay
    // lines (without the numbers), so the contents reader drops them as it drops any other.
    if (j - i >= CONTENTS_MIN && contentsRun(lines, i, j)) {
      for (let k = i; k < j; k += 1) out.push(cellsOf(lines[k]!)![0]!);
      i = j - 1;
      continue;
    }
    for (let k = i + 1; k < j; k += 1) out.push('', tableRow(cellsOf(lines[k]!)!, header));
    out.push('');
    i = j - 1;
  }
  return out.join('\n');
}

/** Fewest entries that make a run of "heading<tab>page" lines a table of contents. */
const CONTENTS_MIN = 3;

/**
 * Lines i..j-1 are a table of contents: two cells each, the second a page number that never goes
 * down, the first a line that comes again later in the text (the heading it points to).
 */
function contentsRun(lines: readonly string[], i: number, j: number): boolean {
  let page = 0;
  const later = new Set(lines.slice(j).map((l) => l.trim().toLowerCase()));
  for (let k = i; k < j; k += 1) {
    const cells = cellsOf(lines[k]!)!;
    if (cells.length !== 2 || !/^\d{1,3}$/.test(cells[1]!)) return false;
    const n = Number(cells[1]);
    if (n < page || !later.has(cells[0]!.toLowerCase())) return false;
    page = n;
  }
  return true;
}
