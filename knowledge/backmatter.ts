/**
 * Back matter: what follows an article without being part of what it says. A section headed
 * "Related articles", "Further reading", "See also" or "You may also like" is navigation: links to
 * other pages, which would be quoted as if they were an answer; a README's "Contributing" and
 * "License" are about the repository, not the subject. It is dropped, with everything under
 * it down to the next heading at its own level or above. A "Sources" or "References" section stays:
 * a visitor may ask where the information comes from (knowledge/candidates.ts asks it for them).
 */
import type { LevelledBlock } from './levels.ts';

const BACK_HEADING =
  /^(?:further reading|additional reading|read more|read next|more reading|see also|related(?: articles?| posts?| reading| content| links| stories| topics| notes| pages)?|you (?:may|might) also like|more (?:articles|posts|from us)|(?:useful )?links|backlinks|attachments:?|recommended reading|contributing|how to contribute|licen[cs]e|changelog)$/i;
const BACK_LINE = /^(?:related(?: articles?| posts?)?|see also|further reading)\s*:/i;

const CITATIONS = /^(?:sources?|references?|bibliography|citations?|works cited|notes|footnotes|endnotes|sources? and references|references? and (?:sources|resources))$/i;

/** True for a heading of the article's citations ("Sources", "References"). */
export function isCitationsHeading(text: string): boolean {
  return CITATIONS.test(text.trim().replace(/[:.]+$/, ''));
}

/** True for a heading that opens back matter. */
export function isBackMatterHeading(text: string): boolean {
  return BACK_HEADING.test(text.trim().replace(/[:.]+$/, ''));
}

/**
 * The blocks without back matter.
 *
 * @example dropBackMatter([{ kind: 'heading', text: 'Sources', level: 2 }, { kind: 'paragraph', text: 'NIMH, 2024.', level: null }]) // []
 */
export function dropBackMatter<T extends LevelledBlock>(blocks: readonly T[]): T[] {
  const out: T[] = [];
  let skipAbove: number | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const level = block.level ?? 1;
      if (skipAbove !== null && level > skipAbove) continue;
      skipAbove = null;
      if (isBackMatterHeading(block.text)) {
        skipAbove = level;
        continue;
      }
    } else if (skipAbove !== null || (!block.item && BACK_LINE.test(block.text.trim()))) continue;
    else if (!block.item && isBackMatterHeading(block.text)) {
      // A bare "Related Posts" line read as text (a scrape): its links run to the next heading.
      skipAbove = Number.POSITIVE_INFINITY;
      continue;
    }
    out.push(block);
  }
  return out;
}
