/**
 * Signals read from a message's shape rather than its words: what a past act says about now (a
 * failed attempt with a next time, a place of danger left and returned to), hiding fresh wounds, a
 * question about how much or how long a means takes to stop the body; and the frames that make
 * risk words a subject, not a state (a story's character, a school talk, a clinician's question
 * answered "no"). All read the plain form (phrases.ts `plainText`), each in one regex test.
 */
import { anyWords } from './phrases.ts';
import type { CrisisSignal } from '../types.ts';

/** Cheap necessary condition for every crisis shape below: most messages hold none of these words. */
const HINT = / (?:failed|didnt work|try|did not work|attempt|time|cliff|bridge|edge|roof|rooftop|ledge|tracks|railway|cuts?|burns?|wounds?|heart|come back|wake up|breathing|neck|water|drown|bleed|suffocate|gone|dead|back|return)(?= )/;

/** A past attempt that did not end in death. */
const FAILED = anyWords([
  'last time i failed', 'i failed last time', '(?:last|first|second|previous) attempt (?:\\S+ ){0,3}(?:failed|didnt work|did not work|went wrong)',
  'attempt (?:#|no |number )?\\d (?:\\S+ ){0,3}(?:failed|didnt work|did not work)', '(?:first|second|two|2) attempts? (?:\\S+ ){0,3}(?:failed|didnt work)',
]);
/** The act is expected again, or its means are at hand now. */
const AGAIN = anyWords([
  'third time lucky', '(?:third|next) time', 'right now', 'tomorrow', 'tonight', 'this time', 'i know how to do it', 'do it (?:right|properly)', 'again',
]);
/** "my second try failed": a try is often not an attempt, so only a sure recurrence counts with it. */
const FAILED_TRY = anyWords(['(?:last|first|second|previous) try (?:\\S+ ){0,3}(?:failed|didnt work|did not work)']);
const SURE_AGAIN = anyWords(['i know how to do it', 'do it (?:right|properly)', 'wont (?:make that mistake|fail) again']);
/** Having gone to a place of danger. */
const AT_EDGE = anyWords(['(?:drove|went|walked|climbed|stood|sat|got|cycled) (?:up )?(?:to|on|at|onto) the (?:cliff|bridge|edge|roof|rooftop|ledge|tracks|railway|top floor)s?']);
/** …and left without acting, for now. */
const TURNED_BACK = anyWords(['came (?:home|back|down)', 'turned back', 'walked away', 'went home', 'couldnt do it', 'didnt do it', 'chickened out', 'got scared']);
const RETURN = anyWords(['go(?:ing)? back', 'return', 'tomorrow', 'tonight', 'again', 'next time']);
/** Fresh wounds of one's own making. */
const OWN_WOUND = anyWords(['(?:cuts?|burns?|wounds?|marks) i (?:made|did|gave myself)', '(?:fresh|new) (?:cuts|burns|wounds)']);
const HIDING = anyWords([
  '(?:nobody|no one|noone) (?:\\S+ )?(?:finds? out|knows?|sees?|notices?)', 'hide (?:them|it|the|my)', 'cover (?:them|it) up',
  '(?:parents|mum|mom|dad|family|partner|wife|husband) (?:dont|doesnt|wont|cant) (?:find out|know|see|notice)', 'without (?:anyone|anybody) knowing',
]);
/** A question about an amount or a time until a means stops the body. */
const LETHAL_OUTCOME = anyWords([
  '(?:what amount|what temperature|how much|how many|how long|what dose|enough)(?: \\S+){0,10} (?:stops? (?:my|your|a persons|someones|the|their|his|her) heart|(?:not|never|wont|dont) (?:come back|wake up)|(?:has|have|with|there s|theres) no (?:way|coming) back|stops? (?:me |my |your |their |someones |a persons )?breathing|drown|bleed out|suffocate|(?:before|till|until) (?:you|u|ur|youre|you re|im|i m|i am|a person is|someone is|they are|theyre) (?:gone|dead))',
  '(?:tight|tied|rope|cord|belt|ligature|scarf|string|bag) (?:\\S+ ){0,2}(?:around|over|round) (?:the|my|your|a|his|her|their) (?:neck|head)',
]);

