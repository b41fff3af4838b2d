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

/** The sentence only says what is not known yet ("more research is needed", "it is debatable"). */
const HEDGES = 2;
const HEDGE = /\b(?:(?:more|further|additional) (?:research|studies|study|work|trials?) (?:is |are )?(?:needed|required)|(?:is|are|remains?) (?:still )?(?:debatable|unclear|unknown|uncertain|not (?:yet )?(?:fully |well )?(?:known|understood|clear)))\b/i;
/** Question words about what is known: a hedge is their answer. */
const ASKS_KNOWN = /^(?:research|studi|understood|understand|know|known|debat|evid|unclear|agre|prove|proven|certain|sure|trial|scienc|expert)/;

/** Score factor of a hedge when the question does not ask what is known. */
export const HEDGE_FACTOR = 0.15;

/** Verbs of one thing acting on another ("inhibits …", "activates …"): how something works. */
const ACTS = /\b(?:inhibit|block|activat|bind|stimulat|target|modulat|trigger|increas|decreas|releas|regulat|enhanc|suppress|promot|boost|lower|rais|reduc|restor|signal|convert|interact)\w*/gi;
/** Fit added per distinct acting verb (two at most) for a "how does it work" question. */
const ACT_FIT = 0.2;

/** The sentence names a year or a decade ("in 2022", "since the 1980s"): a point in time. */
const DATED = 4;
const YEAR = /\b(?:1[89]|20)\d\d(?:s|’s|'s)?\b/;

const shapes = new WeakMap<readonly { text: string }[], Uint8Array>();
const acting = new WeakMap<readonly { text: string }[], Uint8Array>();

/** Per sentence, how many distinct acting verbs it uses (at most 2). */
function actsOf(sentences: readonly { text: string }[]): Uint8Array {
  let out = acting.get(sentences);
  if (out) return out;
  out = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i += 1) {
    const verbs = new Set((sentences[i]!.text.match(ACTS) ?? []).map((v) => v.toLowerCase().slice(0, 6)));
    out[i] = Math.min(2, verbs.size);
  }
  acting.set(sentences, out);
  return out;
}

/** Per sentence, the shape flags above, read once per corpus from the sentence text. */
function shapesOf(sentences: readonly { text: string }[]): Uint8Array {
  let out = shapes.get(sentences);
  if (out) return out;
  out = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i += 1) {
    const t = sentences[i]!.text;
    if (DENY.test(t)) out[i]! |= DENIES;
    if (HEDGE.test(t)) out[i]! |= HEDGES;
    if (YEAR.test(t)) out[i]! |= DATED;
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
  if (intent === 'when' && flags & DATED) return 1;
  if (intent === 'mechanism') return Math.min(1, fit + ACT_FIT * actsOf(sentences)[sid]!);
  return fit;
}

/** True when the question asks what is known (research, evidence, agreement): hedges answer it. */
export function asksKnown(query: Query): boolean {
  for (const t of query.weights.keys()) if (ASKS_KNOWN.test(t)) return true;
  return false;
}

/** Score factor from a sentence's shape: a bare hedge loses unless the question asks what is known. */
export function shapeFactor(sentences: readonly { text: string }[], sid: number, known: boolean): number {
  return !known && shapesOf(sentences)[sid]! & HEDGES ? HEDGE_FACTOR : 1;
}

/** Most words a bare setup sentence has. */
const SETUP_WORDS = 6;
/** What a setup says: that something differs or has parts, not what they are. */
const SETS_UP = /\b(?:differ|differs|different|differently|difference|differences|varies|vary|changes|is complicated|is complex|not (?:that|so) simple|several (?:ways|things|types|kinds|factors|reasons|forms)|a few (?:ways|things|types|kinds|reasons))\b/i;

/**
 * A short sentence that only sets up the next one in its paragraph ("There are important
 * differences.", "The summer pattern looks different."): alone it says that something differs, not
 * how, so the next sentence comes with it.
 */
export function carriesNext(sentences: readonly { text: string; paragraph: number; sectionId: string; item?: boolean }[], sid: number): boolean {
  const s = sentences[sid]!;
  const n = sentences[sid + 1];
  if (!n || n.sectionId !== s.sectionId || n.paragraph !== s.paragraph || s.item || n.item) return false;
  const text = s.text.trim();
  return text.split(/\s+/).length <= SETUP_WORDS && SETS_UP.test(text) && !/[:?]["'”’)]*$/.test(text);
}
