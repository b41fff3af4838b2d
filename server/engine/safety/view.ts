/**
 * The safety detectors' view of a message: the wink tokens and lemmas of an `Analysis` repaired for
 * the way people in distress type (typos, leetspeak, "wanna", "2 die"), joined into two strings the
 * lexicon's regular expressions run over, plus the negation, clause and subject helpers the rules
 * need. Pure and cheap: no wink call (earlier messages of a conversation get a small fallback
 * tokeniser), one pass over the tokens.
 */
import { normalizeText } from '../understand/analyze.ts';
import { ACCIDENT_PART } from './body.ts';
import { prefilterOf } from './prefilter.ts';
import { KEEP_SURFACE, LEMMA_FIX, mapOf, repair, repairedLemma } from './repair.ts';
import type { Analysis } from '../types.ts';

export interface View {
  /** Canonical word per token: the lemma, or the surface form where the lemma loses meaning. */
  lemmas: string[];
  /** Repaired surface token per token (tense kept: "took", "overdosed"). */
  words: string[];
  /** wink's negation flag per token (emulated for plain text). */
  negated: boolean[];
  /** `' ' + lemmas.join(' ') + ' '` with idioms masked; `lemStarts[i]` = where token i starts. */
  lem: string;
  lemStarts: number[];
  /** Same for the surface words. */
  tok: string;
  tokStarts: number[];
  /** Whether a later clause reverses a denial ("…but now I do"); filled by the gate when needed. */
  reversed?: boolean;
  /** The message's analysis, for wink's parts of speech when a rule needs them (absent for plain text). */
  analysis?: Analysis;
  /** Whether a deniable risk was found denied ("I'm not suicidal"); filled by the gate's scan. */
  denied?: boolean;
  /** Generic subjects of this site (GENERIC_WORDS plus its domain words); set by the gate. */
  generic?: ReadonlySet<string>;
  /** Whether the topic words can occur in `lem` (the prefilter's verdict); set by the gate's scan. */
  topic?: boolean;
}

// ─── Idioms: masked (same length, so offsets stay aligned) before any rule runs ─────────────────────

