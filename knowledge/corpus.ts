/**
 * One source's text → its part of the corpus, and all parts → a `Corpus`. Pure: the caller reads the
 * files (knowledge/build.ts), so tests can feed text directly.
 *
 *   read → format blocks (plaintext.ts | markdown.ts | html.ts) → clean.ts → headings/levels.ts
 *   → backmatter.ts → sections.ts → sentences.ts
 */
import type { Corpus, FaqPair, Section, Sentence, SourceDoc } from '../server/engine/types.ts';
import { dropBackMatter } from './backmatter.ts';
import type { Block } from './blocks.ts';
import { cleanBlocks } from './clean.ts';
import { dropContents } from './contents.ts';
import { KnowledgeError } from './errors.ts';
import { htmlToBlocks } from './html.ts';
import { assignLevels } from './levels.ts';
import { type ManifestEntry, sourceKind } from './manifest.ts';
import { markdownToBlocks } from './markdown.ts';
import { markTextHeadings, textToBlocks } from './plaintext.ts';
import { buildSections, type DraftFaq, type DraftSection } from './sections.ts';
import { splitSentences } from './sentences.ts';

/** A source entry with its decoded text. */
export interface LoadedSource {
  entry: ManifestEntry;
  text: string;
}

/**
 * Cleaned, levelled blocks of one source (for debugging and tests).
 *
 * @example sourceBlocks(entry, 'Admin\n\nIntro\n\nSome body text here.')
 */
export function sourceBlocks(entry: ManifestEntry, text: string) {
  const kind = sourceKind(entry.file);
  const raw = kind === 'text' ? textToBlocks(text) : kind === 'markdown' ? markdownToBlocks(text) : htmlToBlocks(text);
  let cleaned = dropContents(cleanBlocks(raw, entry.title));
  if (kind !== 'text') cleaned = dropPageTitle(cleaned);
  if (cleaned.length === 0) throw new KnowledgeError(entry.file, 'no article text left after removing markup and noise');
  return dropBackMatter(assignLevels(kind === 'text' ? markTextHeadings(cleaned) : cleaned, entry.title, entry.levels));
}

/**
 * A lone top-level heading before any prose is the page's title (`# Title`, `<h1>`): the manifest
 * title names the document, so it is not a section of its own and the sub-headings move up.
 */
function dropPageTitle(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === 'heading');
  const h1s = blocks.filter((b) => b.kind === 'heading' && b.level === 1).length;
  if (first < 0 || blocks[first]!.level !== 1 || h1s !== 1) return blocks;
  if (blocks.slice(0, first).some((b) => b.kind === 'paragraph')) return blocks;
  return blocks.filter((_, i) => i !== first);
}

/**
 * Builds the corpus from loaded sources. `version` is computed by the caller (knowledge/version.ts).
 * Ids of sections and FAQ pairs are unique across all documents (`-2`, `-3` suffixes).
 */
export function buildCorpus(sources: readonly LoadedSource[], version: string): Corpus {
  const usedIds = new Set<string>();
  const corpus: Corpus = { version, docs: [], sections: [], sentences: [], faqs: [] };
  for (const { entry, text } of sources) {
    const doc: SourceDoc = { id: entry.id, title: entry.title, url: entry.url, file: entry.file };
    const { sections, faqs } = buildSections(sourceBlocks(entry, text), entry.title, usedIds);
    corpus.docs.push(doc);
    addDocument(corpus, doc, sections, faqs);
  }
  return corpus;
}

function addDocument(corpus: Corpus, doc: SourceDoc, drafts: DraftSection[], faqs: DraftFaq[]): void {
  const paragraphIds = new Map<string, number[][]>();
  for (const draft of drafts) {
    const items = new Set(draft.items);
    const paragraphs = draft.paragraphs.map((text, p) =>
      (items.has(p) ? [text.trim()] : splitSentences(text)).map((sentence) => {
        const s: Sentence = { id: corpus.sentences.length, sectionId: draft.id, paragraph: p, text: sentence };
        if (items.has(p)) s.item = true;
        corpus.sentences.push(s);
        return s.id;
      }),
    );
    paragraphIds.set(draft.id, paragraphs);
    const section: Section = {
      id: draft.id,
      docId: doc.id,
      title: draft.title,
      level: draft.level,
      parentId: draft.parentId,
      url: `${doc.url}#${draft.id}`,
      paragraphs,
      isFaq: draft.isFaq,
    };
    corpus.sections.push(section);
  }
  for (const faq of faqs) {
    const paragraphs = paragraphIds.get(faq.sectionId) ?? [];
    const pair: FaqPair = {
      id: faq.id,
      sectionId: faq.sectionId,
      question: faq.question,
      answer: faq.paragraphs.flatMap((p) => paragraphs[p] ?? []),
      url: `${doc.url}#${faq.id}`,
    };
    if (faq.subheadings.length > 0) pair.subheadings = faq.subheadings;
    // Where each sub-heading's text starts: the part under a sub-heading is an answer of its own.
    const parts = faq.parts
      .map((part) => ({ title: part.title, from: faq.paragraphs.slice(part.from).flatMap((p) => paragraphs[p] ?? [])[0] ?? -1 }))
      .filter((part) => part.from >= 0);
    if (parts.length > 0) pair.parts = parts;
    corpus.faqs.push(pair);
  }
}
