/**
 * A page set in two columns, as `pdftotext -layout` and some copy-pastes give it: each line holds
 * the left column's text, a run of spaces, then the right column's, and a sentence goes on down its
 * own column, not across. Such a stretch is rewritten as the left column, then the right, so each
 * paragraph reads in order again. A line across both columns (a title, a box, an FAQ set full
 * width) or a page break ends the stretch. Small side-by-side tables with no blank line inside are
 * left to pages.ts `uncolumn`.
 */

/** How far a column may start from where the stretch's first line started it. */
const DRIFT = 3;
/** Lines split across the two columns that make a stretch a page in columns, not a small table. */
const MIN_SPLIT = 6;
/** Non-blank lines looked at past a blank line for the columns to go on. */
const LOOK_AHEAD = 3;

/** Where a line's second column starts: the end of a run of two spaces or more, near `at`; -1 when none. */
function splitPoint(line: string, at: number): number {
  const gap = /\S( {2,})(?=\S)/g;
  for (let m = gap.exec(line); m; m = gap.exec(line)) {
    const start = m.index + 1 + m[1]!.length;
    if (Math.abs(start - at) <= DRIFT) return start;
  }
  return -1;
}

type Row = { kind: 'blank' } | { kind: 'split'; left: string; right: string } | { kind: 'right'; text: string } | { kind: 'left'; text: string };

/** What a line is in a stretch whose second column starts at `at`; null for a line across both. */
function rowOf(line: string, at: number): Row | null {
  if (line.trim() === '') return { kind: 'blank' };
  if (line.includes('\f')) return null;
  const p = splitPoint(line, at);
  if (p >= 0) return { kind: 'split', left: line.slice(0, p).trim(), right: line.slice(p).trim() };
  const indent = line.length - line.trimStart().length;
  if (indent >= at - DRIFT) return { kind: 'right', text: line.trim() };
  if (line.trimEnd().length < at - 1) return { kind: 'left', text: line.trim() };
  return null;
}

/**
 * Rewrites every stretch of a two-column page as its left column, then its right.
 *
 * @example pageColumns(page).includes('first sentence of the left column')
 */
export function pageColumns(raw: string): string {
  if (!/\S {3,}\S/.test(raw)) return raw;
  const lines = raw.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const first = /^(\S.*?\S| *\S.*?\S) {3,}(\S)/.exec(lines[i]!);
    if (!first) {
      out.push(lines[i]!);
      continue;
    }
    const at = first[0].length - 1;
    const rows: Row[] = [];
    let j = i;
    let splits = 0;
    let blanks = 0;
    for (; j < lines.length; j += 1) {
      const row = rowOf(lines[j]!, at);
      if (row === null) break;
      if (row.kind === 'blank') {
        // The columns go on past a blank line only if a split line comes soon after it.
        let seen = 0;
        let goesOn = false;
        for (let k = j + 1; k < lines.length && seen < LOOK_AHEAD && !goesOn; k += 1) {
          if (lines[k]!.trim() === '') continue;
          seen += 1;
          const next = rowOf(lines[k]!, at);
          if (next === null) break;
          goesOn = next.kind === 'split' || next.kind === 'right';
        }
        if (!goesOn) break;
        blanks += 1;
      }
      if (row.kind === 'split') splits += 1;
      rows.push(row);
    }
    if (splits < MIN_SPLIT || blanks === 0) {
      out.push(lines[i]!);
      continue;
    }
    // A line one column leaves empty is a break in that column's paragraph.
    const left = rows.map((row) => (row.kind === 'split' ? row.left : row.kind === 'left' ? row.text : ''));
    const right = rows.map((row) => (row.kind === 'split' ? row.right : row.kind === 'right' ? row.text : ''));
    out.push(...left, '', ...right, '');
    i = j - 1;
  }
  return out.join('\n');
}
