/**
 * The golden set in one import: in-scope questions, out-of-scope questions, multi-turn dialogues
 * (this team's evaluation files) and the safety cases (crisis, tricky non-crisis, referral, small
 * talk) from tests/golden/safety.ts.
 */
export type { Category, GoldenCase, GoldenDialogue } from './types.ts';
export { S, SECTION_IDS, ask, inscope, type SectionId } from './inscope.ts';
export { outOfScopeInDomain, outOfScopeOffDomain, outofscope } from './outofscope.ts';
export { dialogues } from './dialogues.ts';
export { crisis, nonCrisis, referral, smalltalk } from './safety.ts';