/** Cheap necessary condition for the stated shapes below (a deadline, a stockpile, a risk asked then owned). */
const HINT_STATED = / (?:more|date|til|till|purpose|deliberately|intentionally|only|saved?|saving|stockpil\S*|myself|because|cause|cuz|coz|underwater|under|relapsed|surviving|survive|antifreeze|bleach|poison|weedkiller|cyanide|me|until|\u{1FAA6}|\u26B0\uFE0F?)(?= )/u;
/** A countdown ending in finality: "two more days and then its over for good". */
const DEADLINE = anyWords(['(?:\\S+ )?more (?:days?|nights?|weeks?|sleeps?) (?:\\S+ ){0,4}(?:its|it is|it(?: will|ll|s going to) (?:all )?be|itll (?:all )?be|ill be|i will be|all|everything will be) (?:over|done|gone|finished)']);
/** A date set and the goodbyes begun: "set the date for the 3rd. already told work im leaving". */
const DATE_SET = anyWords(['(?:set|picked|chose|chosen) (?:a|the|my) (?:date|day)(?! for (?:the |my |our )?(?:wedding|move|party|trip|surgery|appointment|infusion|interview))']);
const GOODBYES = anyWords(['told (?:\\S+ ){0,2}(?:im|i am|i m) (?:leaving|going)', 'said (?:my )?goodbyes?', 'gave away (?:my )?\\S+', 'wrote (?:the|my|a) (?:letter|note)s?']);
/** Doses kept back to take at once: "saved up a few weeks of it, whether that would do it". */
const STOCKPILE = anyWords(['(?:saved?|saving|stockpil\\S*|hoard\\S*) (?:up )?(?:\\S+ ){0,6}(?:whether|if|enough) (?:\\S+ ){0,3}(?:would|will|could|might) (?:do it|be enough|kill|end)']);
/** Self-harm with a verb other than "cut", in any grammar: "I am scratch myself with the glass". */
const SELF_INFLICTED = anyWords([
  '(?:scratch|scrap|punch|stab|pinch|bite|bruis|carv|burn|hit|bang)\\S* myself (?:\\S+ ){0,4}(?:on purpose|to (?:feel|stop|calm|punish)|when (?:i )?(?:feel|am|get|m)|until|till|every time|because)',
])

