/**
 * Pipeline step 3: is the message JUST small talk (greeting, thanks, goodbye, help, who/what are
 * you, are you human, are you a doctor)? "hi, how long does it last?" is a question, not small
 * talk: `detectSmalltalk` returns null and `stripSmalltalk` gives the engine the question part.
 */
import { prefixesOf } from './factors.ts';
import { anyOf } from './prefilter.ts';
import type { SmalltalkTexts } from '../site.ts';
import type { Analysis, SmalltalkType } from '../types.ts';

/** Phrases per type, in priority order: "hi, who are you" is about identity, "ok bye thanks" a goodbye. */
export const PHRASES: Array<[SmalltalkType, RegExp]> = [
  ['are-you-doctor', /\b(?:are (?:you|u) (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:doctor|dr|physician|therapist|psychiatrist|psychologist|nurse|counsell?or|clinician|medical professional|professional|licensed|qualified|medically trained)|is (?:this|that|it) (?:medical|professional|clinical) advice|(?:can|do) (?:you|u) (?:give|provide|offer) (?:medical|professional) advice|is (?:this|it) (?:a )?(?:(?:real|actual|actually|really|even) )?(?:doctor|therapist))\b/g],
  ['are-you-human', /\b(?:are (?:you|u) (?:a |an )?(?:real person|real human|real|human|person|bot|robot|ai|computer|machine|automated|chatgpt|alive)|(?:am i|are we) (?:talking|speaking|chatting) (?:to|with) (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:person|human|bot|robot|ai|machine|computer|someone)|is this (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:person|human|bot|robot|ai|chatbot|automated)(?: or (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:person|human|bot|robot|ai|machine))?|(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:person|human|agent|representative)|(?:can|could|may) i (?:talk|speak|chat) (?:to|with) (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:person|human|someone|agent|representative))\b/g],
  ['who-are-you', /\b(?:who are (?:you|u)|what are (?:you|u)|who is this|what is this(?: chat| thing| bot| site)?|who am i (?:talking|speaking|chatting) (?:to|with)|(?:what(?:'s| is)?|whats) your name|who (?:made|built) (?:you|this)|introduce yourself)\b/g],
  ['help', /\b(?:what can (?:you|u) (?:do|help with|answer|tell me)|what (?:can|do|should) i ask(?: (?:you|u|about))?|what do (?:you|u) (?:know|do|cover)|how does this (?:chat |thing )?work|how do i use (?:this|you)|what (?:questions|topics) can (?:you|u) (?:answer|help with)|i need (?:some )?help|(?:can|could) (?:you|u) help(?: me)?|help(?: me)?(?: please)?|menu|options|instructions)\b/g],
  ['goodbye', /\b(?:bye+(?: bye)?|good ?bye|see (?:ya|you|u)(?: later| soon| around)?|cya|later|take care|good ?night|gn|got(?:ta| to) go|have to go|i'm off|farewell|ttyl|(?:i'm|im|i am) (?:all )?done(?: with my questions| for now| here)?|that'?s all|no more questions)\b/g],
  ['thanks', /\b(?:thanks?(?: you)?(?: so much| very much| a lot| a bunch| again| heaps)?|thank u|thankyou|thx|tx|ty|tysm|cheers|much appreciated|appreciate (?:it|that|you|the help)|(?:that|this|it|you) (?:helped|helps|was helpful|is helpful|were helpful)|(?:very |super |really )?helpful)\b/g],
  ['greeting', /\b(?:hi+|hello+|helo|hey+|heya|hiya|howdy|yo|sup|wass?up|what'?s up|greetings|good (?:morning|afternoon|evening|day)|morning|hola|hallo|how are (?:you|u)(?: doing| today)?|how'?s it going|how r u)\b/g],
];

/** Any phrase of any type: the union of PHRASES (not global, so no lastIndex to reset). */
const ANY_PHRASE = anyOf(PHRASES.map(([, re]) => re));

/** Words that carry no request of their own around small talk. */
export const FILLER =
  /\b(?:ok(?:ay)?|so|well|wait|hmm+|actually|um+|uh+|hm+|oh|ah|just|please|pls|again|there|bot|chatbot|friend|lol|haha|great|cool|nice|awesome|perfect|good|and|or something|or what|then|anyway|for now|very much|so much|a lot|really|you|u|me|now|alright|right|yes|yeah|yep|no|nope|sure|fine)\b/g;
const LEFTOVER = /[\p{L}\p{N}]/u;

let opening: RegExp | null | undefined;

/**
 * Small talk leaves no letter or digit behind, so the message's first letter or digit must be
 * removed by a phrase or filler match, which (every pattern opens with \b and a letter) starts
 * right there; earlier removals lie after it and turn a word into " ", which no opening below can
 * span (none has two non-word characters in a row). So the text must open with the start of a
 * phrase or filler: one test at the text's start, built from the patterns' own prefixes
 * (safety-factors.ts). Null, and no shortcut, if a pattern breaks those conditions. Built on
 * first use (~10 ms of cold code), not at start-up.
 */
export function smalltalkOpening(): RegExp | null {
  if (opening !== undefined) return opening;
  const patterns = [...PHRASES.map(([, re]) => re), FILLER];
  const starts = patterns.every((re) => re.source.startsWith('\\b')) ? patterns.map(prefixesOf) : [null];
  const all = starts.some((p) => p === null) ? [] : [...new Set(starts.flat() as string[])];
  const usable = all.length > 0 && all.every((p) => /^[a-z]/.test(p) && !/\W\W/.test(p));
  const alternatives = all.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return (opening = usable ? new RegExp(`^[^\\p{L}\\p{N}]*(?:${alternatives})`, 'u') : null);
}

function clean(text: string, re: RegExp): string {
  re.lastIndex = 0;
  return text.replace(re, ' ');
}

/**
 * The small-talk type of a message that is only small talk, else null.
 *
 * @example detectSmalltalk(analyze('thanks, bye!')) // 'goodbye'
 * @example detectSmalltalk(analyze('hi, how long does it last?')) // null
 */
export function detectSmalltalk(a: Analysis): SmalltalkType | null {
  const start = smalltalkOpening();
  if (start && !start.test(a.normalized)) return null; // most questions: one test at the start
  if (!ANY_PHRASE.test(a.normalized)) return null; // one test instead of seven
  let rest = a.normalized;
  let type: SmalltalkType | null = null;
  for (const [t, re] of PHRASES) {
    re.lastIndex = 0;
    if (re.test(rest)) {
      type ??= t;
      rest = clean(rest, re);
    }
  }
  if (!type) return null;
  return LEFTOVER.test(clean(rest, FILLER)) ? null : type;
}

const GREETING_PREFIX = /^(?:(?:hi+|hello+|hey+|hiya|heya|yo|good (?:morning|afternoon|evening)|thanks?(?: you)?|thx|ok(?:ay)?|so|well)\b[\s,.!:;-]*)+/;

/**
 * The message without a leading greeting or thanks, for the engine to answer.
 *
 * @example stripSmalltalk('Hi, how long does it last?') // 'how long does it last?'
 */
export function stripSmalltalk(text: string): string {
  const lower = text.trim();
  const m = GREETING_PREFIX.exec(lower.toLowerCase());
  return m ? lower.slice(m[0].length).trim() : lower;
}

/**
 * The fixed reply wording for a small-talk type (knowledge/smalltalk.json). The help text ends with
 * the crisis help line from knowledge/crisis.json, so a visitor who asks for help sees where to turn.
 */
export function smalltalkText(texts: SmalltalkTexts, helpLine: string, type: SmalltalkType): string {
  return type === 'help' ? `${texts.help} ${helpLine}` : texts[type];
}
