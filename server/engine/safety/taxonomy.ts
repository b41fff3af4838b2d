/**
 * The crisis taxonomy: Columbia (C-SSRS) screening levels, in rising order, plus non-suicidal
 * self-harm, a third person at risk, and questions about lethality and means. Every signal the gate
 * returns names one level, so the evaluation, the reply and a clinician reviewing a rule read the
 * same scale.
 */
export const CRISIS_LEVELS = [
  'wish-dead',
  'active-thoughts',
  'method',
  'intent',
  'plan-preparation',
  'past-behaviour',
  'self-harm',
  'third-person',
  'means-lethality',
] as const;
export type CrisisLevel = (typeof CRISIS_LEVELS)[number];

/** The level of each rule of the core lexicon (server/engine/safety/lexicon.ts), by rule id. */
export const RULE_LEVELS: Readonly<Record<string, CrisisLevel>> = {
  'ideation:intent': 'active-thoughts',
  'ideation:talks-about': 'active-thoughts',
  'ideation:wish': 'wish-dead',
  'ideation:wish-dead': 'wish-dead',
  'ideation:slang': 'active-thoughts',
  'ideation:it-to-end': 'wish-dead',
  'ideation:death-thoughts': 'active-thoughts',
  'ideation:not-want-live': 'wish-dead',
  'ideation:cant-go-on': 'wish-dead',
  'ideation:cant-do-this': 'wish-dead',
  'ideation:no-reason': 'wish-dead',
  'ideation:not-worth': 'wish-dead',
  'ideation:nothing-to-live-for': 'wish-dead',
  'ideation:tired-of-life': 'wish-dead',
  'ideation:normal-to': 'active-thoughts',
  'ideation:topic-personal': 'active-thoughts',
  'ideation:topic-disclosed': 'active-thoughts',
  'indirect:better-off': 'wish-dead',
  'indirect:nobody-would-miss': 'wish-dead',
  'indirect:not-much-longer': 'intent',
  'indirect:burden': 'wish-dead',
  'indirect:farewell': 'intent',
  'indirect:giving-away': 'plan-preparation',
  'method:took-too-many': 'past-behaviour',
  'method:overdosed': 'past-behaviour',
  'method:lethal-quantity': 'means-lethality',
  'method:lethal-dose': 'means-lethality',
  'method:take-all-die': 'method',
  'method:way-to-die': 'means-lethality',
  'method:height': 'means-lethality',
  'method:jump': 'method',
  'method:hanging': 'method',
  'method:gun': 'method',
  'method:vehicle': 'method',
  'method:do-it-with': 'method',
  'method:at-the-edge': 'method',
  'method:stockpile': 'plan-preparation',
  'method:die-from-pills': 'method',
  'selfharm:act': 'self-harm',
};

/** A rule id's level: the table, else its family ("plan:…" → plan-preparation), else wish-dead. */
export function levelOf(id: string): CrisisLevel {
  const known = RULE_LEVELS[id];
  if (known) return known;
  const family = id.slice(0, id.indexOf(':'));
  return FAMILY_LEVELS[family] ?? 'wish-dead';
}

const FAMILY_LEVELS: Record<string, CrisisLevel> = {
  wish: 'wish-dead',
  ideation: 'active-thoughts',
  method: 'method',
  intent: 'intent',
  plan: 'plan-preparation',
  past: 'past-behaviour',
  selfharm: 'self-harm',
  other: 'third-person',
  means: 'means-lethality',
  weak: 'wish-dead',
  slang: 'active-thoughts',
  es: 'active-thoughts',
};

/** One pattern of the core lexicon (server/engine/safety/lexicon.ts explains the fields). */
export interface RuleSpec {
  id: string;
  /** A context cue (a time, a means): it composes with other cues but shows nothing alone. */
  cue?: boolean;
  on: 'lem' | 'tok';
  src: string;
  deniable: boolean;
  anchor?: 'notGeneric' | 'person';
  weak?: boolean;
}