/** A risk asked about in general, then owned: "… when you keep thinking about ending your life? because i do". */
const OWNED = anyWords(['(?:ending|end|take|taking|killing|kill|hurting|hurt|harming) (?:your|yourself|your own)(?: life)? (?:\\S+ ){0,2}(?:because|cause|cuz|coz|cos) i (?:do|am|have)']);
/** A harm relapse that is fresh: "clean from cutting 2 years but i relapsed last night". */
const RELAPSE = anyWords(['(?:i|just|i just|and) relapsed(?: \\S+){0,3} (?:last night|yesterday|today|this morning|this week|tonight|again)']);
const HARM_WORD = / (?:cut\S*|self harm\S*|harm\S*|burn\S*|hurting|blade|razor|pills|overdos\S*)(?= )/;
/** A death question owned: "is it possible to die from mixing X and Y? asking for me". */
const FOR_ME = anyWords(['asking for (?:me|myself)', 'its for me', 'this is for me']);
const DEATH_WORD = / (?:die|dying|kill|lethal|fatal|overdose|od|not wake up)(?= )/;
/** An injury made on purpose, or self-harm as the one thing that copes: "a burn you gave yourself on purpose". */
const ON_PURPOSE = anyWords([
  '(?:burn|burns|cut|cuts|bruise|bruises|wound|wounds|scratch|scratches|marks)(?: \\S+){0,4} (?:yourself|myself|themselves|my (?:arms?|legs?|skin|wrists?|thighs?|body|hands?|stomach)) (?:on purpose|deliberately|intentionally)',
  '(?:burns?|cuts?|bruises?|wounds?|scratches|marks) (?:on|in|across) my (?:\\S+ ){1,4}(?:on purpose|deliberately|intentionally)',
  '(?:cutting|self harm|self harming|selfharm|burning myself|hurting myself|harming myself) (?:is|has been|was) (?:the only|my only|the one) (?:thing|way)',
]);
/** Harm to the body kept up "until" it shows: hair pulled until bald patches, skin picked until it bleeds. */
const UNTIL_MARKS = anyWords(['(?:pull|pulling|pulled|pick|picking|picked|scratch|scratching|hit|hitting|punch|punching|bang|banging|bite|biting|bit|pinch|pinching|burn|burning)(?!(?: my| his| her| their)? (?:nails?|lips?|cuticles?|tongue|food|toast|dinner))(?: \\S+){0,4} (?:until|til|till) (?:\\S+ ){0,3}(?:bleeds?|bled|bleeding|bald|bruises?|bruised|raw|marks?|scars?|blisters?)']);
/** Not meaning to survive the next time: "i survived once, i dont plan on surviving the next". */
const NO_SURVIVAL = anyWords(['(?:dont|do not|wont|not|never) (?:plan(?:ning)? (?:on|to)|going to|gonna|intend(?:ing)? to|want to|wanna) surviv\\S*']);
/** How long a poison takes to act: "how long does it take for antifreeze to work". */
const POISON_ACTS = anyWords(['(?:how (?:long|quickly|fast|soon)|how much time)(?: \\S+){0,4} (?:antifreeze|bleach|rat poison|poison|weedkiller|weed killer|pesticide|cyanide|drain cleaner)(?: \\S+){0,3} (?:to )?(?:works?|acts?|kills?|take effect|kicks? in)'])
/** How long a body lasts without air: "how long underwater before its too late". */
const NO_AIR = anyWords(['(?:how long|how many minutes|how much time)(?: \\S+){0,8} (?:underwater|under water|without air|without breathing)(?: \\S+){0,5} (?:before|until|till)']);
/** "im done 🪦 tonight": an ending, a grave or coffin, and a time. */
const FINAL = / (?:done|over|finished|goodbye|bye|out)(?= )/;
const GRAVE = /\u{1FAA6}|\u26B0/u;
const SOON = / (?:tonight|tomorrow|today|soon|now|rn)(?= )/;

/** A crisis stated in a shape no single word carries (a deadline, a stockpile, a date set), or null. */
function statedSignal(plain: string): Pick<CrisisSignal, 'reason' | 'level'> | null {
  if (!HINT_STATED.test(plain)) return null;
  if (DEADLINE.test(plain)) return { reason: 'shape:deadline', level: 'intent' };
  if (GRAVE.test(plain) && FINAL.test(plain) && SOON.test(plain)) return { reason: 'shape:final-emoji', level: 'intent' };
  if (DATE_SET.test(plain) && GOODBYES.test(plain)) return { reason: 'shape:date-set', level: 'plan-preparation' };
  if (STOCKPILE.test(plain)) return { reason: 'shape:stockpile', level: 'method' };
  if (SELF_INFLICTED.test(plain)) return { reason: 'shape:self-inflicted', level: 'self-harm' };
  if (OWNED.test(plain)) return { reason: 'shape:asked-then-owned', level: 'active-thoughts' };
  if (NO_AIR.test(plain)) return { reason: 'shape:no-air', level: 'means-lethality' };
  if (NO_SURVIVAL.test(plain)) return { reason: 'shape:no-survival', level: 'intent' };
  if (POISON_ACTS.test(plain)) return { reason: 'shape:poison-acts', level: 'means-lethality' };
  if (RELAPSE.test(plain) && HARM_WORD.test(plain)) return { reason: 'shape:fresh-relapse', level: 'past-behaviour' };
  if (FOR_ME.test(plain) && DEATH_WORD.test(plain)) return { reason: 'shape:death-question-owned', level: 'means-lethality' };
  if (UNTIL_MARKS.test(plain)) return { reason: 'shape:until-marks', level: 'self-harm' };
  if (ON_PURPOSE.test(plain)) return { reason: 'shape:on-purpose', level: 'self-harm' };
  return null;
}

