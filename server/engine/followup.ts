/**
 * Follow-ups through the context: how a message leans on the previous turn, and the cue words a
 * question type stands in with when the visitor names no subject ("how fast?").
 */
import type { ConversationState } from './context.ts';
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