const IDIOMS = new RegExp(
  [
    'die to (?:know|see|try|hear|find|ask|meet|get|go|read|learn|start|do|tell)',
    'dying to (?:know|see|try|hear|find|ask|meet|get|go|read|learn|start|do|tell)',
    'to die for', 'die for a', '(?:die|died|dying) (?:of |from )?(?:laugh|laughing|laughter|embarrassment|boredom)',
    'die down', 'died down', 'dead (?:tired|serious|set|on|wrong|right|beat|end)', 'deadline',
    'kill(?:ing)? (?:time|two bird|it|the mood|the vibe|the pain|the buzz)', 'killer', 'could murder',
    'would kill for', 'kill for a', "'d kill for", '(?:be|is|are) (?:kill|killing) me',
    '(?:phone|battery|laptop|computer|car|plant|charger|wifi|internet|signal|router|tv|party|town)s?(?: (?:here|there|again|just|totally|completely|now|already|still|so|at home|at work)){0,2} (?:die|died|be dead|is dead|was dead|s dead|are dead)',
    'jump (?:start|at|to conclusion|through hoop|on the bandwagon|the gun)', 'jumped (?:at|when|for)',
    'shoot (?:for|me a|them a|for a)', 'shooting for', 'cut to the chase', 'end of the day', 'cut back',
    'cutting back', 'cut down', 'cutting down', 'kill two bird', 'killing it', '(?:be|is|was|will be|ll be) the death of', '(?:feet|legs|back|knees|arms|hands|eyes|brain|phone|battery|laptop)s? (?:be|is|are) (?:dying|killing me)', 'over my dead body',
    '(?:knee|leg|feet|foot|arm|back|hand|finger|toe|thigh|calf|calves)s? (?:be|is|are|feel|feels) dead', 'dead (?:keen|good|easy|funny|quiet|heavy|cheap)',
    'drop dead (?:gorgeous|beautiful)', '(?:dye|dying|dyeing|dyed) (?:my|her|his|their|the) (?:hair|clothes|shirt|jeans)',
    'kill(?:ing)? (?:this|the|that|my) (?:presentation|exam|test|interview|game|workout|performance|show|set|speech|audition)', '(?:die|died|dying) (?:of|from) (?:boredom|heat|thirst|hunger|cold|shame|cuteness)',
    '(?:bored|scared|sick|worried|tickled|love it|loved it|annoyed) to death', 'kill(?:ing)? (?:the|a) (?:lights|engine|bottle|batter|boss)',
    'jump (?:for joy|the queue|ship|in the shower|on a call)', 'hang (?:out|on|in there|tight|around|up)', 'hanging (?:out|on|around)',
    'cut (?:it out|corners|costs|ties|class|school)', '(?:overdose|overdosed|od|oding) on (?:sugar|chocolate|caffeine|coffee|netflix|tv|cake|candy|sweets)',
    'my heart (?:stopped|stop|skipped) (?:when|for|at)', 'rope (?:swing|ladder|course|light)s?',
    `(?:burn|burned|burnt|burning|cut|hurt|scratch|scratched|hit|scald|scalded) (?:myself|my ${ACCIDENT_PART}) (?:on|with|while|when|against) (?:the|a|my|some) (?:oven|stove|iron|pan|kettle|knife|door|cupboard|table|bush|fence|bike|glass|tray|grill|shelf|corner|cooker|hob)`,
    '(?:burn|burned|burnt|burning|scald|scalded) (?:himself|herself|themselves) (?:on|with|while|when|against) (?:the|a|his|her|their|some) (?:oven|stove|iron|pan|kettle|tray|grill|cooker|hob)', `cut my ${ACCIDENT_PART}s? (?:on|while|with|shaving|cooking|chopping|opening)`, 'i am dead lol', 'im dead lol',
    '(?:shoot|shot|shooting) (?:myself|yourself|ourselves|themselves|himself|herself) in the (?:foot|feet)',
    '(?:(?:my|our|the) \\S+|team|teammates|coach|boss|everyone|everybody|they)s? (?:\\S+ )?(?:want|wanted|wants|be go|go|gonna|will|would|was go|be going|going)(?: to)? (?:kill|murder) me(?: \\S+){0,5} (?:haha\\S*|lol|lmao)',
        'like death warm(?:ed)? (?:up|over)', 'dead meat', '(?:be|is|was|will be|ll be|going to be|gonna be) the end of (?:me|us)', 'on death row',
    '(?:floor|ground|earth) (?:to |would |could |just )?(?:swallow|open up and swallow) (?:me|us)(?: whole| up)?', '(?:tried|trying|try|wanted|wants|want) to kill us', 'rather die than(?: \\S+){1,6} (?:lol|haha\\S*|lmao)',
    // "rather die than call someone": an ordinary chore after it, not life itself.
    'rather (?:die|be dead) than(?! (?:\\S+ ){0,2}(?:live|living|go on|going on|keep going|keep living|be here|being here|wake up|waking up|feel|feeling|face|facing|spend another|go back|going back|continue|stay|staying|survive|exist|existing|suffer|suffering|deal|dealing|be like|carry on|get up|be alive|be me)(?= ))',
    // "take the focus off myself": an object between the verb and "off" makes it a preposition, not the slang verb.
    '(?:take|takes|took|taking|get|gets|got|getting|keep|keeps|kept|keeping|put|puts|putting|lift|lifts|lifted|lifting) (?:the|some|a|my|this|that|any|all the) (?:\\S+ )?\\S+ off (?:myself|me)',
    '(?:crawl|curl up|disappear) (?:into|in) a hole and die', '(?:kill|killing|kills) (?:us|me) with(?! (?:a|his|her|their|the|my|that|this) (?:knife|gun|rifle|pistol|bat|hammer|rope|belt|pill|car|hand|fist|bare)s?(?= ))',
    '(?:unalive|unaliving|unalived|kill|killing|murder|murdering|destroy|destroying|demolish|demolishing) (?:this|that|the|a|my|these|those) (?:\\S+ )?(?:pizza|burger|cake|food|meal|snack|sandwich|plate|bowl|dessert|pie|ice cream|fries|chocolate|donut|taco|workout|playlist|level|round|essay)s?(?= )', '(?<!(?:everything|life|it all|living|myself|people|existing|everyone) )make me (?:want to|wanna) die (?:lol|haha\\S*|lmao)',
  ].join('|'),
  'g',
);
const IDIOM_SPANS = new RegExp(` (?:${IDIOMS.source})(?= )`, 'g');
/** Most messages hold no idiom: one test (the same pattern, not global) skips the replace. */
const ANY_IDIOM = new RegExp(IDIOM_SPANS.source);
const maskSpan = (m: string): string => ' ' + m.slice(1).replace(/[^ ]/g, '_');
const mask = (s: string): string => (ANY_IDIOM.test(s) ? s.replace(IDIOM_SPANS, maskSpan) : s);

