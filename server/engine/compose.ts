/**
 * The reply text: up to three article sentences VERBATIM, plus at most one short fixed line
 * (a caution, a framing, a crisis reminder) from the site's engine strings (knowledge/engine-strings.json). Plain text only.
 */
import type { CorpusModel } from './model.ts';
import { DISCOURSE } from './discourse.ts';
import { ascending } from './score.ts';
import type { ReplySource } from './types.ts';


/**
 * The verbatim article text of sentences, in article order, joined by single spaces (list items on
 * lines of their own). The first sentence loses a leading discourse word ("But …"): nothing before
 * it in the reply for the word to lean on; later ones keep it, after another article sentence.
 */
export function articleText(model: CorpusModel, sids: readonly number[]): string {
  const ordered = ascending([...sids]);
  let text = '';
  for (let k = 0; k < ordered.length; k += 1) {
    const sid = ordered[k]!;
    const s = model.corpus.sentences[sid]!;
    let t = s.text.trim();
    if (k === 0) t = t.replace(DISCOURSE, '');
    text += (k === 0 ? '' : s.item ? '\n' : ' ') + t;
  }
  return text;
}

/** Source link of a topic: section title (or FAQ question) and `url#anchor`, or an owner pair's own citation.
 * An FAQ answer with sub-headings is cited by the sub-heading the answer's sentences stand under. */
export function sourceOf(model: CorpusModel, tp: number, sids: readonly number[] = []): ReplySource {
  const topic = model.topics[tp]!;
  if (topic.source) return { ...topic.source };
  const sub = topic.subheadings && sids.length > 0 ? subheadingOf(model, topic.subheadings, topic.sentences, sids) : null;
  return { title: sub ?? topic.title, url: topic.url };
}

/**
 * The sub-heading of an FAQ answer that all these sentences stand under, when the answer's
 * paragraphs pair with its sub-headings one to one (or after one opening paragraph); else null.
 */
function subheadingOf(model: CorpusModel, subheadings: readonly string[], answer: readonly number[], sids: readonly number[]): string | null {
  const first = answer[0];
  const section = first === undefined ? undefined : model.corpus.sections.find((s) => s.id === model.corpus.sentences[first]!.sectionId);
  if (!section) return null;
  const inAnswer = new Set(answer);
  const paragraphs = section.paragraphs.filter((p) => p.length > 0 && p.every((sid) => inAnswer.has(sid)));
  const offset = paragraphs.length - subheadings.length;
  if (offset !== 0 && offset !== 1) return null;
  let found = -1;
  for (const sid of sids) {
    const k = paragraphs.findIndex((p) => p.includes(sid)) - offset;
    if (k < 0 || (found >= 0 && k !== found)) return null;
    found = k;
  }
  return found >= 0 ? (subheadings[found] ?? null) : null;
}

/** Article text followed by optional fixed lines, separated by a blank line. */
export function withLines(text: string, ...lines: Array<string | null | undefined | false>): string {
  return [text, ...lines].filter((l): l is string => typeof l === 'string' && l.trim() !== '').join('\n\n');
}
