/**
 * Signals read from a message's shape rather than its words: what a past act says about now (a
 * failed attempt with a next time, a place of danger left and returned to), hiding fresh wounds, a
 * question about how much or how long a means takes to stop the body; and the frames that make
 * risk words a subject, not a state (a story's character, a school talk, a clinician's question
 * answered "no"). All read the plain form (phrases.ts `plainText`), each in one regex test.
 */
import type { CrisisSignal } from '../types.ts';

const words = (list: readonly string[]): RegExp => new RegExp(` (?:${list.join('|')})(?= )`);

/** Cheap necessary condition for every crisis shape below: most messages hold none of these words. */
const HINT = / (?:failed|didnt work|try|did not work|attempt|time|cliff|bridge|edge|roof|rooftop|ledge|tracks|railway|cuts?|burns?|wounds?|heart|come back|wake up|breathing|neck|water|drown|bleed|suffocate)(?= )/;

/** A past attempt that did not end in death. */
const FAILED = words([
  'last time i failed', 'i failed last time', '(?:last|first|second|previous) attempt (?:\\S+ ){0,3}(?:failed|didnt work|did not work|went wrong)',
  'attempt (?:#|no |number )?\\d (?:\\S+ ){0,3}(?:failed|didnt work|did not work)', '(?:first|second|two|2) attempts? (?:\\S+ ){0,3}(?:failed|didnt work)',
]);
/** The act is expected again, or its means are at hand now. */
const AGAIN = words([
  'third time lucky', '(?:third|next) time', 'right now', 'tomorrow', 'tonight', 'this time', 'i know how to do it', 'do it (?:right|properly)', 'again',
]);
/** "my second try failed": a try is often not an attempt, so only a sure recurrence counts with it. */
const FAILED_TRY = words(['(?:last|first|second|previous) try (?:\\S+ ){0,3}(?:failed|didnt work|did not work)']);
const SURE_AGAIN = words(['i know how to do it', 'do it (?:right|properly)', 'wont (?:make that mistake|fail) again']);
/** Having gone to a place of danger. */
const AT_EDGE = words(['(?:drove|went|walked|climbed|stood|sat|got|cycled) (?:up )?(?:to|on|at|onto) the (?:cliff|bridge|edge|roof|rooftop|ledge|tracks|railway|top floor)s?']);
/** …and left without acting, for now. */
const TURNED_BACK = words(['came (?:home|back|down)', 'turned back', 'walked away', 'went home', 'couldnt do it', 'didnt do it', 'chickened out', 'got scared']);
const RETURN = words(['go(?:ing)? back', 'return', 'tomorrow', 'tonight', 'again', 'next time']);
/** Fresh wounds of one's own making. */
const OWN_WOUND = words(['(?:cuts?|burns?|wounds?|marks) i (?:made|did|gave myself)', '(?:fresh|new) (?:cuts|burns|wounds)']);
const HIDING = words([
  '(?:nobody|no one|noone) (?:\\S+ )?(?:finds? out|knows?|sees?|notices?)', 'hide (?:them|it|the|my)', 'cover (?:them|it) up',
  '(?:parents|mum|mom|dad|family|partner|wife|husband) (?:dont|doesnt|wont|cant) (?:find out|know|see|notice)', 'without (?:anyone|anybody) knowing',
]);
/** A question about an amount or a time until a means stops the body. */
const LETHAL_OUTCOME = words([
  '(?:what amount|what temperature|how much|how many|how long|what dose|enough)(?: \\S+){0,10} (?:stop (?:my|your|a persons|someones|the|their|his|her) heart|(?:not|never|wont|dont) (?:come back|wake up)|stop (?:me |my |your |their )?breathing|drown|bleed out|suffocate)',
  '(?:tight|tied|rope|cord|belt|ligature|scarf|string|bag) (?:\\S+ ){0,2}(?:around|over|round) (?:the|my|your|a|his|her|their) (?:neck|head)',
]);

/** A crisis read from the message's shape, or null. */
export function shapeSignal(plain: string): Pick<CrisisSignal, 'reason' | 'level'> | null {
  if (!HINT.test(plain)) return null;
  if ((FAILED.test(plain) && AGAIN.test(plain)) || (FAILED_TRY.test(plain) && SURE_AGAIN.test(plain))) return { reason: 'shape:failed-attempt-again', level: 'past-behaviour' };
  if (AT_EDGE.test(plain) && TURNED_BACK.test(plain) && RETURN.test(plain)) return { reason: 'shape:aborted-return', level: 'past-behaviour' };
  if (OWN_WOUND.test(plain) && HIDING.test(plain)) return { reason: 'shape:hiding-wounds', level: 'self-harm' };
  if (LETHAL_OUTCOME.test(plain)) return { reason: 'shape:lethal-outcome', level: 'means-lethality' };
  return null;
}

/** Risk words as a work's or a talk's subject: "a character who self-harms", "songs about wanting to die". */
const SUBJECT_FRAME = words([
  '(?:a|my|the|this|his|her|their) (?:fictional )?character',
  '(?:a|an|the|my|his|her|their|our|this|that|these|those|some|many|school|sad) (?:\\S+ )?(?:talk|talks|lesson|assembly|story|stories|character|characters|song|songs|book|books|novel|film|movie|show|series|poem|essay|play|episode|presentation|project|lecture|documentary|podcast|scene|lyrics?)s? (?:about|on|who|where|that|with)',
]);
/** A clinician's or someone's question about risk ("asked if I have a plan"), on the plain form… */
const ASKED = / (?:asked|asks|ask|asking) (?:me )?(?:if|whether) /;
/** …answered "no" (plain form), or with a denial that ends its sentence ("I don't.", normalized form). */
const ANSWER_NO = / (?:no|nope|nah)(?= )/;
const DENIAL_ENDS = / i (?:really |honestly )?(?:dont|don't|do not|havent|haven't|have not)\s*[.!;]/;
/** A measurement of risk in research ("changes in suicide attempts", "powered to detect"). */
const MEASURED = / (?:changes? in|rates? of|reductions? in|reduce[sd]?|powered to detect|detect(?:ed|ing)?|measured?|incidence of|outcomes? (?:of|for|like)) (?:\S+ ){0,2}(?:suicid\S*|self harm\S*|ideation)(?= )/;

/**
 * True when the message's risk words are a subject (a story, a talk); `topicOnly` (nothing but
 * topic words matched): also when research measures it.
 */
export function riskAsSubject(plain: string, topicOnly: boolean): boolean {
  return SUBJECT_FRAME.test(plain) || (topicOnly && MEASURED.test(plain));
}

/** True when a risk was asked about ("asked if I want to end my life") and the visitor answers "no". */
export function askedAndDenied(plain: string, normalized: string): boolean {
  const m = ASKED.exec(plain);
  if (m === null) return false;
  const rest = plain.slice(m.index + m[0].length - 1);
  return ANSWER_NO.test(rest) || DENIAL_ENDS.test(normalized);
}

/** A risk denied in passing, in any register: "not tryna unalive or anything", "im not in danger". */
const RISK_DENIED = / (?:not|nah|no|never) (?:\S+ ){0,3}(?:or anything|or whatever|or smth|or something)(?= )| (?:im|i am|i m) not (?:in danger|at risk|unsafe|going to do anything)(?= )/;

/** True when the message denies a risk in passing: the learned net's guess is set aside. */
export const passingDenial = (plain: string): boolean => RISK_DENIED.test(plain);
