/**
 * Plain text → blocks. Paragraphs are separated by blank lines; inside a chunk, lines are joined
 * (hard-wrapped text; kept as `\n` until the cleaner has read each line) unless a line is long (one paragraph a line, as scrapes are) or the first line
 * looks like a heading glued to its body. Headings are decided later by {@link markTextHeadings},
 * after cleaning, because noise lines change what follows what.
 */
import { type Block, isHeadingLike, isQuestion, ITEM_MARK } from './blocks.ts';
import { normalizeWhitespace, stripWarnings } from './clean.ts';
import { pageColumns } from './columns.ts';
import { uncolumn, unpage } from './pages.ts';
import { untab } from './tabs.ts';

/** A list item as a browser copies it: starts in lower case, ends without a full stop. */
const LOWER_ITEM = /^\p{Ll}.*[^.!?:;]$/u;
/** Lines longer than this are whole paragraphs, not hard-wrapped fragments. */
const LONG_LINE = 120;
/** A bulleted or numbered line: "- item", "• item", "1. item", "a) item". */
const BULLET_MARK = new RegExp(`^\\s*${ITEM_MARK}\\s+`, 'u');
const BULLET = new RegExp(`^\\s*${ITEM_MARK}\\s+\\S`, 'u');

/**
 * True for a chunk whose lines are list items: two or more lines, each bulleted, or each a short
 * capitalised line without a final period (a scraped list loses its bullets, not its line breaks).
 * Hard-wrapped prose fails: its lines run on in lower case or end in commas.
 */
