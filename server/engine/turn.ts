/**
 * The shapes one message takes on its way through the engine: the turn being answered, what a
 * reply says before it is built, and what answering it produced.
 */
import type { ConversationState } from './context.ts';
import type { Analysis, EngineResult, Reply } from './types.ts';

/** One message on its way through the pipeline. */
export interface Turn {
  a: Analysis;
  /** The message as a question: `a`, or chat writing spelt out (understand/chat.ts). */
  q: Analysis;
  /** The referral detector saw a (general) dose question: the answer carries the dose caution. */
  doseTopic: boolean;
  state: ConversationState;
  message: string;
  /** The look-back the next turn gets: the earlier messages' cue flags and this one's. */
  cues: number[];
  /** Support mode from this reply on (a crisis or concern reply now or earlier). */
  support: boolean;
  /** No crisis card in this conversation so far: support mode, if any, came from check-ins only. */
  gentle: boolean;
}

/** What a reply says; `reply()` fills in the rest (context, rounding, the help card). */
export interface ReplySpec {
  kind: Reply['kind'];
  text: string;
  sources?: Reply['sources'];
  suggestions?: string[];
  /** 0–1; 1 for fixed wording. */
  confidence?: number;
  sectionId?: string | null;
  /** What the trace calls the turn (`fallback:duration`, `support:means`, …). */
  intent: string;
  /** The conversation state to carry forward; the turn's own when absent. */
  next?: ConversationState;
  /** Attach the site's help card (crisis lines) to the reply. */
  help?: boolean;
}

/** An engine result plus what it said, for a caller that wraps it (referral). */
export interface Outcome {
  result: EngineResult;
  said: number[];
  next?: ConversationState;
}
