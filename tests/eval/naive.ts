/**
 * The naive peer: MiniSearch's quick-start on the article's paragraphs, fuzzy + prefix, top hit.
 * It is what a site owner gets in ten lines, and the baseline faqchat must beat. It has no safety
 * gate, no small talk and no referral: whatever it "answers" to a crisis message counts as a miss.
 */
import MiniSearch from 'minisearch';
import type { Corpus } from '../../server/engine/types.ts';
import type { EvalSystem } from './evaluate.ts';

interface ParagraphDoc {
  id: string;
  text: string;
  /** The section the paragraph sits in, or the FAQ pair whose answer it is. */
  sectionId: string;
}

/**
 * One document per corpus paragraph (its sentences joined). A paragraph of an FAQ answer is
 * attributed to its FAQ pair, as faqchat's trace does, so both are scored against the same ids.
 */
export function paragraphDocs(corpus: Corpus): ParagraphDoc[] {
  const pairOf = new Map<number, string>();
  for (const faq of corpus.faqs) for (const id of faq.answer) pairOf.set(id, faq.id);
  const docs: ParagraphDoc[] = [];
  for (const section of corpus.sections) {
    section.paragraphs.forEach((ids, p) => {
      if (ids.length === 0) return;
      const text = ids.map((id) => corpus.sentences[id]?.text ?? '').join(' ');
      docs.push({ id: `${section.id}:${p}`, text, sectionId: pairOf.get(ids[0]!) ?? section.id });
    });
  }
  return docs;
}

/** The quick-start peer as an evaluation system (context is ignored: it has none). */
export function naivePeer(corpus: Corpus): EvalSystem {
  const index = new MiniSearch<ParagraphDoc>({ fields: ['text'], storeFields: ['text', 'sectionId'] });
  index.addAll(paragraphDocs(corpus));
  const urlOf = new Map<string, { title: string; url: string }>();
  for (const s of corpus.sections) urlOf.set(s.id, { title: s.title, url: s.url });
  for (const f of corpus.faqs) urlOf.set(f.id, { title: f.question, url: f.url });
  return {
    name: 'naive peer',
    respond(message) {
      const top = index.search(message, { fuzzy: 0.2, prefix: true })[0];
      if (!top) return { outcome: { kind: 'fallback', sectionId: null, text: '', sources: [] } };
      const sectionId = top.sectionId as string;
      const source = urlOf.get(sectionId);
      return { outcome: { kind: 'answer', sectionId, text: top.text as string, sources: source ? [source] : [] } };
    },
  };
}
