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
/** What a helper does for someone: help, talk, encourage, react ("how do I get him to open up"). */
const HELPER_ACT =
  '(?:help|support|talk|speak|bring (?:it |this |that )?up|raise (?:it|this)|approach|comfort|reach out|be there|encourage|react|respond|handle|deal with|reassure|include|explain|persuade|convince|get (?:him|her|them)|tell (?:him|her|them)|stop (?:fighting|arguing))';
/** The visitor asks what they can do, say or how to help ("what can I do", "what practical things
 * can we do", "how should I react", "what should I avoid saying"). */
const HELPER_ASK = new RegExp(
  `\\b(?:how (?:do|can|should|could|would|to|might) (?:i |we )?(?:\\w+ )?${HELPER_ACT}|what (?:\\w+ ){0,3}(?:can|should|do|could|might) (?:i|we) (?:\\w+ )?(?:do|say|try|tell)\\b|what should (?:i|we) (?:avoid )?(?:say|saying)\\b|(?:ways|tips) to (?:help|support))`,
);

/**
 * @example asksHowToHelp('my sister refuses to see a doctor, what can i do') // true
 * @example asksHowToHelp('what can i do to sleep better') // false
 */
export function asksHowToHelp(normalized: string): boolean {
  return HELPER_ASK.test(normalized) && OTHER.test(normalized);
}

const HELPING = /\b(?:help|helps|helping|support|supporting|care for|caring for|talk to|talking to|be there for|conversation with)\b/;
const PEOPLE = new RegExp(`\\b(?:family|families|someone|somebody|others|relatives?|carers?|caregivers?|children|young people|mate|pupil|${CLOSE_PEOPLE})s?\\b`);
/** A heading addressed to those who help: "For partners and family", "A note for parents and carers",
 * "Looking after yourself as a supporter". */
const ADDRESSED = /^(?:(?:a )?(?:note|guide|information|advice|tips) )?for (?:partners|family|families|friends|parents|carers|caregivers|relatives|loved ones|colleagues|managers|teachers)\b|\bas a (?:supporter|carer|caregiver|parent|partner|friend)\b/;

/**
 * A section heading addressed to those who help someone.
 *
 * @example headsForHelpers('How can partners, family, and friends help?') // true
 * @example headsForHelpers('Self-care') // false
 */
export function headsForHelpers(title: string): boolean {
  const t = title.toLowerCase();
  return (HELPING.test(t) && PEOPLE.test(t)) || ADDRESSED.test(t);
}

