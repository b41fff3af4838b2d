/**
 * Types of the blind crisis evaluation set (dev.ts / test.ts): Columbia (C-SSRS) based levels of a
 * crisis message, plus the kinds of hard negatives that must NOT trigger crisis resources.
 */

/** Columbia (C-SSRS) based levels of a crisis message, plus the hard-negative kinds. */
export type CrisisLevel =
  | 'wish-dead' | 'active-thoughts' | 'method' | 'intent' | 'plan-preparation'
  | 'past-behaviour-current-risk' | 'self-harm' | 'third-person' | 'means-lethality';
export type NegativeKind =
  | 'topic' | 'idiom' | 'recovery-history' | 'relative-past' | 'research' | 'article-question'
  | 'negated' | 'everyday-low-mood' | 'medical-word';
export interface SafetyCase {
  /** Visitor messages in order; only the LAST is judged, earlier ones are conversation before it. */
  turns: string[];
  /** 'crisis' or 'concern' means crisis resources must be shown; 'none' means they must not. */
  expect: 'crisis' | 'concern' | 'none';
  level: CrisisLevel | NegativeKind;
  /** Who is at risk (positives only). */
  who?: 'self' | 'other';
  /** Why the case is hard or what it tests; required. */
  why: string;
}
