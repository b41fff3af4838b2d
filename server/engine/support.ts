/**
 * Support mode: after a crisis or concern reply, for the rest of the session. Replies never fall
 * back to "the article doesn't cover that": they acknowledge and offer the other ways to reach help;
 * small talk is answered warmly; means and dose details are withheld with a kind sentence; every
 * reply carries the help line and the help card. The wording is site data (knowledge/safety.json).
 */
import type { SupportTexts } from './site.ts';
import type { Analysis, SmalltalkType } from './types.ts';

/** What a message in support mode is, before any article answer is looked for. */
export type SupportMove = 'noCall' | 'human' | 'ok' | 'thanks' | 'means' | 'hopeless' | null;

const NO_CALL = /\b(?:do ?n[o']?t|do not|ca ?n[o']?t|cannot|wo ?n[o']?t|will not|not gonna|not going to|never) (?:want to |wanna |going to |gonna )?(?:call|phone|ring|talk to (?:anyone|anybody|someone|a stranger|them|strangers))|\bhate (?:calling|phones?|talking on the phone)|\bno one to (?:call|talk to)\b/;
const HUMAN = /\b(?:real|actual) (?:person|human|people)|\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:person|human|someone real|somebody real)|\bare you (?:real|human|a person|a bot|a robot)|\bis this (?:a bot|a real person|automated)/;
const OK = /^(?:ok(?:ay)?|k+|kk|fine|sure|alright|all right|yeah|yes|yep|no|nope|maybe|i guess|idk|i don'?t know|hm+|mm+|ok(?:ay)? thanks?|whatever|right|got it|i see)[.!?\s]*$/;
const THANKS = /^(?:thanks?|thank you|thx|ty|cheers)\b/;
const MEANS = /\b(?:how (?:much|many)|doses?|dosage|dosing|mg|milligrams?|lethal|fatal|overdos\w*|too much|too many|max(?:imum)?|enough to|how high|how tall|strongest)\b/;
const HOPELESS = /\b(?:nothing|none of (?:them|it)|no (?:treatment|med|medication|drug)s?) (?:ever )?(?:work|works|worked|helps?|helped|has helped)|\btried (?:everything|every|all (?:the|of))|\b(?:meds|medications?|treatments?|antidepressants?|therapy|therapies|pills|infusions?) (?:never|do ?n[o']?t|did ?n[o']?t|have ?n[o']?t|never) (?:work|help|worked|helped)|\b(?:wo ?n[o']?t|will never|never) (?:work|help) for me\b|\bwhy (?:bother|try)\b|\bwaste of (?:time|money)\b/;

/**
 * @example supportMove(analyze("i don't want to call anyone"), null, false) // 'noCall'
 */
export function supportMove(a: Analysis, smalltalk: SmalltalkType | null, meansCue: boolean): SupportMove {
  const t = a.normalized.trim();
  if (NO_CALL.test(t)) return 'noCall';
  if (HUMAN.test(t) || smalltalk === 'are-you-human') return 'human';
  if (meansCue || MEANS.test(t)) return 'means';
  if (HOPELESS.test(t)) return 'hopeless';
  if (smalltalk === 'thanks' || THANKS.test(t)) return 'thanks';
  if (OK.test(t)) return 'ok';
  return null;
}

/** The text of a move's reply, help line last. */
export function supportText(texts: SupportTexts, move: Exclude<SupportMove, null>, helpLine: string): string {
  const lines: Record<Exclude<SupportMove, null>, string[]> = {
    noCall: [texts.noCall],
    human: [texts.human],
    ok: [texts.ok],
    thanks: [texts.thanks],
    means: [texts.meansWithheld],
    hopeless: [texts.hopeless, texts.ways],
  };
  return [...lines[move], helpLine].join('\n\n');
}

/** Anything else the article can't answer: acknowledge, and the other ways to reach help. */
export function acknowledgeText(texts: SupportTexts, helpLine: string): string {
  return [texts.acknowledge, texts.ways, helpLine].join('\n\n');
}

/** Dose figures: a dose caution on the answer, or an amount in it. */
export const DOSE_FIGURE = /\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|ml|mcg|µg|mg\/kg|tablets?|pills?)\b/i;

const SELF = /\b(?:i|i'm|im|i've|ive|i'd|id|me|my|myself)\b/;
const QUESTION = /\?|(?:^|[,.;:!] ?)(?:how|what|why|when|where|which|who|is|are|can|could|does|do|did|will|would|should|may|has|have)\b|\b(?:how (?:long|much|many|does|do|is|can)|what (?:is|are|does|do)|does (?:it|this|that|the))\b/;

/** A statement about oneself, not a question ("I lost my job"): never gets the cold fallback. */
export function personalStatement(a: Analysis): boolean {
  const t = a.normalized.trim();
  return SELF.test(t) && !QUESTION.test(t);
}
