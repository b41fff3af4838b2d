/**
 * The outline a site owner reads to see what the bot knows: per document, the section tree with
 * anchors and sentence counts, then the FAQ pairs.
 */
import type { Corpus, Section } from '../server/engine/types.ts';

/**
 * `3 sentences`, `1 sentence`.
 *
 * @example plural(1, 'FAQ pair') // '1 FAQ pair'
 */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Sentence count of a section (its own paragraphs, not its children's). */
function sentenceCount(section: Section): number {
  return section.paragraphs.reduce((n, p) => n + p.length, 0);
}

/**
 * Formats the corpus outline as text lines.
 *
 * @example formatOutline(corpus).split('\n')[0] // 'How long does ketamine last for depression?  /article  (sources/article.txt)'
 */
export function formatOutline(corpus: Corpus): string {
  const lines: string[] = [];
  for (const doc of corpus.docs) {
    const sections = corpus.sections.filter((s) => s.docId === doc.id);
    const ids = new Set(sections.map((s) => s.id));
    const faqs = corpus.faqs.filter((f) => ids.has(f.sectionId));
    lines.push(`${doc.title}  ${doc.url}  (${doc.file})`);
    lines.push(`  ${plural(sections.length, 'section')}, ${plural(sections.reduce((n, s) => n + sentenceCount(s), 0), 'sentence')}, ${plural(faqs.length, 'FAQ pair')}`);
    const parents = new Set(sections.map((s) => s.parentId));
    for (const s of sections) {
      const indent = '  '.repeat(s.level);
      const faq = s.isFaq ? ', FAQ' : '';
      // A section with no text and no sub-sections answers nothing: often list items read as headings.
      const empty = sentenceCount(s) === 0 && !parents.has(s.id) && !s.isFaq ? '  ⚠ no sentences' : '';
      lines.push(`${indent}- ${s.title}  #${s.id}  (${plural(sentenceCount(s), 'sentence')}${faq})${empty}`);
    }
    if (faqs.length) {
      lines.push('  FAQ pairs:');
      for (const f of faqs) {
        lines.push(`    Q: ${f.question}  #${f.id}  (${plural(f.answer.length, 'sentence')})`);
        // Each sub-heading of the answer is answered from on its own.
        const parts = f.parts ?? [];
        parts.forEach((p, i) => {
          const n = f.answer.filter((sid) => sid >= p.from && sid < (parts[i + 1]?.from ?? Infinity)).length;
          lines.push(`      · ${p.title}  (${plural(n, 'sentence')})`);
        });
      }
    }
    lines.push('');
  }
  lines.push(`version ${corpus.version}`);
  return lines.join('\n');
}
