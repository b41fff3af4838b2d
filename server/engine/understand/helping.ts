/**
 * A visitor asking how to help someone else ("my sister won't see a doctor, what can I do?", "how
 * do I bring it up with her?"), and the sections written for helpers ("How can partners, family,
 * and friends help?", "How to help someone having a panic attack"). Read from the words alone:
 * general English about people and helping, nothing about any article's subject.
 */

/** The people close to a visitor, as one alternation (a plural "s" may follow). */
export const CLOSE_PEOPLE =
  'friend|bf|gf|boyfriend|girlfriend|partner|husband|wife|spouse|son|daughter|kid|child|teen|teenager|brother|sister|sibling|mom|mum|mother|dad|father|parent|cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|nan|gran|grandad|roommate|flatmate|coworker|colleague|classmate|bestie|fiance|fiancee|neighbou?r|stepdad|stepmom|loved one';

/** Someone close to the visitor, or someone in general. */
const OTHER = new RegExp(`\\b(?:(?:my|our)\\s+(?:\\w+\\s+)?(?:${CLOSE_PEOPLE})s?|someone|somebody|a loved one|him|her|them)\\b`);
/** The visitor asks what they can do, say or how to help ("what can I do", "how do I bring it up"). */
const HELPER_ASK =
  /\b(?:how (?:do|can|should|could|would|to|might) (?:i |we )?(?:help|support|talk|speak|bring (?:it |this )?up|approach|comfort|reach out|be there)|what (?:can|should|do|could) (?:i|we) (?:do|say)\b|how (?:can|do|should) (?:i|we) respond|(?:ways|tips) to (?:help|support))/;

/**
 * @example asksHowToHelp('my sister refuses to see a doctor, what can i do') // true
 * @example asksHowToHelp('what can i do to sleep better') // false
 */
export function asksHowToHelp(normalized: string): boolean {
  return HELPER_ASK.test(normalized) && OTHER.test(normalized);
}

const HELPING = /\b(?:help|helps|helping|support|supporting|care for|caring for|talk to|talking to|be there for)\b/;
const PEOPLE = /\b(?:friends?|family|families|partners?|loved ones?|someone|somebody|others|relatives?|carers?|caregivers?|parents?|colleagues?|spouses?)\b/;

/**
 * A section heading addressed to those who help someone.
 *
 * @example headsForHelpers('How can partners, family, and friends help?') // true
 * @example headsForHelpers('Self-care') // false
 */
export function headsForHelpers(title: string): boolean {
  const t = title.toLowerCase();
  return HELPING.test(t) && PEOPLE.test(t);
}

