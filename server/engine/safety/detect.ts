/**
 * Pipeline step 1, the safety gate: one verdict per message — `crisis` (the crisis card), `concern`
 * (a gentle check-in with the resources) or none — with its Columbia level. It composes the core
 * lexicon's matches (gate.ts) with the site's vocabulary (knowledge/safety.json: slang, distress,
 * means, a Spanish lexicon), past behaviour read against the present (past.ts), and the look-back:
 * derived cue flags of the earlier messages, never their words.
 */
import { CUE, LOOKBACK } from './cues.ts';
import { DISCLOSURE, DISMISSAL, TOPIC } from './lexicon.ts';
import { scan, type Hit } from './gate.ts';
import { deobfuscate } from './deobfuscate.ts';
import { createFuzzy } from './fuzzy.ts';
import { mayHavePast, othersDeath, readPast, settledPast, toldAsHistory } from './past.ts';
import { anyWords, phraseMatcher, plainText } from './phrases.ts';
import { lethalQuestion, meansQuestion } from './lethality.ts';
import { levelOf } from './taxonomy.ts';
import { askedAndDenied, copingAsked, doingIt, fixedOnMeans, passingDenial, riskAsSubject, shapeSignal } from './structure.ts';
import { createScorer, harmWords, riskVocabulary, type RiskVocabulary } from './scorer.ts';
import { GENERIC_WORDS, viewOf, viewOfText, type View } from './view.ts';
import type { DomainWords, SafetyData, SafetyTerm } from '../site.ts';
import type { Analysis, CrisisSignal, CrisisWho } from '../types.ts';


export interface GateVerdict {
  signal: CrisisSignal;
  /**
   * The message told of suicide or self-harm that the rules read as history or as nobody's now
   * (recovery, a relative's past, a research question): no tier, but its words are never kept.
   */
  told?: true;
  /** This message's cue flags, for the next turns' look-back. */
  cues: number;
  /**
   * A risk word in a message about oneself or someone close, with no verdict: if the articles
   * can't answer it, the engine gives the concern tier instead of the fallback.
   */
  halfCue: boolean;
  /**
   * The learned risk score of a message the rules gave no verdict (scorer.ts); 0 when the message
   * denies a risk or tells settled history. The engine lifts a high one to the concern tier.
   */
  risk: number;
  /**
   * A question the rules did not read about how much, how high or how fast a named means harms
   * ("how much X before your heart gives out", "which floor is high enough"): if the articles can't
   * answer it, the engine gives the concern tier.
   */
  meansAsked: boolean;
}

export interface CrisisGate {
  /** `earlier`: cue masks of the previous visitor messages, oldest first. */
  assess(a: Analysis, earlier?: readonly number[]): GateVerdict;
}