export function isListChunk(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  if (lines.every((l) => BULLET.test(l))) return true;
  return lines.every((l) => isHeadingLike(l) && !/\?["'”’)]*$/.test(l.trim()));
}

/**
 * Splits plain text into paragraph blocks (all `kind: 'paragraph'`, `level: null`).
 *
 * @example textToBlocks('Intro\n\nSome text here.').length // 2
 */
export function textToBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  const chunks = unpage(plainMarks(normalizeWhitespace(uncolumn(pageColumns(untab(raw)))))).split(/\n{2,}/);
  for (const chunk of chunks) {
    // warnings are stripped per line first: they are often glued to the line after them
    const lines = joinLoneBullets(chunk.split('\n').map(stripWarnings).filter((l) => l !== ''));
    if (lines.length === 0) continue;
    // A list, or a lead-in line ending in a colon with its list right under it.
    const listFrom = isListChunk(lines) ? 0 : lines.length > 2 && /:["'”’)]*$/.test(lines[0]!) && isListChunk(lines.slice(1)) ? 1 : -1;
    if (listFrom >= 0) {
      if (listFrom === 1) blocks.push({ kind: 'paragraph', text: lines[0]!, level: null });
      for (const line of lines.slice(listFrom)) blocks.push({ kind: 'paragraph', text: line.replace(BULLET_MARK, ''), level: null, item: true });
      continue;
    }
    const oneParagraphPerLine = lines.some((l) => l.length > LONG_LINE);
    let current: string[] = [];
    const flush = () => {
      if (current.length) blocks.push({ kind: 'paragraph', text: current.join('\n'), level: null });
      current = [];
    };
    if (!oneParagraphPerLine && lines.filter((l) => BULLET.test(l)).length >= 2) {
      blocks.push(...lineBlocks(lines));
      continue;
    }
    let listing = false;
    let headedChunk = false;
    for (const [i, line] of lines.entries()) {
      const isLast = i === lines.length - 1;
      // (A first line the next one carries on in lower case is wrapped prose, not a heading.)
      // (So is a question right under a heading that opened the chunk: an FAQ's first question.)
      const headed = i === 0 && !isLast && isHeadingLike(line) && !GOES_ON.test(lines[1]!);
      const firstQuestion = i === 1 && headedChunk && !isLast && isQuestion(line) && isHeadingLike(line.replace(/\?["'”’)]*$/, ''));
      if (headed) headedChunk = true;
      if (oneParagraphPerLine || headed || firstQuestion) {
        flush();
        // A page copied from a browser keeps one line a block and drops the bullets: after a lead-in
        // ending in a colon, lines in lower case with no full stop are its items.
        const afterLead: boolean = /:["'”’)]*$/.test(lines[i - 1] ?? '') || listing;
        // A bulleted or numbered line there ("1.<tab>Breathe slowly …") is an item too; elsewhere a
        // numbered line may be a heading ("2. Signs and symptoms").
        const bulleted: boolean = oneParagraphPerLine && afterLead && BULLET.test(line);
        listing = oneParagraphPerLine && afterLead && (bulleted || LOWER_ITEM.test(line));
        blocks.push({ kind: 'paragraph', text: bulleted ? line.replace(BULLET_MARK, '') : line, level: null, ...(listing ? { item: true } : {}) });
      } else {
        current.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/**
 * A chunk that holds a bulleted list among short lines (a page copied as text keeps one line per
 * paragraph, heading and item, and no blank line between them): each bullet is an item, a line
 * that goes on in lower case continues the item or the prose before it, a heading-like line after a
 * finished line or an item stands alone (markTextHeadings decides whether it heads what follows),
 * and a lead-in ending in a colon ends its paragraph.
 */
function lineBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ kind: 'paragraph', text: current.join('\n'), level: null });
    current = [];
  };
  let lastItem: Block | null = null;
  for (const [i, line] of lines.entries()) {
    if (BULLET.test(line)) {
      flush();
      lastItem = { kind: 'paragraph', text: line.replace(BULLET_MARK, ''), level: null, item: true };
      blocks.push(lastItem);
      continue;
    }
    const goesOn = GOES_ON.test(line);
    if (lastItem && goesOn) {
      lastItem.text += ` ${line}`;
      continue;
    }
    lastItem = null;
    const finished = current.length === 0 || /[.!?:]["'”’)]*$/.test(current[current.length - 1]!);
    // (A line the next one carries on in lower case is wrapped prose, whatever its length.)
    if (finished && isHeadingLike(line) && !GOES_ON.test(lines[i + 1] ?? '')) {
      flush();
      blocks.push({ kind: 'paragraph', text: line, level: null });
      continue;
    }
    current.push(line);
    if (LEAD_IN.test(line)) flush();
  }
  flush();
  return blocks;
}

/**
 * A bullet alone on its line, its item on the next (text taken out of a PDF often comes so): one line.
 *
 * @example joinLoneBullets(['•', 'feeling low']) // ['• feeling low']
 */
function joinLoneBullets(lines: string[]): string[] {
  if (!lines.some((l) => LONE_BULLET.test(l))) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (LONE_BULLET.test(lines[i]!) && i + 1 < lines.length && !LONE_BULLET.test(lines[i + 1]!)) {
      out.push(`${lines[i]!.trim()} ${lines[i + 1]!}`);
      i += 1;
    } else out.push(lines[i]!);
  }
  return out;
}
const LONE_BULLET = /^\s*[•▪◦‣]\s*$/u;

/** A rule drawn with characters: a separator, or the underline of the line above it. */
const RULE_LINE = /^([-=_*~])\1{2,}$/;
/** A heading marked the way e-mail plain text marks one ("** LOOKING AFTER YOUR MOOD"). */
const STARRED = /^\*{2}\s+(\S.*)$/;
/** A link's address written after its text, in brackets: "our guide (https://…)". */
const LINK_TARGET = /\s*\((?:https?:\/\/|www\.)[^\s)]+\)/g;

/**
 * The marks plain text draws with characters, read as structure: a heading underlined with = or -
 * (as Markdown's setext), a heading marked "** ", a separator line; link addresses in brackets
 * after their text are dropped, as Markdown's are. Each heading stands alone between blank lines.
 */
export function plainMarks(text: string): string {
  if (!/^(?:[-=_*~]{3,}|\*{2}\s)/m.test(text) && !text.includes('(http') && !text.includes('(www.')) return text;
  // (Across a line break too: "our website\n(https://…)." reads "our website.")
  const lines = text.replace(LINK_TARGET, '').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const starred = STARRED.exec(line);
    if (starred) {
      out.push('', starred[1]!, '');
      continue;
    }
    if (RULE_LINE.test(line)) {
      // The underline of the line above (about its length) makes that line a heading; any other rule parts blocks.
      const above = out[out.length - 1] ?? '';
      if (above !== '' && !RULE_LINE.test(above) && Math.abs(above.length - line.length) <= 3) out.splice(out.length - 1, 0, '');
      out.push('');
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** A line that carries on the line above it: it starts in lower case. */
const GOES_ON = /^[\p{Ll}(]/u;

/** A lead-in announces what follows: it ends in a colon ("Common culprits include:"). */
const LEAD_IN = /:["'”’)]*$/;

/**
 * Marks heading-like paragraphs as headings when body follows: a heading-like line is a heading when
 * the next block is prose or is itself a heading (so "FAQs" followed by a question heading counts).
 * A heading-like last line stays a paragraph: nothing follows it. List items never are headings,
 * and neither is a run of two or more short lines right after a lead-in ending in a colon: that is a
 * list whose bullets were lost, one item a paragraph.
 */
export function markTextHeadings(blocks: readonly Block[]): Block[] {
  const out = blocks.map((b) => ({ ...b }));
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.kind !== 'paragraph' || !LEAD_IN.test(out[i]!.text.trim()) || isHeadingLike(out[i]!.text)) continue;
    let end = i + 1;
    // After a bulleted list, a short line is the next heading, not an item that lost its bullet.
    const bulleted = out[end]?.item === true;
    while (end < out.length && out[end]!.kind === 'paragraph' && (out[end]!.item || (!bulleted && isHeadingLike(out[end]!.text) && !isQuestion(out[end]!.text)))) end++;
    if (end - i - 1 >= 2) for (let k = i + 1; k < end; k++) out[k]!.item = true;
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const block = out[i]!;
    const next = out[i + 1]!;
    if (block.item) continue;
    if (block.kind === 'paragraph' && isHeadingLike(block.text) && (next.kind === 'heading' || !isHeadingLike(next.text) || next.item)) {
      block.kind = 'heading';
    }
  }
  return out;
}
