/**
 * Follow-ups through the context: how a message leans on the previous turn, and the cue words a
 * question type stands in with when the visitor names no subject ("how fast?").
 */
import type { ConversationState } from './context.ts';
import type { EngineOptions } from './defaults.ts';
import type { Intent } from './understand/intent.ts';
import type { Query } from './understand/query.ts';

// Follow-ups. SHIFT keeps the question type but moves the subject ("what about for pain?", "and
// for sleep?"); ANAPHORA stays on the subject ("how long does THAT last", "why does it matter?").
const SHIFT = /^(?:(?:and|but|also|so|ok|okay)\s+)?(?:what|how)\s+about\b|^(?:and|also|plus)\b/;
const ANAPHORA = /\b(it|its|that|this|those|these|them|they)\b/;
// "that"/"this" point at what was just said; "it" is usually just the article's subject.
export const DEMONSTRATIVE = /\b(that|this|those|these)\b/;

export type FollowupKind = 'none' | 'more' | 'stay' | 'shift';

/**
 * How a message leans on the previous turn: not at all, "tell me more", staying on the subject
 * ("how long does THAT last"), or shifting it with the same question type ("what about for pain?").
 *
 * @example followupKind('what about for pain?', 'general', query, state) // 'shift' (after an answer)
 */
export function followupKind(normalized: string, intent: Intent, query: Query, state: ConversationState): FollowupKind {
  if (state.tp === null) return 'none';
  if (intent === 'more') return 'more';
  // Generic verbs ("take", "work": searched with less weight) name no subject of their own.
  const covered = query.content.filter((c) => c.covered && (query.weights.get(c.term) ?? 1) >= 1).length;
  if (SHIFT.test(normalized) && covered <= 3) return 'shift';
  if (query.content.length === 0) return 'stay';
  if (ANAPHORA.test(normalized) && covered <= 2) return 'stay';
  if (intent === 'why' && query.content.length <= 1) return 'stay';
  return 'none';
}

/**
 * Terms a follow-up carries from this question: the first eight its content words were matched
 * through, each once ("tell me more" ranks the next sentences with them).
 *
 * @example carriedTerms(understand(analyze('how long does melatonin last'), lex, opts)) // ['long', 'melatonin', 'last']
 */
export function carriedTerms(query: Pick<Query, 'content'>): string[] {
  const terms: string[] = [];
  let seen = 0;
  for (const c of query.content) {
    for (const t of c.via) {
      if (seen >= 8) return terms;
      seen += 1;
      if (!terms.includes(t)) terms.push(t);
    }
  }
  return terms;
}

/** Concept id of question-type cue words: they weigh in, but are no word of the visitor's to count. */
export const CUE = -1;

/** Question types the article has marked sentences for: their frame says what is asked. */
export const TYPED = new Set<Intent>(['duration', 'onset', 'dose', 'side-effects', 'mechanism', 'administration']);

/** What a question asks once the previous turn is taken into account. */
export interface FollowupPolicy {
  kind: FollowupKind;
  intent: Intent;
  query: Query;
  /** The topic a follow-up leans towards (the last answer's), if any. */
  prior: number | undefined;
  /** Sentences already said, never said again in a follow-up. */
  exclude: Set<number>;
}

/**
 * The follow-up stage: how this message leans on the previous turn, and the search terms that
 * follow from it. An elliptical question keeps the last question's type; a follow-up carries the
 * last question's terms (less when it shifts to a subject of its own); a question that names
 * nothing but its type ("how fast?") searches with that type's cue words.
 */
export function followupPolicy(
  normalized: string,
  intentIn: Intent,
  queryIn: Query,
  state: ConversationState,
  cuesFor: (intent: Intent) => readonly string[],
  opts: EngineOptions,
  strict: boolean,
): FollowupPolicy {
  let intent = intentIn;
  let query = queryIn;
  const hasContent = query.content.length > 0;
  const kind = strict ? 'none' : followupKind(normalized, intent, query, state);
  let prior: number | undefined;
  const exclude = new Set<number>();
  // A shift to a subject of its own ("what about adoptive parents?") may hear a sentence again: it
  // was said about the old subject, and may be the one that answers the new.
  const ownSubject = kind === 'shift' && query.content.some((c) => c.covered && c.idf >= opts.subjectIdf);
  if (kind !== 'none') {
    if (!ownSubject) for (const sid of state.said) exclude.add(sid);
    if (kind === 'stay' || kind === 'more') prior = state.tp ?? undefined;
    // An elliptical question keeps the last question's type ("what about for pain?" after "how long…").
    if ((intent === 'general' || intent === 'yes-no') && state.intent && state.intent !== 'more') intent = state.intent;
    const weights = new Map(query.weights);
    // A shift that names a subject of its own ("what about for pain?") leaves the old subject behind.
    const named = query.content.some((c) => c.covered && c.idf >= opts.subjectIdf);
    const carried = kind === 'shift' ? (named ? 0 : opts.shiftCarry) : opts.stayCarry;
    if (carried > 0) for (const t of state.terms) if (!weights.has(t)) weights.set(t, carried);
    if (!hasContent || kind === 'more') for (const t of cuesFor(intent)) if (!weights.has(t)) weights.set(t, 0.5);
    query = { ...query, weights };
  } else if (!hasContent) {
    // Nothing but a question type ("how fast?"): its cue words stand in for the subject.
    for (const t of cuesFor(intent)) query.weights.set(t, opts.expansionWeight);
  } else if (TYPED.has(intent) && opts.cueWeight > 0) {
    // A question type the article has sentences for steers retrieval a little too: "how much
    // is in one tablet" leans towards where doses are stated, not every sentence naming tablets.
    for (const t of cuesFor(intent)) {
      if (query.weights.has(t)) continue;
      query.weights.set(t, opts.cueWeight);
      query.concepts.set(t, CUE);
    }
  }
  return { kind, intent, query, prior, exclude };
}