/** A crisis read from the message's shape, or null. */
export function shapeSignal(plain: string): Pick<CrisisSignal, 'reason' | 'level'> | null {
  if (!HINT.test(plain)) return statedSignal(plain);
  if ((FAILED.test(plain) && AGAIN.test(plain)) || (FAILED_TRY.test(plain) && SURE_AGAIN.test(plain))) return { reason: 'shape:failed-attempt-again', level: 'past-behaviour' };
  if (AT_EDGE.test(plain) && TURNED_BACK.test(plain) && RETURN.test(plain)) return { reason: 'shape:aborted-return', level: 'past-behaviour' };
  if (OWN_WOUND.test(plain) && HIDING.test(plain)) return { reason: 'shape:hiding-wounds', level: 'self-harm' };
  if (LETHAL_OUTCOME.test(plain)) return { reason: 'shape:lethal-outcome', level: 'means-lethality' };
  return statedSignal(plain);
}

/** Risk words as a work's or a talk's subject: "a character who self-harms", "songs about wanting to die". */
const SUBJECT_FRAME = anyWords([
  '(?:a|my|the|this|his|her|their) (?:fictional )?character',
  '(?:a|an|the|my|his|her|their|our|this|that|these|those|some|many|school|sad) (?:\\S+ )?(?:talk|talks|lesson|assembly|story|stories|character|characters|song|songs|book|books|novel|film|movie|show|series|poem|essay|play|episode|presentation|project|lecture|documentary|podcast|scene|lyrics?)s? (?:(?:is|are|was|were|will be|s) )?(?:about|on|who|where|that|with)',
]);
/** A clinician's or someone's question about risk ("asked if I have a plan"), on the plain form… */
const ASKED = / (?:asked|asks|ask|asking) (?:me )?(?:if|whether) /;
/** …answered "no" (plain form), or with a denial that ends its sentence ("I don't.", normalized form). */
const ANSWER_NO = / (?:no|nope|nah)(?= )/;
const DENIAL_ENDS = / i (?:really |honestly )?(?:dont|don't|do not|havent|haven't|have not)\s*[.!;]/;
/** A measurement of risk in research ("changes in suicide attempts", "powered to detect"). */
const MEASURED = / (?:changes? in|rates? of|reductions? in|reduce[sd]?|powered to detect|detect(?:ed|ing)?|measured?|incidence of|outcomes? (?:of|for|like)) (?:\S+ ){0,2}(?:suicid\S*|self harm\S*|ideation)(?= )/;

/**
 * A real person's risk told through what they wrote ("her essay says she will kill herself", "an
 * essay that reads like a goodbye letter"): a disclosure, not a work's subject.
 */
const DISCLOSED_IN_WORK = anyWords([
  '(?:she|he|they|i) (?:will|wants? to|is going to|are going to|am going to|plans? to|is planning to|is gonna|are gonna|might) (?:kill|end|hurt|harm|cut) (?:herself|himself|themselves|themself|myself|her life|his life|their life|my life|it all)',
  '(?:reads|sounds|looks) like (?:a |her |his |their )?(?:goodbye|suicide|farewell) (?:note|letter|message)',
]);

/**
 * True when the message's risk words are a subject (a story, a talk); `topicOnly` (nothing but
 * topic words matched): also when research measures it.
 */
export function riskAsSubject(plain: string, topicOnly: boolean): boolean {
  return (SUBJECT_FRAME.test(plain) && !DISCLOSED_IN_WORK.test(plain)) || (topicOnly && MEASURED.test(plain));
}