// ─── Building the view ───────────────────────────────────────────────────────────────────────────

function join(ws: string[]): { s: string; starts: number[] } {
  const starts: number[] = [];
  let p = 1;
  for (const w of ws) {
    starts.push(p);
    p += w.length + 1;
  }
  return { s: ' ' + ws.join(' ') + ' ', starts };
}

/** Index of the token that covers `charIndex` of a joined string (binary search over the starts). */
export function tokenAt(starts: number[], charIndex: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || charIndex < (starts[0] ?? 0)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= charIndex) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function assemble(words: string[], lemmas: string[], negated: boolean[]): View {
  const lj = join(lemmas);
  const tj = join(words);
  const lem = mask(lj.s);
  // Often every lemma is its word: the same string needs masking once.
  return { lemmas, words, negated, lem, lemStarts: lj.starts, tok: tj.s === lj.s ? lem : mask(tj.s), tokStarts: tj.starts };
}

/** The last message's view: the gate, small talk and referral read the same Analysis in a row. A
 * one-entry slot costs less than a WeakMap (no ephemeron per message); another Analysis simply
 * gets its view built again (a view is a pure function of the Analysis). */
let lastAnalysis: Analysis | undefined;
let lastView: View | undefined;

/** View of a message wink has already read (safety, referral and small talk share it). */
export function viewOf(a: Analysis): View {
  if (a !== lastAnalysis || !lastView) {
    lastView = buildView(a);
    lastAnalysis = a;
  }
  return lastView;
}

/** Empties the slot once the reply is made: no message outlives its reply. */
export function forgetView(): void {
  lastAnalysis = undefined;
  lastView = undefined;
}

function buildView(a: Analysis): View {
  const words: string[] = [];
  const lemmas: string[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const raw = a.tokens[i]!;
    const surface = repair(raw);
    words.push(surface);
    const lemma = a.lemmas[i] ?? surface;
    lemmas.push(repairedLemma(raw, surface) ?? (KEEP_SURFACE.has(surface) ? surface : (LEMMA_FIX.get(lemma) ?? lemma)));
  }
  const negated = a.negated.slice();
  // "zero urge to cut": a quantity of none denies what follows in its clause, as "no" does (wink
  // flags "no", not "zero").
  for (let i = words.indexOf('zero'); i >= 0 && i < words.length - 1; i = words.indexOf('zero', i + 1)) {
    for (let k = i + 1; k < words.length && !CLAUSE_BREAK.has(words[k]!); k++) negated[k] = true;
  }
  const v = assemble(words, lemmas, negated);
  v.analysis = a;
  return v;
}

