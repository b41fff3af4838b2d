/**
 * Which parts of an HTML page hold the article: a table that lays the page out (columns, a menu)
 * rather than holding data, and the share of the main text that lies inside the page's one article.
 */

/**
 * A table of data, or one that lays out the page (an old site's columns, menu and article in
 * cells): a layout table holds another table, a list, a heading, paragraphs broken by blank lines,
 * or a cell of prose longer than a table cell's. `start` is where its tag begins in `html`.
 */
export function isDataTable(html: string, start: number): boolean {
  const tag = /<\/?table\b/gi;
  tag.lastIndex = start + 1;
  let depth = 1;
  let end = html.length;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0][1] === '/' ? -1 : 1;
    if (m[0][1] !== '/' && depth > 1) return false;
    if (depth === 0) {
      end = m.index;
      break;
    }
  }
  const inner = html.slice(start, end);
  if (LAYOUT_MARKUP.test(inner)) return false;
  for (const cell of inner.split(/<t[dh]\b/i)) if (cell.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').length > LONG_CELL) return false;
  return true;
}
/** Markup no data table's cell holds: lists, headings, paragraphs broken by blank lines. */
const LAYOUT_MARKUP = /<(?:ul|ol|dl|h[1-6]|blockquote)\b|<br\s*\/?>\s*(?:&nbsp;|\s)*<br\b/i;
/** Pixel width at or under which a layout table's column is a side column (a menu, news, a donate box). */
export const SIDE_COLUMN = 260;
/** Characters of prose beyond which a cell is a column of the page, not a value. */
const LONG_CELL = 400;

/** Share of the main text an only article must hold before what follows it is dropped. */
export const ARTICLE_SHARE = 0.5;

/** Share of the letters of these blocks that lie inside the article. */
export function articleShare(blocks: ReadonlyArray<{ text: string; where: number }>): number {
  let inside = 0;
  let all = 0;
  for (const b of blocks) {
    all += b.text.length;
    if (b.where === 1) inside += b.text.length;
  }
  return all === 0 ? 0 : inside / all;
}
