/**
 * Question type: what kind of answer the visitor wants (a duration, a time to effect, a dose, …).
 * Read from the one Analysis of the message; the same cue vocabulary marks, once per sentence at
 * build time, which sentences can answer which type, so selection can prefer them.
 */
import { askingClause } from './asking.ts';
import { termOf } from './terms.ts';
import type { Analysis } from '../types.ts';

export type Intent =
  | 'duration'
  | 'onset'
  | 'dose'
  | 'side-effects'
  | 'mechanism'
  | 'administration'
  | 'comparison'
  | 'definition'
  | 'cost'
  | 'location'
  | 'why'
  | 'list'
  | 'who'
  | 'when'
  | 'overview'
  | 'more'
  | 'yes-no'
  | 'general';
/** Every question type, in a fixed order (the conversation context stores its index). */
export const INTENTS = ['duration', 'onset', 'dose', 'side-effects', 'mechanism', 'administration', 'comparison', 'definition', 'why', 'more', 'yes-no', 'general', 'cost', 'location', 'overview', 'list', 'who', 'when'] as const satisfies readonly Intent[];

/** Question types a sentence can be marked for (the others steer nothing). */
export const FEATURE_INTENTS = [
  'duration',
  'onset',
  'dose',
  'side-effects',
  'mechanism',
  'administration',
  'comparison',
  'why',
  'cost',
  'location',
  'definition',
  'list',
  'who',
  'when',
] as const;
export type FeatureIntent = (typeof FEATURE_INTENTS)[number];

export interface Rule {
  intent: Intent;
  pattern: RegExp;
  /** A cue word alone, not a frame that asks ("persist", "quickly"): it steers, but grounds no decline. */
  weak?: true;
}

/** What a dose is counted in: "how many mg", "how many sessions". Units, not subjects. */
const DOSE_UNITS = '(mg|milligrams?|micrograms?|mcg|ml|grams?|units?|doses?|sessions?|infusions?|treatments?|pills?|tablets?|capsules?|drops?|puffs?|sprays?|shots?|injections?|times|cups?|glasses?|drinks?|hours? of|minutes? of)';

