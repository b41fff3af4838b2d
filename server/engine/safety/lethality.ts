/**
 * A question about how much of a means ends a life, read by its parts rather than its phrasing:
 * an amount or limit (how many, how high, what speed, enough, too many), a harm outcome (die,
 * fatal, not wake up, too late, nobody survives) and a means (a word of the site's means, risk and
 * lethality lists or its treatments, or a quantity of something). "How fast does a car need to be
 * going into a wall so nobody survives" and "how many units would it take to never wake up" are
 * the same reading; "how many people die from it each year" asks about a population, and "how much
 * is too much" names no outcome.
 */
import { anyWords } from './phrases.ts';
import { QUESTION_OPENERS, type RiskVocabulary } from './scorer.ts';
import type { View } from './view.ts';

/** The amount or limit asked about. One test rules out most messages. */
const AMOUNT = anyWords([
  'how (?:many|much|high|far|deep|long|fast|quick|quickly|cold|hot|tall|strong|big)',
  'what (?:amount|dose|quantity|number|height|speed|depth|temperature|floor|storey|level|mg)',
  'which (?:floor|storey|level|height)', 'at what (?:point|speed|height|dose|amount|level)',
  'enough', 'too (?:many|much)', '(?:the )?(?:max|maximum|limit)', 'would it take', 'does it take', 'it takes', 'need(?:ed)? to (?:be|take|fall|go|stay)',
  '(?:lethal|fatal|deadly|toxic) (?:dose|amount)', 'all (?:my|your|the|of my|of your|of the) \\S+(?: \\S+)? at once',
]);
/** Frames that name a measure themselves: the thing measured needs no name ("at what speed … nobody survives"). */
const MEASURED = anyWords([
  'how (?:many|much|high|far|deep|long|fast|cold|tall)', 'what (?:amount|dose|quantity|height|speed|depth|temperature|floor|storey)',
  'which (?:floor|storey|level|height)', 'at what (?:speed|height|dose|amount)', '(?:lethal|fatal|deadly|toxic) (?:dose|amount)',
]);
/** A story told (a relative who died, an overdose years ago): not a question about now. */
const TOLD = / (?:did|was|were|took|had|died|killed|overdosed|ago|last (?:year|month|week)|in (?:19|20)\d\d)(?= )/;
/** The outcome: death or a body that stops, in plain or veiled words. */
const OUTCOME = anyWords([
  'die', 'dying', 'dead(?! meat| tired| serious| set| wrong| right| beat| end)', 'death', 'fatal', 'lethal', 'deadly', 'kill', 'kills', 'killed',
  '(?:never|not|wont|dont|doesnt|to not|so i dont|so they dont|so you dont) (?:wake up|wake|come back(?: up)?|make it|survive)',
  '(?:nobody|no one|noone) (?:survives|would survive|could survive|can survive|wakes up)', 'too (?:many|much) to survive',
  'too late', 'for good', '(?:its|it is|it s) (?:definitely |all |really )?over', 'certain', 'guaranteed',
  'stops? (?:my|your|the|their|his|her|a persons|someones|a) (?:heart|breathing|lungs)', '(?:heart|breathing) (?:stops|gives out|give out|fails)',
  'gives? out', 'bleed out', 'drown', 'overdose', 'od', 'not (?:coming|come) back', '(?:lose|losing) consciousness', 'pass out',
]);
/** The extreme of a means asked for: the highest bridge, the most deadly drug, the least painful way. */
const EXTREME = anyWords([
  '(?:the )?(?:highest|tallest|deepest|fastest|coldest)', '(?:the )?(?:most|least) (?:deadly|lethal|toxic|painless|painful|dangerous|effective|reliable|certain|sure)',
]);
/** Research and populations: how many people die of it is a question about a rate. */
const POPULATION = / (?:people|patients|persons|deaths|cases|americans|teens|adults|kids|users|rate|rates|statistics|percent|studies|study|research|mice|rats|animals?|horses?|dogs?|cats?|(?:each|every|per|a) year)(?= )/;
/** Quantities that make the thing counted a means whatever it is ("how many units", "50 of them"). */
const MEASURE = new Set(['pills', 'tablets', 'units', 'mg', 'grams', 'doses', 'packs', 'boxes', 'bottles', 'metres', 'meters', 'feet', 'storeys', 'stories', 'floors', 'mph', 'minutes', 'seconds']);

