/**
 * Back matter: what follows an article without being part of what it says. A section headed
 * "Sources", "References", "Related articles", "Further reading" or "See also" lists citations and
 * links, and a closing "Sources: …" line names where facts came from; answering from them would
 * quote a reference list as if it were an answer. They are dropped, with everything under them
 * down to the next heading at their own level or above.
 */
import type { LevelledBlock } from './levels.ts';

const BACK_HEADING =
  /^(?:sources?|references?|bibliography|citations?|works cited|footnotes|further reading|additional reading|read more|read next|more reading|see also|related(?: articles?| posts?| reading| content| links| stories| topics)?|you (?:may|might) also like|more (?:articles|posts|from us)|useful links|resources and references|sources? and references|references? and resources|recommended reading)$/i;
const BACK_LINE = /^(?:sources?|references?|related(?: articles?| posts?)?|see also|further reading)\s*:/i;

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
    out.push(block);
  }
  return out;
}
