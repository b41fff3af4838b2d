import type { ReplyKind } from '../../server/engine/types.ts';

/**
 * One golden case: a visitor message and what a good reply is, by kind and section, never by
 * exact wording. `why` is required on hard cases: the reason the case is hard.
 */
export interface GoldenCase {
  q: string;
  /** Expected reply kind. */
  kind: ReplyKind;
  /**
   * For `answer` (and `referral` that adds an article fact): the section id(s) or FAQ pair id(s)
   * whose text answers the question; any one of them counts as right.
   */
  sections?: string[];
  why?: string;
}

/** A multi-turn dialogue: each turn's message is sent with the context the previous reply returned. */
export interface GoldenDialogue {
  name: string;
  turns: GoldenCase[];
  why?: string;
}

export type Category =
  | 'in-scope'
  | 'out-of-scope'
  | 'smalltalk'
  | 'referral'
  | 'crisis'
  | 'non-crisis';
