/**
 * Blind evaluation cases for the answer engine, one file per article and half (dev / test).
 * Written without reading the engine (server/) so they measure generalisation; test halves are never tuned on.
 */
export interface ArticleCase {
  q: string;
  /** 'answer': the article answers it; 'fallback': it does not (out of scope). */
  expect: 'answer' | 'fallback';
  /** For 'answer': heading text(s) of the section(s) whose text answers it, exactly as in the article (any one counts). */
  headings?: string[];
  /** For 'answer': short verbatim fragments (5-12 words copied exactly from the article) of which the answer should contain at least one; the sentence(s) that really answer. */
  evidence?: string[];
  /** Wording class. */
  style:
    | 'plain'
    | 'paraphrase'
    | 'short'
    | 'typo'
    | 'phonetic'
    | 'emoji-filler'
    | 'caregiver'
    | 'yes-no'
    | 'comparison'
    | 'two-part'
    | 'non-native'
    | 'long-personal'
    | 'out-of-scope';
  /** Optional: messages asked before this one, in the same conversation (follow-ups). */
  before?: string[];
  why?: string;
}