/** Contractions wink would split; enough for earlier messages, which only pass through the rules. */
const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\b(ca|wo|do|does|did|is|are|was|were|have|has|had|could|would|should)n'?t\b/g, '$1 not'],
  [/\bcant\b/g, 'can not'], [/\bwont\b/g, 'will not'], [/\bdont\b/g, 'do not'], [/\bdidnt\b/g, 'did not'],
  [/\bisnt\b/g, 'is not'], [/\bwasnt\b/g, 'was not'], [/\bive\b/g, 'i have'], [/\bi'll\b/g, 'i will'],
  [/\bi'd\b/g, 'i would'], [/\b(he|she|it|that|what|there)'s\b/g, '$1 is'], [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(i|you|we|they)'ve\b/g, '$1 have'], [/\bwo not\b/g, 'will not'], [/\bca not\b/g, 'can not'],
];
const IRREGULAR = mapOf({
  took: 'take', taken: 'take', taking: 'take', thought: 'think', said: 'say', felt: 'feel', gave: 'give',
  given: 'give', giving: 'give', bought: 'buy', got: 'get', gotten: 'get', is: 'be', am: 'be', are: 'be',
  was: 'be', were: 'be', been: 'be', being: 'be', has: 'have', had: 'have', having: 'have', does: 'do',
  did: 'do', doing: 'do', went: 'go', going: 'go', tried: 'try', tries: 'try', dying: 'die', died: 'die',
  dies: 'die', wrote: 'write', written: 'write', writing: 'write', hung: 'hang', shot: 'shoot',
  cutting: 'cut', planning: 'plan', planned: 'plan', stopped: 'stop', living: 'living', lost: 'lose',
  ending: 'end', saving: 'save', hoping: 'hope', hoped: 'hope', deciding: 'decide', overdosing: 'overdose',
  overdosed: 'overdose', whats: 'whats', thats: 'thats', its: 'its', lets: 'lets', tells: 'tell', told: 'tell', says: 'say', keeps: 'keep', kept: 'keep',
});
const NOT_GERUND = /thing$|^(?:during|morning|evening|bring|spring|string|ceiling|sibling|darling)$/;
/** "slitt" → "slit", "stopp" → "stop"; "kill", "press" stay. */
const undouble = (stem: string): string => (/([^aeiouslfz])\1$/.test(stem) ? stem.slice(0, -1) : stem);
/** A rough lemma for plain text: irregular forms, then -ing/-ed/-s stripping. */
function roughLemma(w: string): string {
  if (KEEP_SURFACE.has(w)) return w;
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length > 5 && w.endsWith('ing') && !NOT_GERUND.test(w)) return undouble(w.slice(0, -3));
  if (w.length > 4 && w.endsWith('ed')) return undouble(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}
const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'zero']);

/** View of plain text (an earlier message of the conversation) without calling wink again. */
/** Which contraction rules can apply, from their own literals (safety-prefilter.ts): most texts
 * have none and skip the 15 replaces. */
const CONTRACTION_FILTER = prefilterOf(CONTRACTIONS.map(([re]) => re));

