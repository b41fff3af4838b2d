/**
 * Pipeline step 3: is the message JUST small talk (greeting, thanks, goodbye, help, who/what are
 * you, are you human, are you a doctor)? "hi, how long does ketamine last?" is a question, not small
 * talk: `detectSmalltalk` returns null and `stripSmalltalk` gives the engine the question part.
 */
import smalltalkData from '../knowledge/smalltalk.json' with { type: 'json' };
import { loadCrisisResources } from './safety.ts';
import type { Analysis, SmalltalkType } from './types.ts';

/** Phrases per type, in priority order: "hi, who are you" is about identity, "ok bye thanks" a goodbye. */
const PHRASES: Array<[SmalltalkType, RegExp]> = [
  ['are-you-doctor', /\b(?:are (?:you|u) (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:doctor|dr|physician|therapist|psychiatrist|psychologist|nurse|counsell?or|clinician|medical professional|professional|licensed|qualified|medically trained)|is (?:this|that|it) (?:medical|professional|clinical) advice|(?:can|do) (?:you|u) (?:give|provide|offer) (?:medical|professional) advice|is (?:this|it) (?:a )?(?:(?:real|actual|actually|really|even) )?(?:doctor|therapist))\b/g],
  ['are-you-human', /\b(?:are (?:you|u) (?:a |an )?(?:real person|real human|real|human|person|bot|robot|ai|computer|machine|automated|chatgpt|alive)|(?:am i|are we) (?:talking|speaking|chatting) (?:to|with) (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:person|human|bot|robot|ai|machine|computer|someone)|is this (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:person|human|bot|robot|ai|chatbot|automated)(?: or (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:person|human|bot|robot|ai|machine))?|(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:person|human|agent|representative)|(?:can|could|may) i (?:talk|speak|chat) (?:to|with) (?:a |an )?(?:(?:real|actual|actually|really|even) )?(?:person|human|someone|agent|representative))\b/g],
  ['who-are-you', /\b(?:who are (?:you|u)|what are (?:you|u)|who is this|what is this(?: chat| thing| bot| site)?|who am i (?:talking|speaking|chatting) (?:to|with)|(?:what(?:'s| is)?|whats) your name|who (?:made|built) (?:you|this)|introduce yourself)\b/g],
  ['help', /\b(?:what can (?:you|u) (?:do|help with|answer|tell me)|what (?:can|do|should) i ask(?: (?:you|u|about))?|what do (?:you|u) (?:know|do|cover)|how does this (?:chat |thing )?work|how do i use (?:this|you)|what (?:questions|topics) can (?:you|u) (?:answer|help with)|i need (?:some )?help|(?:can|could) (?:you|u) help(?: me)?|help(?: me)?(?: please)?|menu|options|instructions)\b/g],
  ['goodbye', /\b(?:bye+(?: bye)?|good ?bye|see (?:ya|you|u)(?: later| soon| around)?|cya|later|take care|good ?night|gn|got(?:ta| to) go|have to go|i'm off|farewell|ttyl|(?:i'm|im|i am) (?:all )?done(?: with my questions| for now| here)?|that'?s all|no more questions)\b/g],
  ['thanks', /\b(?:thanks?(?: you)?(?: so much| very much| a lot| a bunch| again| heaps)?|thank u|thankyou|thx|tx|ty|tysm|cheers|much appreciated|appreciate (?:it|that|you|the help)|(?:that|this|it|you) (?:helped|helps|was helpful|is helpful|were helpful)|(?:very |super |really )?helpful)\b/g],
  ['greeting', /\b(?:hi+|hello+|helo|hey+|heya|hiya|howdy|yo|sup|wass?up|what'?s up|greetings|good (?:morning|afternoon|evening|day)|morning|hola|hallo|how are (?:you|u)(?: doing| today)?|how'?s it going|how r u)\b/g],
];

/** Words that carry no request of their own around small talk. */
const FILLER =
  /\b(?:ok(?:ay)?|so|well|wait|hmm+|actually|um+|uh+|hm+|oh|ah|just|please|pls|again|there|bot|chatbot|friend|lol|haha|great|cool|nice|awesome|perfect|good|and|or something|or what|then|anyway|for now|very much|so much|a lot|really|you|u|me|now|alright|right|yes|yeah|yep|no|nope|sure|fine)\b/g;
const LEFTOVER = /[\p{L}\p{N}]/u;

function clean(text: string, re: RegExp): string {
  re.lastIndex = 0;
  return text.replace(re, ' ');
}

/**
 * The small-talk type of a message that is only small talk, else null.
 *
 * @example detectSmalltalk(analyze('thanks, bye!')) // 'goodbye'
 * @example detectSmalltalk(analyze('hi, how long does ketamine last?')) // null
 */
export function detectSmalltalk(a: Analysis): SmalltalkType | null {
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
 * @example stripSmalltalk('Hi, how long does ketamine last?') // 'how long does ketamine last?'
 */
export function stripSmalltalk(text: string): string {
  const lower = text.trim();
  const m = GREETING_PREFIX.exec(lower.toLowerCase());
  return m ? lower.slice(m[0].length).trim() : lower;
}

type SmalltalkTexts = Record<SmalltalkType, string>;
const TEXTS = smalltalkData as SmalltalkTexts;
const TYPES: SmalltalkType[] = ['greeting', 'thanks', 'goodbye', 'help', 'who-are-you', 'are-you-human', 'are-you-doctor'];
for (const t of TYPES) {
  if (typeof TEXTS[t] !== 'string' || TEXTS[t].length === 0) {
    throw new Error(`faqchat: knowledge/smalltalk.json needs a non-empty "${t}"`);
  }
}

/**
 * The fixed reply wording for a small-talk type (knowledge/smalltalk.json). The help text ends with
 * the crisis help line from knowledge/crisis.json, so a visitor who asks for help sees where to turn.
 */
export function smalltalkText(type: SmalltalkType): string {
  return type === 'help' ? `${TEXTS.help} ${loadCrisisResources().helpLine}` : TEXTS[type];
}
