/**
 * A visitor asking whether or when it is time to see a professional ("should she see someone?",
 * "is it time he saw a doctor", "when is it time to get help?"), and the sections that answer it
 * ("When to See a Doctor", "When to get help right away"). Read from the words alone: general
 * English about getting help, nothing about any article's subject.
 */

const PRO = '(?:a |an |the |some |my |her |his |their |professional |medical |urgent |emergency )*(?:doctor|gp|someone|somebody|professional|help|therapist|counsell?or|psychiatrist|psychologist|nurse|er|a&e|emergency|care)';
const ASKS = new RegExp(
  [
    `\\b(?:should|do|does|would|must|need to) (?:i|she|he|they|we|you|my \\w+)(?: \\w+){0,2}? (?:see|get|seek|call|talk to|go to|visit|speak to|ask for) ${PRO}\\b`,
    `\\bis it time (?:for (?:me|her|him|them) )?(?:to |(?:i|she|he|they) )?(?:\\w+ ){0,2}(?:saw|see|got|get|seek|sought|called|call|went to|go to) ${PRO}\\b`,
    `\\bwhen (?:should|do|is it time to|must|to) (?:i |you |we |she |he |they )?(?:see|get|seek|call|go to|talk to) ${PRO}\\b`,
  ].join('|'),
);

/**
 * @example asksToSeekHelp('my mum drinks every night since dad died, should she see someone?') // true
 * @example asksToSeekHelp('can a doctor prescribe it') // false
 */
export function asksToSeekHelp(normalized: string): boolean {
  return ASKS.test(normalized);
}

const WHEN_TO = /^(?:when (?:to|should (?:i|you)) (?:see|get|seek|talk to|call|contact|ask for|go to)\b|getting (?:help|urgent help)\b|(?:seeking|get) help\b)/;

/**
 * A section heading that says when to get help.
 *
 * @example tellsWhenToSeekHelp('When to get help right away') // true
 */
export function tellsWhenToSeekHelp(title: string): boolean {
  return WHEN_TO.test(title.toLowerCase().trim());
}
