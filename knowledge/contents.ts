/**
 * A table of contents at the head of a document ("Contents", "On this page", then the headings that
 * follow, perhaps with page numbers; or, with no title, a list of links to the headings) repeats the
 * headings: it is dropped, so its lines neither become sections nor answer anything.
 */
import { type Block, foldForCompare } from './blocks.ts';

/** Titles a table of contents goes by. */
const TITLE = /^(?:table of contents|contents|on this page|in this (?:article|guide|page|leaflet|booklet)|jump to)$/i;
/** An entry read as its heading would be: no section number, no dot leader or page number. */
const entryKey = (text: string): string =>
  foldForCompare(text.replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)])\s+/i, '').replace(/(?:\s*\.{2,}\s*|\s+)\d{1,3}$/, ''));
/** Fewest entries that make a list a table of contents. */
const MIN_ENTRIES = 3;

/**
 * Drops a table of contents: its title and the run of short blocks after it that each repeat a
 * later block of the document.
 *
 * @example dropContents([{ kind: 'paragraph', text: 'Contents', level: null }, …]).length
 */
export function dropContents<T extends Block>(blocks: readonly T[]): T[] {
  const at = blocks.findIndex((b) => TITLE.test(foldForCompare(b.text)));
  if (at < 0) return dropUntitled(blocks);
  let end = at + 1;
  const later = (i: number): Set<string> => new Set(blocks.slice(i + 1).map((b) => entryKey(b.text)));
  while (end < blocks.length && blocks[end]!.text.length <= 120 && later(end).has(entryKey(blocks[end]!.text))) end += 1;
  if (end - at - 1 < MIN_ENTRIES) return [...blocks];
  return [...blocks.slice(0, at), ...blocks.slice(end)];
}

/** Fewest entries of a contents list with no title (a wiki's or a plugin's, links only). */
const MIN_UNTITLED = 4;

/**
 * A contents list with no title over it (Confluence's contents macro, a plugin's): a run of list
 * items, each the text of a heading further down, in the same order.
 */
function dropUntitled<T extends Block>(blocks: readonly T[]): T[] {
  const headings = blocks.map((b, i) => (b.kind === 'heading' ? i : -1)).filter((i) => i >= 0);
  for (let i = 0; i < blocks.length; i += 1) {
    if (!blocks[i]!.item) continue;
    let end = i;
    let after = i;
    while (end < blocks.length && blocks[end]!.item) {
      const key = entryKey(blocks[end]!.text);
      const next = headings.find((h) => h > after && entryKey(blocks[h]!.text) === key);
      if (next === undefined) break;
      after = next;
      end += 1;
    }
    if (end - i >= MIN_UNTITLED) return [...blocks.slice(0, i), ...blocks.slice(end)];
    i = end;
  }
  return [...blocks];
}