const NONE: CrisisSignal = Object.freeze({ crisis: false, concern: false, who: 'self', reason: 'none', level: 'none' }) as CrisisSignal;
/** (With the negators of the languages people often open in before their English: German, French, Spanish, Italian, Portuguese, Dutch.) */
const NEGATED_BEFORE = / (?:not|never|dont|wont|no|zero|isnt|im not|i am not|without|nicht|kein|keine|pas|nao|niet|geen|non|nie|hindi|tidak|nahi|nahin|wala|wla|mesh|mish|msh)(?: \S+){0,2} $/;
/** "What does 'kms' mean?": slang asked about, not used. */
const META = / what (?:does|do|is|s) (?:\S+ ){1,3}(?:mean|stand for)(?= )| as a joke(?= )| means what(?= )| (?:trend|meme)s? (?:\S+ )?about(?= )| slang like (?:that|this)(?= )| why do (?:people|they|kids|teens|some people) (?:say|use|write)(?= )| (?:say|saying|use|using) \S+ instead of(?= )/;
/** Earlier words taken back and safety said: "when I said I want it all to stop I meant … I am safe". */
const RETRACTED = / (?:when|what) i said (?:\S+ ){1,10}i (?:meant|was talking about)(?= )/;
/** …unless it says otherwise anywhere ("on purpose, not by accident"). */
const ON_PURPOSE = / (?:on purpose|deliberately|intentionally|meant to|not (?:by )?(?:an )?accident(?:ally)?|(?:wasnt|was not|werent) (?:an |by )?accident\S*)(?= )/;
/** A dose taken by mistake ("took too many iron tablets by accident"): a question for a pharmacist, not a crisis. */
const ACCIDENTAL = / (?:by accident|accidentally|by mistake|mistakenly|without thinking|forgot (?:that )?i (?:had )?(?:already )?(?:taken|took|had))(?! on purpose)(?= )/;
const SAFE_NOW = / (?:i am|im|i m) (?:safe|not in danger|not suicidal|okay|ok|fine)(?= )/;
/** "How should I talk to my friend about self-harm?": a helper asking how, not a person at risk. */
const HELPER = / (?:how (?:do|should|can|could|would|to) (?:i |we |you )?(?:talk|speak|bring (?:it )?up|ask|approach|support|help|explain|raise|mention|discuss|address|write about|cover)|what (?:should|do|can|could) (?:i|we) (?:say|do|tell)|how (?:do|can|should) i respond)(?= )/;
/** A helper's question about a hypothetical person or the topic, not someone they name. */
const HYPOTHETICAL = / (?:(?:if|when) (?:someone|somebody|a friend|a person|they|people|anyone|a loved one|(?:a|an|one of (?:my|our|the)|any of (?:my|our|the)) \S+)|(?:someone|somebody|a friend|a person|people|anyone) who|about (?:self harm|selfharm|suicide|suicidal thoughts))(?= )/;
/** A story read or heard about someone else, or a question about animals: not a person at risk now. */
const REPORTED = / (?:i (?:read|saw|heard|watched) (?:about|that|a|an|on)|(?:saw|read|heard|found|came across) (?:it|that|this|the term|the phrase) (?:in|on) (?:a|an|my|the|our)|in (?:a|an|my|the|our) (?:\S+ )?(?:textbook|lecture|class|course|module|seminar|exam|homework|assignment|paper|journal)|in the news|a documentary|(?:in|for|on) (?:a |an |my |our )?(?:horses?|animals?|rats?|mice|mouse|dogs?|cats?|pigs?|monkeys?|cattle|cows?))(?= )/;
/** Words after a risk word that make it a field, not a state: "a suicide hotline". */
const FIELD_AFTER = /^ ?(?:hotline|helpline|line|prevention|awareness|research|rate|rates|statistics|training|support|survivors?|charity|walk|month|week|day|ward|unit|team|risk|screening|warning)\b/;
const OTHER_STARTS = / (?:my|his|her|their|our) (?:(?:older|younger|big|little|eldest|oldest|youngest|late|twin|step|ex|old|dear) )?(?:best friend|friend|neighbour|neighbor|classmate|teacher|boss|roommate|flatmate|student|pupil|child|kid|teen|teenager|client|niece|nephew|grandson|granddaughter|stepson|stepdaughter|fiance|ex|mum|mom|mother|dad|father|brother|sister|son|daughter|partner|wife|husband|cousin|uncle|aunt|nan|gran|grandma|grandpa|grandad|grandfather|grandmother|stepdad|stepmom|girlfriend|boyfriend|girlfriends|boyfriends|coworker|colleague)s?(?= )| a (?:girl|boy|man|woman|coworker|colleague|student|friend) (?:at|from|in) | a (?:colleague|coworker|co worker|relative|classmate|family member)(?= )| (?:a|one) (?:\S+ )?(?:friend|mate|cousin|colleague|classmate)s? of (?:mine|ours)(?= )/;
const SELF = / (?:i|im|ive|id|ill|me|my|myself)(?= )/;
/** A message that opens with a past act of the writer's, without the "I": "attempted twice last year…". */
const IMPLICIT_I = /^ (?:attempted|tried|took|odd|oded|cut|overdosed|overdosing|was|almost|nearly|survived|drank|swallowed|jumped|been|had|got|did|burnt|burned|hurt|relapsed)(?= )/;
/** The writer's own state, which a helper's question can also hold. */
const SELF_AT_RISK = / i (?:am|m|feel|have been|ve been|keep) (?:\S+ )?(?:suicidal|hurting|cutting|thinking)(?= )/;
/** The writer speaking of wanting or doing now. */
const NOW_SELF = / i (?:want|wanna|will|am going|m going|keep|cant stop)(?= )/;
/** Mild distress: not enough for a check-in alone, but it colours what comes next in the conversation. */
const MILD = / (?:i|im|i am|i feel|feel|feeling) (?:so |really |very |just )?(?:awful|terrible|horrible|like shit|like crap|so bad|really bad|miserable|broken|lost|low|down|sad|shit|crap|rubbish|numb|empty)(?= )/;
/** The writer as a clause's subject (not only "when I was a child"). */
const SELF_SUBJECT = / (?:i|im|ive)(?! was (?:a |\d|young|little|born))(?= )/;
/** Signals a reported story can hold without the writer being at risk: the topic, a method, a means. */
const reportable = (h: Hit): boolean => h.who === 'other' || /^(?:ideation:topic|method:|means:)/.test(h.id);
/** Topic words anywhere in a lemma string (TOPIC without its global state). */
const TOPIC_ONCE = new RegExp(TOPIC.source);
/** "…because I have them every day" after a topic word in an earlier turn. */
function disclosed(lem: string): boolean {
  DISCLOSURE.lastIndex = 0;
  return DISCLOSURE.test(lem);
}
const LETHAL_QUESTION = Object.freeze({ reason: 'shape:lethal-question', level: 'means-lethality' as const });