/**
 * True when a message asks how much of a means kills. `means`: the site's means, risk and
 * lethality words (single words, lemma or surface); `treatments`: its treatments, a means only
 * when an amount and an outcome are asked ("the fastest infusion" is not a question about harm).
 *
 * @example lethalQuestion(plainText('what floor do you need to be on so a fall is certain'), view, means) // true
 */
export function lethalQuestion(plain: string, v: View, means: ReadonlySet<string>, treatments: ReadonlySet<string>): boolean {
  // `plain`: the plain form of the view's surface with idioms masked ("dying to know how long").
  if (EXTREME.test(plain)) return extremeAsked(plain, v, means);
  if (!OUTCOME.test(plain) || POPULATION.test(plain) || TOLD.test(plain)) return false;
  const asked = AMOUNT.test(plain);
  if (asked && MEASURED.test(plain)) return true;
  for (let i = 0; i < v.words.length; i++) {
    const w = v.words[i]!;
    if (OUTCOME_ONLY.has(w) || v.negated[i] || !(means.has(w) || means.has(v.lemmas[i]!) || treatments.has(v.lemmas[i]!) || MEASURE.has(w))) continue;
    // A means with an amount asked, or counted ("50 paracetamol", "10 metres", "20 of my pills").
    if (asked || isCount(v.words[i - 1]) || (v.words[i - 1] === 'of' && isCount(v.words[i - 2]))) return true;
  }
  return false;
}

/** "Which bridge in town is the highest": a question naming a means and asking for its extreme. */
function extremeAsked(plain: string, v: View, means: ReadonlySet<string>): boolean {
  if (POPULATION.test(plain) || TOLD.test(plain) || !(ASKING.has(v.words[0] ?? '') || plain.includes(' what ') || plain.includes(' which '))) return false;
  for (let i = 0; i < v.words.length; i++) {
    const w = v.words[i]!;
    if (!OUTCOME_ONLY.has(w) && !v.negated[i] && (means.has(w) || means.has(v.lemmas[i]!))) return true;
  }
  return false;
}

/** First words of a question. */
const ASKING = new Set(['which', 'what', 'whats', 'where', 'wheres', 'how', 'is', 'are', 'does', 'do', 'can', 'could', 'would']);

const isCount = (w: string | undefined): boolean => w !== undefined && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;

/** Words of the outcome the means lists also hold: they say how it ends, not with what. */
const OUTCOME_ONLY = new Set(['die', 'dying', 'death', 'dead', 'kill', 'killing', 'fatal', 'lethal', 'deadly', 'overdose', 'od', 'suicide', 'suicidal', 'painless', 'unconscious']);

/** What a question about a means asks: an amount, a height, a speed, an effect on the body. */
const LETHAL_FRAME = / (?:enough|a lot|too (?:many|much)|quick|quickly|fast|painless|painful|hurt|kill|die|survive|last without|without (?:air|breathing)|before (?:\S+ ){0,3}(?:give|gives|stop|stops|fail|fails|shut|shuts)|what happens if|how (?:deep|cold|high|far down))(?= )/;
/** Words that name the harm itself: they make the frame, not the means. */
const FRAME_WORDS = new Set(['lethal', 'fatal', 'deadly', 'painless', 'kill', 'killing', 'die', 'dying', 'death']);

/** A question (by its first word or a question mark) naming a means, asked in a lethal frame. */
export function meansQuestion(v: View, normalized: string, plain: string, vocab: RiskVocabulary): boolean {
  // (The word as written too: "is" has the lemma "be".)
  if (!QUESTION_OPENERS.has(v.lemmas[0] ?? '') && !QUESTION_OPENERS.has(v.words[0] ?? '') && !normalized.includes('?')) return false;
  let named = false;
  for (let i = 0; i < v.lemmas.length && !named; i++) {
    const w = v.words[i]!;
    named = !FRAME_WORDS.has(w) && (vocab.harm.has(v.lemmas[i]!) || vocab.harm.has(w));
  }
  return (named || OWN_SUPPLY.test(plain)) && LETHAL_FRAME.test(plain) && !POPULATION.test(plain);
}

/** Tens of something of one's own ("30 of my lithium", "a whole box of my sleeping tablets"): a supply, whatever it is called. */
const OWN_SUPPLY = / (?:[1-9]\d+|a (?:whole|full) (?:bottle|box|pack|packet|strip|jar)) of (?:my|mine|my own) (?!(?:friends?|family|kids|children|class|team|colleagues|coworkers|followers|students|clients|patients|money|savings|salary|time|days?|life|hours?|week)\b)/;
