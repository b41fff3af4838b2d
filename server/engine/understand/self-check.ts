/**
 * A visitor who tells what they live through and asks whether it is the condition ("… headaches
 * most days. Could it be burnout?", "I feel numb. Could this be depression?", "… is that normal?"):
 * the sections that list signs and symptoms are where the article answers that. Read from the
 * words alone: general English, nothing about any article's subject.
 */

/** The asking words refer back to what was told: "could it be …", "is this …", "is that normal". */
const CHECKS =
  /\b(?:(?:could|can|might|would|may) (?:it|this|that|these|those) (?:be|mean|just be)|(?:is|are) (?:it|this|that|these|those) (?:normal|a sign|signs|symptoms?|what)|(?:is|are) (?:this|that|these|those) \w+(?: \w+)?\s*[?]?$|do (?:i|you think i) (?:have|suffer from)|am i (?:just )?(?:\w+ )?(?:normal|ok|okay)|does (?:this|that|it) sound like|sounds? like (?:\w+ )?(?:to you)?\s*[?]?$)/;

/** A clause that tells what the visitor lives through ("I've had headaches", "I cant sleep", "I feel numb"). */
const TOLD = /\b(?:i|i've|ive|i'm|im|i am|i have|i keep|i can't|i cant|i feel|i get|i still|my)\b/;

/**
 * @example checksSymptoms("I've had headaches most days. Could it be burnout?") // true
 * @example checksSymptoms('is burnout only about work') // false
 */
export function checksSymptoms(normalized: string): boolean {
  const end = normalized.search(/[^.!?]*[.!?]?\s*$/);
  const last = normalized.slice(end);
  const story = normalized.slice(0, end);
  return CHECKS.test(last) && TOLD.test(story);
}

/** "How do I know if she is lonely?", "how can you tell if it's depression": the signs, asked for. */
const HOW_TO_TELL = /\bhow (?:do|can|would|could|will) (?:i|you|we|u|one|people) (?:know|tell|spot|recogni[sz]e|notice|be sure) (?:if|whether|when|that)\b/;

/**
 * @example asksForSigns('my mum hardly leaves the house, how do i know if she is lonely') // true
 */
export function asksForSigns(normalized: string): boolean {
  return HOW_TO_TELL.test(normalized);
}

const SIGNS = /\b(?:symptoms?|signs?)\b/;

/**
 * A section heading that lists signs or symptoms.
 *
 * @example listsSigns('What are the signs and symptoms of perinatal depression?') // true
 */
export function listsSigns(title: string): boolean {
  return SIGNS.test(title.toLowerCase());
}