/**
 * After a crisis reply, a short answer that says when ("soon", "tonight", "in an hour") or that the
 * means are still at hand ("still have the rest"): the plan goes on, whatever words it lacks.
 */
const WHEN_OR_HELD = /^ (?:(?:very|pretty|real|quite|probably|prob|maybe|prolly) )?(?:soon|sooner|later|tonight|today|tomorrow|right now|this (?:evening|afternoon|morning|week|weekend)|in (?:a|an|\S+) (?:bit|while|hours?|minutes?|days?|weeks?))(?: \S+)? $| (?:still (?:have|got|keep|kept)|have|got|kept|saved) (?:the rest|the others|enough|plenty|loads|a stash)(?= )| still (?:have|got) (?:them|it|some)(?= )/;
/** Someone claims the risk just asked about as their own ("mine was on tuesday", "asking for me", "that's me"). */
const CLAIMED = / (?:mine|my one) (?:was|is|were|be)(?= )| (?:asking|ask) (?:for|about) (?:me|myself)(?= )| (?:that|this|it)(?: s| is| be| was) me(?= )| (?:me too|same here|i have too|i did too)(?= )/;
/** A claim with a denial in it ("asking for myself but im not suicidal") claims nothing. */
const NEGATION_WORD = / (?:not|never|no|nt)(?= )/;
/** A threat made conditional on a nuisance recurring: "if I have to hear that song again I'll jump out the window lol". */
const HYPERBOLE = / if (?:(?:i|we) (?:have to|hear|see|get|sit through|read)|(?:my|our|this|that|the|he|she|they|someone|anyone) (?:\S+ )?\S+s) (?:\S+ ){0,8}(?:again|one more time|once more)(?= )| (?:die|kill (?:myself|me)|jump \S+ \S+) if (?:i|we) (?:have to|must|need to|gotta) (?:\S+ )?(?:wait|sit|listen|hear|do|watch|read|go|deal|work|study)(?= )| (?:flu|cold|hangover|migraine|heat|cramps|period|toothache|cough|heatwave) (?:\S+ ){0,3}(?:wanting|want|wanna) (?:to )?die(?= )| (?:kill|murder|off) (?:myself|me) if (?:\S+ ){0,6}(?:exam|test|quiz|game|match|traffic|song|meeting|class|lecture|queue|line|wifi|boss|team|date|presentation|interview|party|bus|train|result|grade)s?(?= )/;
/** Several things "a mess" in one breath: a rant about circumstances, not distress. */
const LISTED_MESS = / is a mess (?:\S+ ){1,4}(?:is|are) a mess(?= )/;
/** A question asked in general terms: opens with a question word, and no "you" that may mean the visitor now. */
const SYMPTOM_ASKED = /^ (?:does|do|is|are|can|could|will|would|what|why|how|which|when)(?= )(?!.* you (?:ever )?(?:feel|are|re|get)(?! like)\b.*\b(?:now|today|tonight|right now)(?= ))/;
/** A joking register: a risk word alone in it is an idiom, not a half-matched cue. */
/** Nobody in particular, in a case a question sets up. */
const GENERAL_CASE = / (?:if|when|whether) (?:someone|somebody|a person|people|anyone|anybody|a child|a teen|a young person|a kid)(?= )/;
/** A question about what a word covers ("does it only count if …", "what counts as …"). */
const DEFINES = / (?:does (?:it|that|this) (?:only |still |really |even )?count|what counts as|(?:is|would) (?:it|that|this) (?:still |really |even )?(?:considered|classed|called|counted|count)|does (?:it|that|this) (?:mean|include))(?= )/;
const JOKING = / (?:lol|lmao|haha\S*|jk|rofl)(?= )|😂|🤣/u;

