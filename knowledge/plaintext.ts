/**
 * Plain text → blocks. Paragraphs are separated by blank lines; inside a chunk, lines are joined
 * (hard-wrapped text; kept as `\n` until the cleaner has read each line) unless a line is long (one paragraph a line, as scrapes are) or the first line
 * looks like a heading glued to its body. Headings are decided later by {@link markTextHeadings},
 * after cleaning, because noise lines change what follows what.
 */
import { type Block, isHeadingLike } from './blocks.ts';
import { normalizeWhitespace, stripWarnings } from './clean.ts';

/** Lines longer than this are whole paragraphs, not hard-wrapped fragments. */
const LONG_LINE = 120;

/**
 * Splits plain text into paragraph blocks (all `kind: 'paragraph'`, `level: null`).
 *
 * @example textToBlocks('Intro\n\nSome text here.').length // 2
 */
export function textToBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  const chunks = normalizeWhitespace(raw).split(/\n{2,}/);
  for (const chunk of chunks) {
    // warnings are stripped per line first: they are often glued to the line after them
    const lines = chunk.split('\n').map(stripWarnings).filter((l) => l !== '');
    if (lines.length === 0) continue;
    const oneParagraphPerLine = lines.some((l) => l.length > LONG_LINE);
    let current: string[] = [];
    const flush = () => {
      if (current.length) blocks.push({ kind: 'paragraph', text: current.join('\n'), level: null });
      current = [];
    };
    for (const [i, line] of lines.entries()) {
      const isLast = i === lines.length - 1;
      if (oneParagraphPerLine || (i === 0 && !isLast && isHeadingLike(line))) {
        flush();
        blocks.push({ kind: 'paragraph', text: line, level: null });
      } else {
        current.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/**
 * Marks heading-like paragraphs as headings when body follows: a heading-like line is a heading when
 * the next block is prose or is itself a heading (so "FAQs" followed by a question heading counts).
 * A heading-like last line stays a paragraph: nothing follows it.
 */
export function markTextHeadings(blocks: readonly Block[]): Block[] {
  const out = blocks.map((b) => ({ ...b }));
  for (let i = out.length - 2; i >= 0; i--) {
    const block = out[i]!;
    const next = out[i + 1]!;
    if (block.kind === 'paragraph' && isHeadingLike(block.text) && (next.kind === 'heading' || !isHeadingLike(next.text))) {
      block.kind = 'heading';
    }
  }
  return out;
}
