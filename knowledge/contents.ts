/**
 * A table of contents at the head of a document ("Contents", "On this page", then the headings that
 * follow, perhaps with page numbers) repeats the headings: it is dropped, so its lines neither
 * become sections nor answer anything.
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
  if (at < 0) return [...blocks];
  let end = at + 1;
  const later = (i: number): Set<string> => new Set(blocks.slice(i + 1).map((b) => entryKey(b.text)));
  while (end < blocks.length && blocks[end]!.text.length <= 120 && later(end).has(entryKey(blocks[end]!.text))) end += 1;
  if (end - at - 1 < MIN_ENTRIES) return [...blocks];
  return [...blocks.slice(0, at), ...blocks.slice(end)];
}