interface Vocabulary {
  /** Every term as one alternation. */
  readonly source: string;
  /** The first term found whole. */
  find(plain: string): { term: SafetyTerm; at: number } | null;
  /** The first single-word term found one typo away (only with `typos`). */
  near(plain: string): { term: SafetyTerm; at: number } | null;
}

/** Letters of a term ("s h") that are part of a word spelt out letter by letter ("m*a*s*h"). */
function spelledOut(plain: string, at: number, term: string): boolean {
  if (!/^[a-z](?: [a-z])+$/.test(term)) return false;
  const before = plain.slice(0, at).trimEnd().split(' ').pop() ?? '';
  const after = plain.slice(at + term.length + 1).trimStart().split(' ')[0] ?? '';
  return before.length === 1 || after.length === 1;
}

/** A term list as a matcher; with `typos`, single words of 5+ letters also match one typo away. */
function vocabulary(terms: readonly SafetyTerm[], typos: boolean): Vocabulary {
  const matcher = phraseMatcher(terms.map((t) => t.term));
  const single = typos ? terms.filter((t) => /^[a-z]{5,}$/.test(t.term)) : [];
  const fuzzy = createFuzzy(single.map((t) => t.term));
  return {
    source: matcher.source,
    find(plain) {
      const i = matcher.find(plain);
      if (i < 0) return null;
      const at = matcher.at(plain);
      return spelledOut(plain, at, terms[i]!.term) ? null : { term: terms[i]!, at };
    },
    near(plain) {
      if (single.length === 0) return null;
      let at = 0;
      for (const w of plain.split(' ')) {
        const key = w.length >= 5 ? fuzzy(w) : undefined;
        if (key) return { term: single.find((t) => t.term === key)!, at };
        at += w.length + 1;
      }
      return null;
    },
  };
}

/** A crisis verdict; who is someone else makes it third-person unless it names a means. */
function crisisVerdict(cues: number, reason: string, level: CrisisSignal['level'], who: CrisisWho): GateVerdict {
  const signal: CrisisSignal = { crisis: true, concern: false, who, reason, level: who === 'other' && level !== 'means-lethality' ? 'third-person' : level };
  return { signal, cues: cues | CUE.crisis, halfCue: false, risk: 0, meansAsked: false };
}

/** The check-in verdict. */
function concernVerdict(cues: number, reason: string, level: CrisisSignal['level'], who: CrisisWho = 'self'): GateVerdict {
  return { signal: { crisis: false, concern: true, who, reason, level }, cues: cues | CUE.concern, halfCue: false, risk: 0, meansAsked: false };
}

const denied = (plain: string, at: number): boolean => NEGATED_BEFORE.test(plain.slice(0, at + 1));

/** The few words around a position of a plain text (the risk word and its clause's subject). */
function nearby(plain: string, at: number): string {
  const before = plain.slice(0, at).split(' ').slice(-6).join(' ');
  const after = plain.slice(at).split(' ').slice(0, 5).join(' ');
  return ` ${before} ${after} `;
}

/**
 * The gate for one site's safety data and domain words.
 *
 * @example createCrisisGate(site.safety, site.domain).assess(analyze('i want to die')).signal.crisis // true
 */