/** True when a risk was asked about ("asked if I want to end my life") and the visitor answers "no". */
export function askedAndDenied(plain: string, normalized: string): boolean {
  const m = ASKED.exec(plain);
  if (m === null) return false;
  const rest = plain.slice(m.index + m[0].length - 1);
  return ANSWER_NO.test(rest) || DENIAL_ENDS.test(normalized);
}

/** A risk denied in passing, in any register: "not tryna unalive or anything", "im not in danger". */
const RISK_DENIED = / (?:not|nah|no|never) (?:\S+ ){0,3}(?:or anything|or whatever|or smth|or something)(?= )| (?:im|i am|i m) not (?:in danger|at risk|unsafe|going to do anything)(?= )| i (?:would|will|d|wd) never (?:\S+ )?(?:hurt|harm|kill) myself(?= )/;

/** True when the message denies a risk in passing: the learned net's guess is set aside. */
export const passingDenial = (plain: string): boolean => RISK_DENIED.test(plain);

/**
 * "How do you stop thinking about suicide?": asking how to live with one's own risk, with the
 * generic "you" of chat. The rules read a generic subject as nobody; this reads it as the visitor.
 */
const COPING_ASKED = anyWords([
  'how (?:do|can|would|should|did|does) (?:you|u|one|ya|someone) (?:stop|cope with|deal with|handle|get over|get rid of|manage|ignore|live with|survive|get through|push through|fight|quiet|shut up|turn off) (?:the |these |those |my |ur |your )?(?:thinking about|thoughts? (?:of|about)|urges? to|wanting to|suicidal|suicide|self harm|selfharm|sh urges|the urge to|thoughts of dying|voices? telling)',
]);

/** True when the message asks how to stop or live with thoughts of suicide or self-harm. */
export const copingAsked = (plain: string): boolean => COPING_ASKED.test(plain);

/** "Im going to do it", "cant stop thinking about doing it": the act unnamed, in the first person. */
const DO_IT = anyWords([
  '(?:i|im|i m|i am|ill|i will|i ll) (?:\\S+ ){0,3}(?:going to|gonna|about to|ready to|want to|wanna|plan to|planning to|thinking about|think about|will|decided to|finally) (?:just )?(?:do|doing|go through with) it(?! (?:again|right|properly|later|for|with|myself))',
]);

/** True for an unnamed act stated in the first person; its meaning comes from the rest of the message. */
export const doingIt = (plain: string): boolean => DO_IT.test(plain);

/** A mind fixed on something: "cant stop thinking about", "keep staring at". */
const FIXATION = '(?:(?:cant|can t|cannot|can not|couldnt|could not) stop|keep|kept) (?:thinking about|looking at|staring at|going back to)';
/** …on "it" or "them" for a long while ("i looked at it for a long time"): what "it" is, the message says. */
const FIXED_ON_IT = anyWords([
  `${FIXATION} (?:it|them)`,
  '(?:cant|can t|cannot|can not|couldnt|could not) stop thinking(?= *$)',
  '(?:looked|stared|staring|looking) at (?:it|them) for (?:a long time|ages|hours|so long)',
]);

/**
 * The test for a mind fixed on a means (`means`: the site's means phrases as one alternation): the
 * means is what the mind is on ("cant stop thinking about the pills in moms nightstand"), not a
 * word of something else ("the bridge photos"), or the message names a means and the mind is on "it".
 */
export function fixedOnMeans(means: string): (plain: string, meansNamed: boolean) => boolean {
  const on = new RegExp(` ${FIXATION}(?: \\S+){0,2}? (?:${means})(?= (?:in|on|at|under|near|by|from|behind|again|tonight|today|all|and|he|she|i|that|which|for|with|so)(?= )| *$)`);
  return (plain, meansNamed) => meansNamed && (on.test(plain) || FIXED_ON_IT.test(plain));
}
