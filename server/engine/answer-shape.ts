/**
 * What a sentence offers as an answer, read from the sentence and the question type alone (no
 * subject words): used when choosing sentences WITHIN a topic, after the topic is chosen.
 */
import { isCueTerm, type Intent } from './understand/intent.ts';
import type { Query } from './understand/query.ts';

/** Weight kept by a question's own type word ("mean", "difference", "mechanism") when picking sentences. */
export const CUE_WEIGHT = 0.3;

/**
 * Question types whose own words are talk ABOUT the answer ("mean", "difference", "fast"); a
 * duration's or a dose's words ("last", "much") are most often said by the answering sentence itself.
 */
const NAMING = new Set<Intent>(['definition', 'comparison', 'onset']);

const damped = new WeakMap<Map<string, number>, Map<Intent, Query>>();

/**
 * The query for picking sentences: the words that say what KIND of answer is wanted ("what does X
 * MEAN", "the DIFFERENCE") count little, since a sentence repeating them ("it does not mean …",
 * "there are differences") names the question without answering it; the sentence's fit for the
 * question type stands in for them. Memoised per weights map, so the score memo keeps working.
 */
export function selectionQuery(query: Query, intent: Intent): Query {
  if (!NAMING.has(intent)) return query;
  let byIntent = damped.get(query.weights);
  const hit = byIntent?.get(intent);
  if (hit && hit.weights.size === query.weights.size) return hit;
  let weights: Map<string, number> | null = null;
  for (const [t, w] of query.weights) {
    if (!isCueTerm(intent, t)) continue;
    weights ??= new Map(query.weights);
    weights.set(t, w * CUE_WEIGHT);
  }
  const out = weights ? { ...query, weights } : query;
  if (!byIntent) damped.set(query.weights, (byIntent = new Map()));
  byIntent.set(intent, out);
  return out;
}

/** The sentence says what something is NOT ("it does not mean you are …"): no definition. */
const DENIES = 1;
const DENY = /\b(?:(?:does|do|did|is|are|was|were)\s+not|(?:does|do|did|is|are|was|were)n[’']t|never)\s+(?:mean|means|refer|refers|stand|stands|a|an|the|just|simply|only)\b/i;

const shapes = new WeakMap<readonly { text: string }[], Uint8Array>();

/** Per sentence, the shape flags above, read once per corpus from the sentence text. */
function shapesOf(sentences: readonly { text: string }[]): Uint8Array {
  let out = shapes.get(sentences);
  if (out) return out;
  out = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i += 1) {
    const t = sentences[i]!.text;
    if (DENY.test(t)) out[i]! |= DENIES;
  }
  shapes.set(sentences, out);
  return out;
}

/**
 * How well a sentence fits the question type once its shape is read: a definition question is not
 * answered by a sentence saying what the thing is not, whatever definition word it uses.
 */
export function shapedFit(sentences: readonly { text: string }[], sid: number, intent: Intent, fit: number): number {
  const flags = shapesOf(sentences)[sid]!;
  if (intent === 'definition' && flags & DENIES) return 0;
  return fit;
}
