/**
 * Markdown → blocks. A small reader for what site owners write: ATX (`#`) and setext headings, lists
 * (every item, nested or not, is its own paragraph), quotes, tables; code, front matter, HTML
 * comments and link definitions are dropped; inline markup is reduced to its text.
 */
import { type Block, isHeadingLike } from './blocks.ts';
import { normalizeWhitespace } from './clean.ts';
import { dialects } from './markdown-dialects.ts';

const ATX = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
/** A heading's attributes, as pandoc and kramdown write them: `## Signs {#signs .unnumbered}`. */
const ATTRIBUTES = /\s*\{:?\s*[#.][^}]*\}\s*$/;
/** A grid table's border line: `+-----+-----+` (`=` under the header). */
const GRID_BORDER = /^\+(?:[-=:]+\+)+$/;

/**
 * Pandoc's grid tables, whose cells run over several lines between `+---+` borders, as pipe-table
 * rows (one line a row, the header row above a separator), which the reader below takes apart.
 */
function gridTables(text: string): string {
  if (!text.includes('\n+-')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!GRID_BORDER.test(lines[i]!)) {
      out.push(lines[i]!);
      continue;
    }
    // Column edges are where the border has a "+".
    const edges = [...lines[i]!].flatMap((c, k) => (c === '+' ? [k] : []));
    let cells: string[] = edges.slice(1).map(() => '');
    let j = i + 1;
    for (; j < lines.length && (GRID_BORDER.test(lines[j]!) || lines[j]!.startsWith('|')); j += 1) {
      const line = lines[j]!;
      if (GRID_BORDER.test(line)) {
        if (cells.some((c) => c.trim() !== '')) out.push(`| ${cells.map((c) => c.trim()).join(' | ')} |`);
        if (line.includes('=')) out.push(`|${edges.slice(1).map(() => '---|').join('')}`);
        cells = edges.slice(1).map(() => '');
        continue;
      }
      for (let k = 0; k + 1 < edges.length; k += 1) cells[k] = `${cells[k]} ${line.slice(edges[k]! + 1, edges[k + 1]).trim()}`;
    }
    i = j - 1;
  }
  return out.join('\n');
}

/** The box of a task-list item: `[ ]`, `[x]`. */
const TASK_BOX = /^\[[ xX]\]\s+/;
/** A line set wholly in bold: `**…**` or `__…__`. */
const BOLD_LINE = /^(\*\*|__)(?!\s)([^*_]+?)\1$/;
const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const RULE = /^(?:[-*_]\s*){3,}$/;

/**
 * Reduces inline Markdown to plain text: links keep their text, images and HTML tags go.
 *
 * @example inlineText('**Fast** [relief](https://x.org) `now`') // 'Fast relief now'
 */
export function inlineText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[\^[^\]]+\]/g, '') // a footnote's mark
    .replace(/\[([^\]]+)\]\{[^}]*\}/g, '$1') // a span with attributes: [text]{.underline}
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|'"%$&@~^])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/**
 * One table row as one paragraph, each cell labelled by its column's header so it reads alone
 * ("Mood — Grief: comes in waves; Depression: low most of the time"). The cells stay verbatim.
 *
 * @example tableRow(['Mood', 'waves', 'low'], ['', 'Grief', 'Depression']) // 'Mood — Grief: waves; Depression: low'
 */
export function tableRow(cells: string[], header: string[] | null): string {
  if (!header || header.length !== cells.length) return cells.filter(Boolean).join('; ');
  const labelled = cells.map((c, i) => (c === '' ? '' : header[i] ? `${header[i]}: ${c}` : c));
  // A row whose first header cell is empty names its row in its first cell.
  if (header[0] === '' && cells[0] !== '') return `${cells[0]} — ${labelled.slice(1).filter(Boolean).join('; ')}`;
  return labelled.filter(Boolean).join('; ');
}

/**
 * Splits Markdown into heading and paragraph blocks, headings with their `#` level.
 *
 * @example markdownToBlocks('# A\n\nText.\n\n- one\n- two').map((b) => b.text) // ['A', 'Text.', 'one', 'two']
 */
export function markdownToBlocks(raw: string): Block[] {
  // (Grid tables first: their columns are where the spaces put them.)
  let text = normalizeWhitespace(gridTables(dialects(raw.replace(/\r\n?/g, '\n'))))
    .replace(/^---\n[\s\S]*?\n---(?:\n|$)/, '') // front matter
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^:::.*$/gm, '') // a fenced div's fences (pandoc's custom styles): the text inside stays
    .replace(/^\{:?\s*[#.][^}\n]*\}[ \t]*$/gm, '') // a line of attributes for the block above it (kramdown `{.lead}`, `{: .note}`)
    .replace(/^\[\^[^\]]+\]:.*(?:\n(?: {2,}|\t).*)*/gm, ''); // footnotes: references, not the article
  text = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:\n\1[^\n]*|$)/gm, ''); // fenced code is not prose
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  let inItem = false;
  let header: string[] | null = null;
  /** Level of the last `#` heading: a bold-line heading goes one below it. */
  let last = 1;
  const flush = () => {
    const t = para.map(inlineText).filter(Boolean).join('\n'); // soft breaks stay for the cleaner
    if (t) blocks.push(inItem ? { kind: 'paragraph', text: t, level: null, item: true } : { kind: 'paragraph', text: t, level: null });
    para = [];
    inItem = false;
  };
  const heading = (t: string, level: number) => {
    flush();
    const clean = inlineText(t);
    if (clean) blocks.push({ kind: 'heading', text: clean, level });
  };

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (/^\s*\[[^\]]+\]:\s+\S+/.test(line)) continue; // link definition
    line = line.replace(/^(?:>\s?)+/, ''); // quotes read as text
    const atx = ATX.exec(line);
    if (atx) {
      heading(atx[2]!.replace(ATTRIBUTES, ''), atx[1]!.length);
      last = atx[1]!.length;
      continue;
    }
    // A line set wholly in bold at the start of a paragraph, short and without a final period, is a
    // heading written by hand ("**How long does a session last?**"): one level below the section it
    // is in, beside the `###` questions next to it.
    const bold = BOLD_LINE.exec(line.trim());
    if (bold && para.length === 0 && isHeadingLike(inlineText(bold[2]!))) {
      heading(bold[2]!, Math.min(3, last + 1));
      continue;
    }
    if (line && para.length === 0 && /^=+$/.test(next)) {
      heading(line, 1);
      i++;
      continue;
    }
    if (line && para.length === 0 && /^-+$/.test(next) && !LIST_ITEM.test(line)) {
      heading(line, 2);
      i++;
      continue;
    }
    if (line === '' || RULE.test(line)) {
      flush();
      continue;
    }
    if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line)) continue; // table separator row
    if (/^\|.*\|$/.test(line)) {
      flush();
      const cells = line.slice(1, -1).split('|').map((c) => inlineText(c.trim()));
      // The row above a separator row is the header: it labels the cells of every row below.
      if (SEPARATOR.test(next)) header = cells;
      else para.push(tableRow(cells, header));
      flush();
      continue;
    }
    header = null;
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush(); // each list item, at any depth, is its own paragraph
      para.push(item[2]!.replace(TASK_BOX, '')); // a task list's box ("- [ ] Take a break") is no text
      inItem = true;
      continue;
    }
    para.push(line.trim());
  }
  flush();
  return blocks;
}
