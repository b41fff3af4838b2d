/**
 * Sections by the role their heading gives them, for a question that asks for that role: how to
 * help someone (understand/helping.ts), when to get help (understand/seek-help.ts), whether what the
 * visitor lives through is the condition (understand/self-check.ts). Ranking puts such a section
 * first; for the first two, it also answers what the question's other words only tell around it.
 */
import type { CorpusModel } from './model.ts';
import type { Query } from './understand/query.ts';

/**
 * The sections of the role a question asks for itself ("what can I do for her?", "should she see
 * someone?", "how do I know if …"), or null: the role is what is asked, so those sections answer it.
 */
function askedSections(model: CorpusModel, query: Query): readonly boolean[] | null {
  return query.helper ? model.forHelpers : query.seekHelp ? model.whenToSeekHelp : query.asksSigns ? model.listsSigns : null;
}

/** The sections that have the role this question asks for, or null when it asks for none. A story
 * that asks "could it be …?" asks for the signs without naming them. */
export function roleSections(model: CorpusModel, query: Query): readonly boolean[] | null {
  return askedSections(model, query) ?? (query.selfCheck ? model.listsSigns : null);
}

/** The question asks what to do (help someone, get help) or how to tell: a section with that role answers it. */
export function roleAnswers(model: CorpusModel, query: Query, tp: number): boolean {
  return askedSections(model, query)?.[tp] === true;
}

/** Heading terms of each role's sections, per model (made on first use). */
const TERMS = new WeakMap<readonly boolean[], string[]>();

/** Concept id of a role's heading words in the question (the last of retrieval's 31). */
const ROLE_CONCEPT = 30;

/**
 * A question that asks what to do or how to tell searches the sections with that role too, by
 * their headings' words, as one more word of the question ("what can I do for my sister?" finds
 * "How can family help?"). A story checked against the signs names them itself.
 */
export function searchRole(model: CorpusModel, query: Query, weight: number): void {
  const role = askedSections(model, query);
  if (role === null) return;
  let terms = TERMS.get(role);
  if (!terms) TERMS.set(role, (terms = [...new Set(model.headingTerms.flatMap((h, tp) => (role[tp] ? [...h] : [])))]));
  for (const t of terms) {
    if (query.weights.has(t)) continue;
    query.weights.set(t, weight);
    query.concepts.set(t, ROLE_CONCEPT);
  }
}

/** Someone else, named by a pronoun: the person the conversation is about. */
const THEM = /\b(?:he|she|they|him|her|them|his|hers|their|hes|shes|theyre)\b/;

/**
 * A follow-up about the same person, after an answer from a section for helpers ("how can I help
 * my husband?" … "he seems high again, should i say something?"), still asks how to help.
 *
 * @example carryHelper(model, query, lastTp, 'what if they keep saying no') // query.helper === true
 */
export function carryHelper(model: CorpusModel, query: Query, lastTp: number | null, normalized: string): void {
  if (!query.helper && lastTp !== null && model.forHelpers[lastTp] === true && THEM.test(normalized)) query.helper = true;
}
