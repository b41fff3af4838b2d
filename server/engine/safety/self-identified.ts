/**
 * A visitor who names a group and then says they are in it ("is it good for people who keep
 * thinking about killing themselves? cuz thats me", "people like me who want to die"): the group's
 * description is the visitor's own, so the gate reads it again in the first person.
 */

/** The visitor puts themself in the group just named. */
const SELF_ID =
  /\b(?:that'?s|that is|this is|thats|its|it's|it is) (?:literally |basically |exactly |so |kinda |pretty much )?me\b|\b(?:i'?m|i am|im) (?:one of (?:them|those|these)|in that (?:group|boat))\b|\b(?:asking|ask) (?:for|about) (?:myself|me)\b|\bsame here\b|\bme too\b|\b(?:people|someone|somebody|ppl|folks|those) like me\b/;

/** A group named by what its members do or feel ("people who …", "someone that …"). */
const GROUP = /\b(?:people|someone|somebody|anyone|anybody|those|persons?|patients?|ppl|folks|a person)(?: like me)?,? (?:who|that|whos|who's) /g;

/** Their words, as the visitor's own. */
const THEIRS: Array<[RegExp, string]> = [
  [/\b(?:themselves|themself|himself|herself)\b/g, 'myself'],
  [/\b(?:their|his|her)\b/g, 'my'],
];

/**
 * The message with the group it names read as the visitor ("i keep thinking about killing
 * myself"), or null when the visitor does not say they are in it.
 *
 * @example selfIdentified('is it good for people who want to die? thats me') // 'is it good for i want to die? thats me'
 */
export function selfIdentified(normalized: string): string | null {
  if (!SELF_ID.test(normalized)) return null;
  GROUP.lastIndex = 0;
  if (!GROUP.test(normalized)) return null;
  let text = normalized.replace(GROUP, 'i ');
  for (const [re, to] of THEIRS) text = text.replace(re, to);
  return text;
}