// Order matters: the first rule that matches decides. "how long until it works" is onset, not
// duration; "how much does it cost" is not a dose (cost words are checked first and left general).
export const RULES: readonly Rule[] = [
  // About the text itself: "what does this page go over", "overview of …": prefers the sentences that
  // say what the article discusses, which every other question type passes over.
  {
    intent: 'overview',
    pattern:
      /\b(overview|outline|what (does|do|is|are) (this|the) (page|article|post|site|text|blog)\b|(this|the) (page|article|post|site) (cover|covers|discuss|discusses|go over|goes over|is about|talk about|talks about))/,
  },
  // (Whole words: "payn" is not "pay"; paying attention costs nothing.)
  { intent: 'cost', pattern: /\b(?:costs?|costing|price[sd]?|pay(?:s|ing|ment|ments)?(?! (?:any |more |close )?attention)|paid|afford(?:able|ed|ing)?|expensive|cheap(?:er|est)?|insurance|insured|covered by|dollars?)\b|\$/ },
  {
    intent: 'location',
    pattern: /\b(near me|nearby|close to me|in my (area|city|state|town|country)|where (can|do|could|should|would) (i|you|we|one) (get|find|buy|go|receive)|locations?|closest)\b/,
  },
  // "At risk" and "risk factors" ask who gets a condition, not what harm a treatment does.
  { intent: 'side-effects', pattern: /\b(side[- ]?effects?|adverse|(?<!\bat (a )?(higher |greater |more |most |increased )?)risks?(?! factors?)|dangerous|danger|harm(ful)?|safe|safety|unsafe)\b/ },
  {
    intent: 'onset',
    pattern:
      /\b(how (fast|quick(ly)?|soon|rapid(ly)?)|how long (until|till|til|before|to (work|kick|feel|see|notice|start|help))|how long (does|do|will|would|did|should|can)\b.{0,40}\btake\b|take(s)? (time )?to (work|kick in|help)|kick(s|ing)? in|start(s)? (working|to work|helping)|take(s)? effect|onset|when (will|does|do|would|should|can|could) (it|they|i|you|people|patients|this|\w+)\b.*\b(work|help|kick|start|feel|notice|see|better))/,
  },
  // "last" as in "the last time", "last few weeks" is no duration.
  {
    intent: 'duration',
    pattern:
      /\b(how long|how much time|how many (days|weeks|months|years)|(?<!\b(the|my|his|her|their|your|our|this|that|at|a) )last(s|ing)?\b(?! (time|times|week|weeks|month|months|year|years|night|nights|day|days|few|one|thing|resort|minute))|wear(s|ing)? off|duration|length)\b/,
  },
  { intent: 'duration', weak: true, pattern: /\b(fade(s|d)?|persist|long[- ]term)\b/ },
  {
    intent: 'dose',
    // "how many" counts doses only when it counts a unit of one ("how many mg", "how many sessions");
    // "how many moms get it" asks how common; "how much does it help" asks a degree, not an amount.
    pattern: new RegExp(
      `\\b(how much(?! (does|do|did|is|are|was|were|will|would|can|could|has|have)\\b)|how many (${DOSE_UNITS})\\b|doses?|dosage|dosing|mg|milligrams?)\\b`,
    ),
  },
  { intent: 'dose', weak: true, pattern: /\b(amount|quantity|strength)\b/ },
  {
    intent: 'administration',
    pattern:
      /\b(how (is|are|do|does|can) (it|this|they|you|patients|people|i|\w+)\b.*\b(given|take(n)?|administered|delivered|used|get)|administ\w*|route|inject\w*|iv|intravenous\w*|nasal|nose|spray)\b/,
  },
  {
    intent: 'mechanism',
    pattern:
      /\b(how (does|do|can|would|is) (\S+ ){1,4}?(work|help|supposed to work)|mechanism|science behind|what does (it|this|\S+) do (to|in)|in the brain|receptors?|brain chemistry|act(s)? on)\b/,
  },
  {
    intent: 'comparison',
    pattern: /\b(vs\.?|versus|compare[ds]?|comparison|difference|different from|better than|worse than|instead of|same (as|thing)|unlike)\b/,
  },
  // A plain speed word, once the specific frames above did not match: "can it help quickly?".
  { intent: 'onset', weak: true, pattern: /\b(quick(ly)?|fast(er)?|rapid(ly)?|right away|straight away|immediately|instantly|soon)\b/ },
  { intent: 'why', pattern: /\b(why|how come|what causes|what is the cause|causes? of|reasons? (for|why) )\b/ },
  {
    intent: 'who',
    pattern: /\b(who (is|are|gets?|can|should|shouldn't|needs?|benefits?|is most|are most|tends?)|at (a )?(higher |greater |more |most |increased )?risk|risk factors?|(more|less) likely|likelier|(raises?|increases?|ups?) (the |your |my |her |his |their |a )?(risk|chances?|odds)|chances? of (getting|having|developing)|genetic|hereditary|inherit(ed)?|runs? in (the )?famil(y|ies)|what (kind|type|sort)s? of (people|person|patients))\b/,
  },
  {
    intent: 'list',
    pattern:
      /^(what|which|wat)( are| r|'re)? (the )?(main |common |typical |usual |key |different |other |best |early |warning )?(symptoms?|signs?|types?|kinds?|ways?|steps?|tips?|options?|treatments?|risk factors?|examples?|habits?|techniques?|things|strategies|parts?|methods?|triggers?)\b|\b(list( of)?|what (can|should) (i|you|we) do|ways to|tips (for|to|on))\b/,
  },
  { intent: 'when', pattern: /^(so |and |but )?when\b|\b(what time of (day|year)|which (season|month|time))\b/ },
  {
    intent: 'definition',
    pattern: /(^|[.!?,;:]\s*)(what|whats|what's|wat) (is|are|'s)\b|\b(define|definition|meaning of|what kind of|stands? for|short for|what (does|do) \S+ mean)\b/,
  },
  {
    intent: 'more',
    pattern: /^(and )?(tell me more|more( info(rmation)?| details?)?|go on|continue|what else|anything else|keep going|elaborate|explain more|more please)\b/,
  },
];

const YES_NO = /^(is|are|can|could|does|do|did|will|would|should|may|might|has|have|was|were)\b/;
/** A question that OPENS with "why" asks for a reason, whatever else it names ("why does it matter how long…"). */
const WHY_FIRST = /^(?:(?:so|and|but|ok|okay)\s+)?(?:why|how come)\b/;

/**
 * The question type of a message.
 *
 * @example detectIntent(analyze('how long does it take to kick in')) // 'onset'
 * @example detectIntent(analyze('does it wear off')) // 'duration'
 */
export function detectIntent(a: Pick<Analysis, 'normalized'>): Intent {
  return readIntent(a.normalized).intent;
}

/**
 * The question type, and whether the clause that asks says it (sure) or only a cue word of the
 * story around it does. A story, then the question ("… nothing helps. when is it time to get
 * help?"): the question's own clause says what kind of answer is wanted.
 */
export function readIntent(normalized: string): { intent: Intent; sure: boolean } {
  const asked = askingClause(normalized);
  if (asked === null) return typeOf(normalized);
  const own = typeOf(asked);
  // "what else helps …" after a remark is a question of its own, not "tell me more".
  if (own.intent === 'more') own.intent = 'general';
  if (own.intent !== 'general' && own.intent !== 'yes-no') return own;
  const whole = typeOf(normalized);
  if (whole.intent === 'general' || whole.intent === 'more') return own;
  return { intent: whole.intent, sure: false };
}

/**
 * The question type may ground a decline ("no sentence answers it"): the clause that asks says it.
 * A type the message's own words do not give (carried over from the last turn, read again after a
 * spelling fix) keeps its standing.
 */
export function typeSure(normalized: string, intent: Intent): boolean {
  const read = readIntent(normalized);
  return read.sure || read.intent !== intent;
}

/** The type one text asks by the first rule that matches; unsure when that rule is a weak cue. */
function typeOf(normalized: string): { intent: Intent; sure: boolean } {
  const text = normalized.replace(/[?!.]+$/g, '').trim();
  if (WHY_FIRST.test(text)) return { intent: 'why', sure: true };
  for (const rule of RULES) if (rule.pattern.test(text)) return { intent: rule.intent, sure: rule.weak !== true };
  return { intent: YES_NO.test(text) ? 'yes-no' : 'general', sure: true };
}

/**
 * Cue words, in base form, of sentences that answer a question type: [strong, weak]. General health
 * and mood vocabulary only: nothing here names one article's subject.
 */
const CUES: Record<FeatureIntent, [string[], string[]]> = {
  duration: [['last', 'lasting', 'fade', 'duration', 'sustain', 'persist', 'disappear', 'permanent', 'remain'], ['long', 'window', 'longer', 'continue', 'week', 'month', 'year']],
  onset: [['fast', 'rapid', 'quick', 'quickly', 'immediately', 'onset', 'accelerate', 'fastest'], ['within', 'soon', 'speed', 'begin', 'start', 'first']],
  dose: [['dose', 'dosage', 'dosing', 'mg', 'milligram', 'microgram', 'lux', 'iu'], ['frequency', 'session', 'amount', 'daily', 'strength']],
  'side-effects': [['side', 'adverse', 'risk', 'harm', 'harmful', 'danger', 'dangerous', 'unsafe', 'nausea', 'headache', 'drowsiness', 'dizziness', 'dependence', 'addiction'], ['unpleasant', 'safety', 'safe', 'mild', 'caution', 'warning']],
  mechanism: [['receptor', 'neurotransmitter', 'hormone', 'mechanism', 'signal', 'signaling', 'regulate', 'chemical', 'circadian', 'serotonin', 'dopamine', 'melatonin'], ['neural', 'brain', 'body', 'release', 'produce', 'trigger', 'clock', 'level', 'system']],
  administration: [['intravenous', 'intranasal', 'nasal', 'spray', 'given', 'inject', 'injection', 'infusion', 'pill', 'tablet', 'capsule', 'oral'], ['session', 'home', 'form', 'daily', 'morning', 'supplement']],
  comparison: [['traditional', 'conventional', 'unlike', 'contrast', 'alternative', 'whereas', 'compare', 'differ', 'vs', 'versus'], ['while', 'than', 'other', 'same', 'similar', 'instead', 'rather']],
  why: [['because', 'due', 'therefore', 'reason', 'cause', 'why'], ['by', 'so', 'since', 'lead', 'result', 'trigger', 'link']],
  cost: [['cost', 'price', 'dollar', 'insurance', 'afford', 'expensive', 'fee'], ['pay', 'cheap']],
  // Not "provider": its stem is "provid", which every "provides relief" sentence has.
  location: [['nearby', 'located', 'location', 'address', 'city', 'directions'], ['near', 'where']],
  definition: [['call', 'define', 'definition', 'term', 'refer', 'mean', 'stand', 'short'], ['type', 'form', 'kind', 'known']],
  list: [[], []],
  who: [['people', 'person', 'woman', 'man', 'child', 'children', 'teenager', 'adult', 'patient', 'anyone', 'family', 'age'], ['who', 'those', 'older', 'young', 'group', 'many', 'most']],
  when: [['when', 'during', 'winter', 'summer', 'autumn', 'fall', 'spring', 'season', 'morning', 'evening', 'night', 'bedtime'], ['before', 'after', 'until', 'time', 'day', 'year', 'month', 'week']],
};
const CUE_TERMS: Record<FeatureIntent, [Set<string>, Set<string>]> = Object.fromEntries(
  FEATURE_INTENTS.map((k) => [k, [new Set(CUES[k][0].map(termOf)), new Set(CUES[k][1].map(termOf))]]),
) as Record<FeatureIntent, [Set<string>, Set<string>]>;

/**
 * Terms that stand in for a question type when the visitor names no subject ("how fast?"): its
 * strong cue words (terms), plus the article's words about the text for "what does this cover".
 * The engine keeps only those the article uses.
 */
export function cueTerms(intent: Intent): string[] {
  if (intent === 'overview') return ['discuss', 'articl', 'cover'];
  const k = FEATURE_INTENTS.indexOf(intent as FeatureIntent);
  return k < 0 ? [] : [...CUE_TERMS[FEATURE_INTENTS[k]!][0]];
}

/** Time units whose mention states a time ("for weeks or months", "within hours"). */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'lifetime', 'overnight', 'forever', 'permanently']);
/** Fit of a duration or onset sentence that states no time. */
const UNTIMED = 0.45;

/** True when a term is a cue word (strong or weak) of a question type: "last" for duration. */
export function isCueTerm(intent: Intent, term: string): boolean {
  const k = FEATURE_INTENTS.indexOf(intent as FeatureIntent);
  if (k < 0) return false;
  const [strong, weak] = CUE_TERMS[FEATURE_INTENTS[k]!];
  return strong.has(term) || weak.has(term);
}

/** Time entities count towards duration and onset: "days to weeks", "within hours". */
const TIME_ENTITIES = new Set(['DURATION', 'TIME', 'DATE']);

/**
 * How well a sentence fits each question type, 0–1, in `FEATURE_INTENTS` order, then the `META`
 * flag. Computed once per
 * sentence (build time), from the lemmas of ALL its tokens (stop words included: "due to").
 */
export function sentenceFeatures(lemmas: string[], entityTypes: string[], shape: { list?: boolean } = {}): number[] {
  const terms = new Set(lemmas.map(termOf));
  // wink marks "two weeks" but not "weeks or months": a time unit counts as a stated time too.
  const hasTime = entityTypes.some((t) => TIME_ENTITIES.has(t)) || lemmas.some((l) => TIME_UNITS.has(l));
  const hasNumber = entityTypes.some((t) => t === 'CARDINAL' || t === 'QUANTITY');
  const fits = FEATURE_INTENTS.map((k) => {
    const [strong, weak] = CUE_TERMS[k];
    let s = 0;
    for (const t of terms) {
      if (strong.has(t)) s = Math.max(s, 0.75);
      else if (weak.has(t)) s = Math.max(s, 0.35);
    }
    if ((k === 'duration' || k === 'onset') && hasTime && s > 0) s += 0.25;
    // A duration word with no stated time ("its duration is important") names the question
    // without answering it: it fits less than a sentence that says how long.
    else if ((k === 'duration' || k === 'onset') && s > 0) s = Math.min(s, UNTIMED);
    if (k === 'duration' && hasTime && s === 0) s = 0.3;
    if (k === 'dose' && hasNumber && s > 0) s += 0.25;
    if (k === 'when' && hasTime) s = Math.max(s, 0.5);
    // "can take several weeks to work", "start to feel better within two weeks": time to effect.
    if (k === 'onset' && hasTime && (terms.has('take') || terms.has('within') || terms.has('start') || terms.has('begin'))) s = Math.max(s, 0.6);
    if (k === 'definition' && (definesEarly(lemmas) || namesShortForm(lemmas))) s = Math.max(s, 0.75);
    if (k === 'list' && shape.list) s = 1;
    return Math.min(1, s);
  });
  return [...fits, metaScore(lemmas)];
}

/** "… cognitive behavioural therapy (CBT) …": the sentence gives a short form its long form. */
function namesShortForm(lemmas: string[]): boolean {
  for (let i = 1; i + 2 < lemmas.length; i += 1) {
    if (lemmas[i] === '(' && lemmas[i + 2] === ')' && /^[a-z][a-z-]{1,6}$/.test(lemmas[i + 1]!)) return true;
  }
  return false;
}

/** "X is a/an/the …" near the start of a sentence: it says what something is. */
function definesEarly(lemmas: string[]): boolean {
  const n = Math.min(lemmas.length - 1, 8);
  for (let i = 1; i < n; i += 1) {
    if (lemmas[i] === 'be' && (lemmas[i + 1] === 'a' || lemmas[i + 1] === 'an')) return true;
  }
  return false;
}

/** Position of the "meta" flag in a sentence's feature vector (after the question types). */
export const META = FEATURE_INTENTS.length;

/**
 * 1 for a sentence that talks about the text rather than the subject ("We will also discuss
 * intravenous infusions, nasal sprays, side effects…"): it names topics without answering them.
 */
export function metaScore(lemmas: string[]): number {
  const first = lemmas.find((l) => /^[a-z]/.test(l)) ?? '';
  return lemmas.includes('discuss') || lemmas.includes('article') || first === 'we' || first === "we'll" ? 1 : 0;
}

/** Index of a feature intent in the per-sentence feature vector, or -1. */
export function featureIndex(intent: Intent): number {
  return (FEATURE_INTENTS as readonly string[]).indexOf(intent);
}