export function viewOfText(text: string): View {
  let s = normalizeText(text);
  // If none of the rules can match the text, none matches after the earlier ones (which changed
  // nothing); if one can, all run in order, as a replace may enable a later rule ("wo not").
  if (CONTRACTION_FILTER.candidates(s).length > 0) for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  const raw = s.match(/[a-z0-9@$'/-]+|[.,;:!?]/g) ?? [];
  const words: string[] = [];
  const lemmas: string[] = [];
  const negated: boolean[] = [];
  let inScope = false;
  for (const r of raw) {
    const surface = repair(r);
    words.push(surface);
    lemmas.push(repairedLemma(r, surface) ?? roughLemma(surface));
    if (CLAUSE_BREAK.has(surface)) inScope = false;
    negated.push(inScope);
    if (NEGATORS.has(surface)) inScope = true;
  }
  return assemble(words, lemmas, negated);
}

// ─── Helpers the rules use ───────────────────────────────────────────────────────────────────────

/** Tokens that end a clause for negation scope and subject lookup. */
export const CLAUSE_BREAK = new Set([
  '.', ',', ';', ':', '!', '?', 'but', 'and', 'because', 'though', 'although', 'yet', 'then',
  'however', 'anyway', 'also', '-', 'lol', 'tbh', 'btw',
]);
const SENTENCE_BREAK = new Set(['.', '!', '?', ';']);
const INTENSIFIED = new Set(['stop', 'help', 'quit', 'resist', 'shake', 'get']);
const CUES = new Set(['not', 'never', 'no', 'nobody', 'without', 'zero']);
/** A pronoun after the cue opens an embedded clause the negation does not reach:
 * "I don't know why I want to die". */
const EMBEDDED_SUBJECT = new Set(['i', "i'm", 'im', 'he', 'she', 'they', 'we', 'you']);

/**
 * True when the words starting at `start` are denied by a negation of their own clause:
 * "I'm not suicidal", "I would never kill myself" (not: "I'm not okay and I want to die",
 * "I don't know why I want to die"). wink's flag decides the scope; the cue must be close.
 */
export function deniedAt(v: View, start: number): boolean {
  if (!v.negated[start]) return false;
  for (let i = start - 1; i >= 0 && i >= start - 7; i--) {
    const w = v.words[i] ?? '';
    if (CLAUSE_BREAK.has(w)) return false;
    // "can't stop thinking about it", "couldn't help": the negation intensifies, it does not deny.
    if (CUES.has(w)) return !INTENSIFIED.has(v.lemmas[i + 1] ?? '');
    if (EMBEDDED_SUBJECT.has(w) && i < start) return false;
  }
  return false;
}

export const SELF_WORDS = new Set(['i', "i'm", 'im', 'me', 'my', 'myself', 'mine', 'ive', "i've"]);
export const OTHER_WORDS = new Set([
  'he', 'she', 'they', 'him', 'his', 'her', 'their', 'them', 'himself', 'herself', 'themselves',
  'themself', "he's", "she's", "they're", 'friend', 'bf', 'gf', 'boyfriend', 'girlfriend', 'partner',
  'husband', 'wife', 'spouse', 'son', 'daughter', 'kid', 'child', 'teen', 'teenager', 'brother',
  'sister', 'sibling', 'mom', 'mum', 'mother', 'dad', 'father', 'parent', 'cousin', 'aunt', 'uncle',
  'grandma', 'grandmother', 'grandpa', 'grandfather', 'niece', 'nephew', 'roommate', 'roomie',
  'flatmate', 'coworker', 'colleague', 'classmate', 'bestie', 'bff', 'buddy', 'fiance', 'fiancee',
  'ex', 'neighbor', 'neighbour', 'stepdad', 'stepmom', 'someone', 'somebody',
]);
/** Subjects that make a sentence about people in general, a drug or a text, not about someone. */
export const GENERIC_WORDS = new Set([
  'people', 'person', 'patient', 'anyone', 'anybody', 'everyone', 'everybody', 'one', 'user',
  'adult', 'individual', 'those', 'client', 'student', 'veteran', 'drug',
  'medication', 'medicine', 'treatment', 'therapy', 'infusion', 'study', 'research', 'article',
  'doctor', 'therapist', 'psychiatrist', 'psychologist', 'nurse', 'counselor', 'counsellor', 'gp',
  'clinician', 'provider', 'prescriber', 'clinic', 'you', 'paper', 'essay', 'book', 'rate', 'risk', 'trial', 'data',
  'prevention', 'depression', 'pain', 'effect', 'symptom', 'plant', 'phone', 'battery', 'animal',
]);

const CARED_FOR = new Set(['patient', 'client', 'student', 'user']);
const POSSESSIVE_WORDS = new Set(['my', 'our', 'his', 'her', 'their']);

export type Subject = 'self' | 'other' | 'generic' | 'none';

/**
 * The nearest subject before token `start` in its clause ("and" does not end it): first person, a
 * known third person, a generic one ("people", "the medication"), or none, with its token index.
 * `my friend` counts as the friend.
 */
export function nearestSubject(v: View, start: number, stopAtClause = true): { kind: Subject; index: number } {
  for (let i = start - 1; i >= 0; i--) {
    const w = v.words[i] ?? '';
    const l = v.lemmas[i] ?? '';
    if (stopAtClause ? CLAUSE_BREAK.has(w) && w !== 'and' : SENTENCE_BREAK.has(w)) return { kind: 'none', index: i };
    if (OTHER_WORDS.has(w) || OTHER_WORDS.has(l)) return { kind: 'other', index: i };
    if (SELF_WORDS.has(w)) return { kind: 'self', index: i };
    const generic = v.generic ?? GENERIC_WORDS;
    if (generic.has(l) || generic.has(w)) {
      // "my patient", "my student": one person the writer knows, not people in general.
      const cared = CARED_FOR.has(l) && POSSESSIVE_WORDS.has(v.words[i - 1] ?? '');
      return { kind: cared ? 'other' : 'generic', index: i };
    }
  }
  return { kind: 'none', index: -1 };
}

export function subjectBefore(v: View, start: number, stopAtClause = true): Subject {
  return nearestSubject(v, start, stopAtClause).kind;
}

/** Who a matched span is about: a reflexive or possessive inside it, else the nearest subject. */
export function whoOf(v: View, start: number, end: number): 'self' | 'other' {
  for (let i = start; i < end; i++) {
    const w = v.words[i] ?? '';
    // ("… if i was already gone": the speaker is the subject the match names itself.)
    if (w === 'myself' || w === 'my' || w === 'me' || w === 'yourself' || w === 'i' || w === 'im') return 'self';
    if (['himself', 'herself', 'themselves', 'themself', 'his', 'her', 'their', 'him', 'them'].includes(w)) {
      return 'other';
    }
  }
  return subjectBefore(v, start, false) === 'other' ? 'other' : 'self';
}
