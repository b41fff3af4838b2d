/**
 * Heading levels. Markdown and HTML say them (normalised here to 1–3 without jumps); plain text does
 * not, so a general nesting rule infers them:
 *
 * A section (not the document's first, whose overview announces the whole article) whose body is one
 * short paragraph announcing what follows ("will be discussed", "we will also discuss", "in this
 * section") opens a group. The following headings are its children (level 2) until a heading that
 * is a question, names the document's key term (the title noun most used in the text), or is a
 * conventional closer (Conclusion, FAQ, Summary, References…): that heading is top level again.
 *
 * Headings the writer numbered ("2. Signs and symptoms", "2.1 Inattention"; three or more) take
 * their level from the number instead.
 *
 * A manifest `levels` map (heading slug → level) overrides any of this per heading.
 */
import { nlp, its } from '../server/engine/understand/nlp.ts';
import { type Block, isFaqTitle, isQuestion } from './blocks.ts';
import { slug } from './slug.ts';

/** A heading block whose level is final; `inferred` marks levels guessed for plain text. */
export type LevelledBlock = Block & { inferred?: boolean };

const ANNOUNCES =
  /\b(?:will|shall)\s+(?:also\s+)?be\s+(?:discussed|covered|explained|explored|described|reviewed|presented|outlined)\b|\bwe(?:\s+will|['’]ll)\s+(?:also\s+)?(?:discuss|cover|explore|look\s+at|explain|review|describe)\b|\bin\s+this\s+section\b|\bthe\s+following\s+(?:sections?|sub-?sections?|topics)\b|\bas\s+follows\b/i;
const CLOSER = /^(?:conclusions?|in\s+conclusion|summary|final\s+thoughts|faqs?|frequently\s+asked\s+questions|references|sources|bibliography|resources|takeaways?|key\s+takeaways|the\s+bottom\s+line|bottom\s+line)\b/i;
/** A heading that counts what follows it ("Six things that can help", "5 ways to sleep better"). */
const COUNTS = /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|some)\s+(?:\w+\s+)?(?:things|ways|tips|steps|ideas|signs|reasons|habits|strategies|facts|myths|questions|changes|rules)\b/i;
/** An overview paragraph is short; a long one is a section of its own. */
const OVERVIEW_MAX_WORDS = 80;

/**
 * The document's key term: the noun of the title used most often in the text (lower case), or null.
 *
 * @example keyTerm('How long does ketamine last for depression?', ['Ketamine is…']) // 'ketamine'
 */
export function keyTerm(title: string, texts: readonly string[]): string | null {
  const doc = nlp.readDoc(title);
  const pos = doc.tokens().out(its.pos);
  const nouns = doc
    .tokens()
    .out(its.normal)
    .filter((_, i) => pos[i] === 'NOUN' || pos[i] === 'PROPN')
    .filter((w) => /^\p{L}[\p{L}-]+$/u.test(w));
  const body = texts.join('\n').toLowerCase();
  let best: string | null = null;
  let bestCount = 0;
  for (const noun of new Set(nouns)) {
    const count = body.match(new RegExp(`(?<![\\p{L}])${escape(noun)}`, 'gu'))?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [noun, count];
  }
  return best;
}

/**
 * Gives every heading a level 1–3: explicit levels are normalised (shallowest → 1, deeper than 3 → 3,
 * never more than one deeper than the heading it sits under, siblings kept siblings), unknown (plain-text) levels are inferred by
 * the group rule above, and `overrides` (heading slug → level) win.
 */
export function assignLevels(
  blocks: readonly Block[],
  title: string,
  overrides: Readonly<Record<string, number>> = {},
): LevelledBlock[] {
  const out: LevelledBlock[] = blocks.map((b) => ({ ...b }));
  const headings = out.filter((b) => b.kind === 'heading');
  const explicit = headings.filter((h) => h.level !== null).map((h) => h.level!);
  const shift = explicit.length ? Math.min(...explicit) - 1 : 0;
  const term = headings.some((h) => h.level === null) ? keyTerm(title, out.map((b) => b.text)) : null;
  const termRe = term ? new RegExp(`(?<![\\p{L}])${escape(term)}`, 'iu') : null;

  let groupOpen = false;
  let seen = 0;
  // Headings numbered by the writer as an outline ("2.", "2.1") carry their levels, when several are
  // and some go two deep; a run of plain "1." … "6." under a heading that counts them ("Six things
  // that can help") is that heading's list of sub-sections.
  const depths = headings.filter((h) => h.level === null).map((h) => sectionNumber(h.text));
  const numbered = depths.filter((d) => d > 0).length >= 3 && depths.some((d) => d > 1);
  let countedRun = false;
  for (const [i, block] of out.entries()) {
    if (block.kind !== 'heading') continue;
    if (block.level !== null) {
      block.level = block.level - shift;
    } else {
      block.inferred = true;
      const depth = numbered ? sectionNumber(block.text) : 0;
      const listed = !numbered && sectionNumber(block.text) === 1;
      if (listed && countedRun) {
        block.level = 2;
      } else if (depth > 0) {
        // "2.1 Inattention" is a sub-section of "2. Signs and symptoms": the numbers say the level.
        block.level = Math.min(3, depth);
        groupOpen = false;
      } else {
        const closes = isQuestion(block.text) || termRe?.test(block.text) || CLOSER.test(block.text);
        if (groupOpen && closes) groupOpen = false;
        block.level = groupOpen ? 2 : 1;
        if (block.level === 1 && seen > 0 && announcesGroup(out, i)) groupOpen = true;
        countedRun = !listed && COUNTS.test(block.text);
      }
    }
    seen++;
    const override = overrides[slug(block.text)];
    if (override !== undefined) block.level = override;
  }
  // An FAQ title with no text of its own, then questions set at its own level (bold lines a blog
  // editor made all alike): the questions are its pairs, one level below it.
  for (const [i, block] of out.entries()) {
    if (block.kind !== 'heading' || !isFaqTitle(block.text) || out[i + 1]?.kind !== 'heading') continue;
    for (let k = i + 1; k < out.length; k += 1) {
      const q = out[k]!;
      if (q.kind !== 'heading') continue;
      if (q.level !== block.level || !isQuestion(q.text)) break;
      q.level = block.level! + 1;
    }
  }
  // No jumps: a heading written two levels below its parent is one below it, and so are the
  // siblings written at its level ("# Signs", "### Body", "### Mind": Body and Mind are both level 2).
  const open: Array<{ written: number; level: number }> = [];
  for (const h of headings) {
    const written = h.level!;
    while (open.length > 0 && open[open.length - 1]!.written >= written) open.pop();
    h.level = Math.max(1, Math.min(3, (open[open.length - 1]?.level ?? 0) + 1));
    open.push({ written, level: h.level });
  }
  return out;
}

/** True when the body of the heading at `i` is one short paragraph announcing what follows. */
function announcesGroup(blocks: readonly Block[], i: number): boolean {
  const body: Block[] = [];
  for (let k = i + 1; k < blocks.length && blocks[k]!.kind !== 'heading'; k++) body.push(blocks[k]!);
  if (body.length !== 1) return false;
  const text = body[0]!.text;
  return text.split(/\s+/).length <= OVERVIEW_MAX_WORDS && ANNOUNCES.test(text);
}

/** How many numbers a heading's section number has ("2." → 1, "2.1" → 2), or 0 when it has none. */
function sectionNumber(text: string): number {
  const m = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{L}/u.exec(text.trim());
  return m ? m[1]!.split('.').length : 0;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
