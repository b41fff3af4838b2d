/**
 * Levelled blocks → sections (flat, in order, nested by `parentId`) and FAQ pairs. Text before the
 * first heading, or a document without headings, becomes a section titled by the manifest title.
 * In a section titled like "FAQ(s)" / "Frequently asked questions", each question (a question
 * heading below it, or a short question paragraph) opens a pair whose answer is the paragraphs after it.
 */
import { isFaqTitle, isQuestion } from './blocks.ts';
import type { LevelledBlock } from './levels.ts';
import { slug } from './slug.ts';

/** A section before sentence splitting: paragraphs are still text. */
export interface DraftSection {
  id: string;
  title: string;
  level: number;
  parentId: string | null;
  isFaq: boolean;
  paragraphs: string[];
  /** Indexes of the paragraphs that are list items. */
  items: number[];
}

/** An FAQ pair before sentence splitting: its answer is a list of paragraph indexes of its section. */
export interface DraftFaq {
  id: string;
  sectionId: string;
  question: string;
  paragraphs: number[];
  /** Sub-headings inside the answer ("Short-term use", "Risks"): words of the pair, not answers. */
  subheadings: string[];
  /** Each sub-heading with the answer paragraph (index into `paragraphs`) it starts at. */
  parts: Array<{ title: string; from: number }>;
}

/** "Q:" / "A:" labels of an FAQ written as a transcript. */
const QA_LABEL = /^(?:q(?:uestion)?|a(?:nswer)?)\s*[:.]\s+(?=\S)/i;
/** A question paragraph longer than this is prose that happens to end with "?", not an FAQ question. */
const QUESTION_MAX_WORDS = 30;


/**
 * Returns `base`, or `base-2`, `base-3`… — the first not in `used` — and records it, so anchors stay
 * unique across the whole corpus (sections and FAQ pairs share one page namespace).
 *
 * @example uniqueId('faqs', new Set(['faqs'])) // 'faqs-2'
 */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * Builds the sections and FAQ pairs of one document. `usedIds` is shared across documents.
 *
 * @example buildSections([{ kind: 'paragraph', text: 'Hi there.', level: null }], 'Doc', new Set())
 *   // { sections: [{ id: 'doc', title: 'Doc', level: 1, … paragraphs: ['Hi there.'] }], faqs: [] }
 */
export function buildSections(
  blocks: readonly LevelledBlock[],
  docTitle: string,
  usedIds: Set<string>,
): { sections: DraftSection[]; faqs: DraftFaq[] } {
  const sections: DraftSection[] = [];
  const faqs: DraftFaq[] = [];
  const stack: DraftSection[] = [];
  // held in an object: TypeScript does not see closures reassign plain `let`s and narrows them to null
  const at: { section: DraftSection | null; pair: DraftFaq | null; pairLevel: number | null } = { section: null, pair: null, pairLevel: null };

  const open = (title: string, level: number) => {
    while (stack.length && stack.at(-1)!.level >= level) stack.pop();
    const section: DraftSection = {
      id: uniqueId(slug(title), usedIds),
      title,
      level,
      parentId: stack.at(-1)?.id ?? null,
      isFaq: isFaqTitle(title),
      paragraphs: [],
      items: [],
    };
    sections.push(section);
    stack.push(section);
    at.section = section;
    at.pair = null;
  };
  const openPair = (section: DraftSection, question: string, level: number | null = null) => {
    at.pairLevel = level;
    const q = question.replace(QA_LABEL, '');
    at.pair = { id: uniqueId(slug(q), usedIds), sectionId: section.id, question: q, paragraphs: [], subheadings: [], parts: [] };
    faqs.push(at.pair);
  };

  for (const block of blocks) {
    const faq = at.section?.isFaq ? at.section : null;
    if (block.kind === 'heading') {
      const level = block.level ?? 1;
      // a question heading inside an FAQ is a question, unless the markup puts it at the FAQ's level
      if (faq && isQuestion(block.text) && (block.inferred || level > faq.level)) {
        openPair(faq, block.text, block.inferred ? null : level);
        continue;
      }
      // A heading that is no question, right under an FAQ question (or after such a sub-heading),
      // divides that question's answer: the answer keeps going under it. After an answer without
      // sub-headings, it ends the FAQ. Markup that puts it at the FAQ's own level ends it too.
      // Markup that puts it below the question's own heading level divides the answer wherever it stands.
      const below = at.pairLevel !== null && !block.inferred && level > at.pairLevel;
      const divides = at.pair !== null && (at.pair.paragraphs.length === 0 || at.pair.subheadings.length > 0 || below);
      if (faq && at.pair && divides && (block.inferred || level > faq.level)) {
        at.pair.subheadings.push(block.text);
        at.pair.parts.push({ title: block.text, from: at.pair.paragraphs.length });
        continue;
      }
      open(block.text, level);
      continue;
    }
    if (faq && isQuestion(block.text) && block.text.split(/\s+/).length <= QUESTION_MAX_WORDS) {
      openPair(faq, block.text);
      continue;
    }
    if (!at.section) open(docTitle, 1);
    const section = at.section!;
    // "A: …" labels an FAQ answer; the label is markup, not the answer's text.
    section.paragraphs.push(at.pair ? block.text.replace(QA_LABEL, '') : block.text);
    if (block.item) section.items.push(section.paragraphs.length - 1);
    at.pair?.paragraphs.push(section.paragraphs.length - 1);
  }
  if (sections.length === 0) open(docTitle, 1);
  return { sections, faqs };
}