export function createCrisisGate(safety: Pick<SafetyData, 'slang' | 'languages' | 'distress' | 'means' | 'risk' | 'scorer' | 'lethality'>, domain: DomainWords): CrisisGate {
  const vocab = riskVocabulary(domain.treatments, harmWords(safety));
  const score = createScorer(safety.scorer, vocab);
  /** The net's score of a view the rules passed, or of its spelt-out form when that scores higher
   * ("0verdose"); a denied risk ("I don't want to die") scores nothing. */
  const riskOf = (v: View, hidden: View | null, plain: string): number => {
    if (v.denied || hidden?.denied || passingDenial(plain)) return 0;
    return hidden === null ? score(v) : Math.max(score(v), score(hidden));
  };
  const generic: ReadonlySet<string> = new Set([...GENERIC_WORDS, ...domain.subjects, ...domain.treatments].map((w) => w.toLowerCase()));
  const slang = vocabulary(safety.slang, true);
  const foreign = vocabulary(Object.values(safety.languages).flat(), false);
  const distress = phraseMatcher(safety.distress);
  const means = phraseMatcher([...safety.means, ...domain.treatments.map((t) => `all the ${t.toLowerCase()}`)]);
  const risk = phraseMatcher(safety.risk);
  const fixedOn = fixedOnMeans(means.source);
  // Every site phrase in one test: most messages hold none, and then none is looked for one by one.
  const anyPhrase = anyWords([slang, foreign, distress, means, risk].map((m) => m.source).filter((x) => x !== ''));

  const scanOf = (v: View): Hit[] => {
    v.generic = generic;
    return scan(v);
  };

  function assess(a: Analysis, earlier: readonly number[] = []): GateVerdict {
    const v = viewOf(a);
    let hits = scanOf(v);
    const hidden = deobfuscate(a.normalized);
    let plain = plainText(a.text);
    let hiddenView: View | null = null;
    if (hidden !== null) {
      hiddenView = viewOfText(hidden);
      hits = hits.concat(scanOf(hiddenView));
      plain += plainText(hidden).slice(1);
    }
    // Past acts and lone risk words are read with idioms masked ("overdosed on chocolate").
    const surface = hidden === null ? plainText(v.tok) : plainText(`${v.tok} ${hidden}`);
    let prior = 0;
    for (let i = Math.max(0, earlier.length - LOOKBACK); i < earlier.length; i++) prior |= earlier[i]!;
    // Each test once per message: the reads below reuse them.
    const phrasePlain = anyPhrase.test(plain);
    // Most messages read the same in both forms (nothing repaired or masked): one test serves both.
    const phraseSurface = surface === plain ? phrasePlain : anyPhrase.test(surface);
    const self = SELF.test(plain);
    const mild = MILD.test(plain);
    const pastWord = mayHavePast(surface);
    // The scan's prefilter already knows when no topic word can be in the lemmas.
    const topic = v.topic !== false && TOPIC_ONCE.test(v.lem);
    const shape = shapeSignal(plain) ?? (lethalQuestion(surface, v, vocab.harm, vocab.domain) ? LETHAL_QUESTION : null);
    if (shape === null && hits.length === 0 && prior === 0 && !phrasePlain && !phraseSurface && !self && !mild && !pastWord && !topic) {
      return { signal: NONE, cues: 0, halfCue: false, risk: riskOf(v, hiddenView, plain), meansAsked: meansQuestion(v, a.normalized, plain, vocab) };
    }
    // Every site phrase is in the union: when it fails on a text, each list's own test fails there too.
    const slangSurface = phraseSurface ? slang.find(surface) : null;
    // (Slang inside an idiom the view masked, "unaliving this pizza", is the idiom's: the plain
    // form, read for what the view's tokens split differently, does not bring it back.)
    let slangHit = slangSurface ?? (phrasePlain && !v.tok.includes('_') ? slang.find(plain) : null);
    let slangText = slangSurface ? surface : plain;
    const foreignHit = phrasePlain ? foreign.find(plain) : null;
    const distressAt = phrasePlain ? distress.at(plain) : -1;
    const hasDistress = distressAt >= 0 && !denied(plain, distressAt) && !LISTED_MESS.test(plain);
    const meansWord = phrasePlain && means.at(plain) >= 0;
    const riskWord = phraseSurface ? risk.at(surface) : -1;
    // Nothing at all (most article questions): no composition to read.
    if (shape === null && hits.length === 0 && !slangHit && !foreignHit && !hasDistress && !meansWord && !pastWord && !mild && !topic && prior === 0 && riskWord < 0 && !self) {
      return { signal: NONE, cues: 0, halfCue: false, risk: riskOf(v, hiddenView, plain), meansAsked: meansQuestion(v, a.normalized, plain, vocab) };
    }
    // Read once each: the composition below asks some of them several times.
    const otherStarts = OTHER_STARTS.test(plain);
    const selfAtRisk = SELF_AT_RISK.test(plain);
    const personal = self || otherStarts || IMPLICIT_I.test(plain);
    if (!slangHit && personal) [slangHit, slangText] = [slang.near(surface), surface];
    const past = personal && pastWord ? readPast(surface) : 'none';
    const riskAt = personal && riskWord >= 0 && !JOKING.test(plain) && !v.tok.includes('__') ? riskWord : -1;

    const strong = hits.filter((h) => !h.weak);
    const weakIds = new Set(hits.filter((h) => h.weak && !h.cue).map((h) => h.id));
    const cueIds = new Set(hits.filter((h) => h.cue).map((h) => h.id));
    const aboutOther = otherStarts && !selfAtRisk && (strong.length === 0 || strong.some((h) => h.who === 'other' || h.id.startsWith('other:')) || !SELF_SUBJECT.test(plain));
    const weakCount = weakIds.size > 0 ? weakIds.size : hasDistress ? 1 : 0;
    const meansCue = meansWord || [...cueIds].some((id) => id !== 'cue:time' && id !== 'cue:date');
    const timeCue = cueIds.has('cue:time') || cueIds.has('cue:date');
    const cues = (topic ? CUE.topic : 0) | (weakCount > 0 || mild ? CUE.distress : 0) | (meansCue ? CUE.means : 0) | (timeCue ? CUE.time : 0) | (past !== 'none' && past !== 'recovered' ? CUE.past : 0);

    // Every strong signal is someone else's ("a neighbour jumped…"): their history is read as a relative's.
    const othersOnly = strong.length > 0 && strong.every((h) => h.who === 'other');
    // History told as history (recovery, a relative's distant past), or slang asked about: no crisis.
    const topicOnly = strong.every((h) => h.id.startsWith('ideation:topic'));
    const settled =
      // A shape read from the message (a deadline, a means asked) is about now, whatever the history.
      (settledPast(plain, aboutOther || othersOnly, strong.length > 0, hidden === null ? a.normalized : undefined) && shape === null) || (META.test(plain) && strong.length === 0) || (HELPER.test(plain) && (HYPOTHETICAL.test(plain) || othersDeath(plain)) && topicOnly && !selfAtRisk) ||
      (JOKING.test(plain) && HYPERBOLE.test(plain) && !selfAtRisk) ||
      // "does it only count if someone physically injures themselves?": nobody in particular, asked about.
      (GENERAL_CASE.test(plain) && DEFINES.test(plain) && !selfAtRisk && !meansCue && shape === null && strong.every((h) => h.who === 'other')) ||
      (RETRACTED.test(plain) && SAFE_NOW.test(plain) && !NOW_SELF.test(plain.slice(plain.search(SAFE_NOW)))) ||
      (ACCIDENTAL.test(plain) && !ON_PURPOSE.test(plain) && !selfAtRisk && !hasDistress && weakIds.size === 0 && !JOKING.test(plain)) ||
      (REPORTED.test(plain) && !selfAtRisk && !NOW_SELF.test(plain) && strong.every(reportable)) ||
      (!selfAtRisk && (askedAndDenied(plain, a.normalized) || (riskAsSubject(plain, topicOnly) && !NOW_SELF.test(plain))));
    if (settled) return { signal: NONE, cues: 0, halfCue: false, risk: 0, meansAsked: false, told: true };

    const first = strong[0];
    if (first) return crisisVerdict(cues, first.id, levelOf(first.id), first.who);
    const named = slangHit && !denied(slangText, slangHit.at) ? slangHit : foreignHit && !denied(plain, foreignHit.at) ? foreignHit : null;
    if (named) return crisisVerdict(cues, `vocabulary:${named.term.level}`, named.term.level, named.term.level === 'third-person' || aboutOther ? 'other' : 'self');
    if (shape) return crisisVerdict(cues, shape.reason, shape.level, aboutOther ? 'other' : 'self');
    // "cant stop thinking about the pills in moms nightstand": a mind fixed on a means.
    if (fixedOn(plain, meansWord)) return crisisVerdict(cues, 'method:fixated-on-means', 'method', aboutOther && !self ? 'other' : 'self');
    // "… i cant stop thinking about doing it" beside suicide's name or after an earlier cue.
    if (self && doingIt(plain) && (topic || (prior & (CUE.crisis | CUE.distress | CUE.concern)) !== 0)) return crisisVerdict(cues, 'intent:unnamed-act', 'intent', 'self');
    if (past === 'current') return crisisVerdict(cues, 'past:current-risk', 'past-behaviour', aboutOther ? 'other' : 'self');
    const whoNow: CrisisWho = aboutOther && !SELF.test(plain.replace(OTHER_STARTS, ' ')) ? 'other' : 'self';
    if (weakCount >= 2) return crisisVerdict(cues, `combined:${[...weakIds].join('+')}`, 'wish-dead', whoNow);
    if (weakCount >= 1 && (meansCue || timeCue)) return crisisVerdict(cues, 'combined:distress+means', meansCue ? 'means-lethality' : 'intent', whoNow);

    // The look-back: an earlier crisis, distress, means, a time or a past act, built on now.
    // A time or the means at hand, right after the card, is the plan going on: the card again, never an article answer.
    if (prior & CUE.crisis && WHEN_OR_HELD.test(plain)) return crisisVerdict(cues, 'conversation:plan-goes-on', 'intent', whoNow);
    if (prior & CUE.crisis && (DISMISSAL.test(v.tok) || DISMISSAL.test(v.lem) || weakCount > 0 || meansCue || past !== 'none')) {
      return crisisVerdict(cues, 'follow-up:crisis', 'wish-dead', whoNow);
    }
    if (prior & (CUE.distress | CUE.concern) && meansCue) return crisisVerdict(cues, 'conversation:distress+means', 'means-lethality', whoNow);
    if (prior & (CUE.means | CUE.time | CUE.past) && weakCount > 0) return crisisVerdict(cues, 'conversation:means+distress', 'method', whoNow);
    if (prior & (CUE.distress | CUE.concern) && weakCount > 0) return crisisVerdict(cues, 'conversation:distress', 'wish-dead', whoNow);
    if ((prior & CUE.topic && disclosed(v.lem)) || (prior & (CUE.topic | CUE.means) && CLAIMED.test(plain) && !NEGATION_WORD.test(plain) && !toldAsHistory(plain))) return crisisVerdict(cues, 'conversation:topic-disclosed', 'active-thoughts', whoNow);
    if (prior & CUE.distress && timeCue && cueIds.size > 0) return crisisVerdict(cues, 'conversation:distress+time', 'intent', whoNow);

    // Half a signal: the check-in, never nothing; unless the one distress word is what a question
    // with nobody in it asks about ("does it make people feel hopeless?"): a symptom as the subject.
    if (weakCount === 1 && prior === 0 && !personal && SYMPTOM_ASKED.test(plain)) {
      return { signal: NONE, cues, halfCue: false, risk: riskOf(v, hiddenView, plain), meansAsked: meansQuestion(v, a.normalized, plain, vocab) };
    }
    if (weakCount > 0) return concernVerdict(cues, hasDistress && weakIds.size === 0 ? 'distress' : `weak:${[...weakIds][0]}`, 'wish-dead', whoNow);
    if (copingAsked(plain)) return concernVerdict(cues, 'shape:coping-asked', 'active-thoughts', 'self');
    if (past === 'past') return concernVerdict(cues, 'past:unclear', 'past-behaviour', whoNow);
    // Idioms are masked in the view's surface string ("my phone died"), so risk words are read there.
    // An idiom or an accident in the message ("cut my finger on a knife") makes a lone risk word ordinary.
    const halfCue = riskAt >= 0 && !passingDenial(plain) && !denied(surface, riskAt) && SELF.test(nearby(surface, riskAt)) && !FIELD_AFTER.test(surface.slice(surface.indexOf(' ', riskAt + 1)));
    return { signal: NONE, cues, halfCue, risk: riskOf(v, hiddenView, plain), meansAsked: meansQuestion(v, a.normalized, plain, vocab) };
  }

  return { assess };
}

let coreGate: CrisisGate | undefined;

/**
 * The gate on the core English patterns alone (no site vocabulary), for a caller without site data
 * that only needs to know whether a text reads as a crisis message.
 *
 * @example detectCrisis(analyze('i want to die')).crisis // true
 */
export function detectCrisis(a: Analysis): CrisisSignal {
  coreGate ??= createCrisisGate({ slang: [], languages: {}, distress: [], means: [], risk: [] }, { treatments: [], subjects: [] });
  return coreGate.assess(a).signal;
}
