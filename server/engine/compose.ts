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

/** Source link of a topic: section title (or FAQ question) and `url#anchor`, or an owner pair's own citation. */
export function sourceOf(model: CorpusModel, tp: number): ReplySource {
  const topic = model.topics[tp]!;
  return topic.source ? { ...topic.source } : { title: topic.title, url: topic.url };
}

/** Article text followed by optional fixed lines, separated by a blank line. */
export function withLines(text: string, ...lines: Array<string | null | undefined | false>): string {
  return [text, ...lines].filter((l): l is string => typeof l === 'string' && l.trim() !== '').join('\n\n');
}
