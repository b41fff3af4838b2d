/**
 * Pipeline step 2: does the visitor ask for a decision about their OWN treatment (dose, stopping,
 * starting, mixing, schedule, driving, pregnancy)? Those get a referral to a clinician; general
 * questions ("what dose is used in clinics?") are answered from the article with a caution line.
 * Reads the shared safety view of the one wink `Analysis`.
 */
import { anyOf } from './prefilter.ts';
import { viewOf } from './view.ts';
import type { DomainWords, ReferralTexts } from '../site.ts';
import type { Analysis, ReferralSignal, ReferralTopic } from '../types.ts';
import { CLOSE_PEOPLE } from '../understand/helping.ts';

/** What people take for pleasure or habit: mixing it with nothing is no medical decision. */
const SUBSTANCE = '(?:alcohol|drink|wine|beer|liquor|booze|vodka|whiskey|weed|cannabis|marijuana|thc|cbd|edible|caffeine|coffee|energy drink|nicotine|mdma|psilocybin|mushroom|shroom)s?';
/** Medicines by name or kind. */
const MEDICINE =
  '(?:xanax|valium|ativan|klonopin|benzo|benzodiazepine|adderall|ritalin|vyvanse|lexapro|zoloft|prozac|sertraline|fluoxetine|escitalopram|citalopram|paxil|wellbutrin|bupropion|effexor|venlafaxine|cymbalta|duloxetine|trazodone|lithium|lamictal|lamotrigine|seroquel|quetiapine|abilify|antidepressant|ssri|snri|maoi|opioid|oxycodone|tramadol|gabapentin|birth control|sleeping pill|melatonin|ibuprofen|advil|motrin|tylenol|acetaminophen|paracetamol|aspirin|painkiller|antihistamine|benadryl|medication|med|meds|pill)s?';
const DRUG = `(?:${SUBSTANCE}|${MEDICINE})`;
/** A treatment named by its kind. */
const TREATMENT_KIND = 'treatment|therapy|infusion|session|prescription|medicine|drug|dose|booster|nasal spray|injection|tablet';
const escape = (w: string): string => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Cues per topic, checked in this order: the more specific decision wins. `named` are the site's
 * treatment names (knowledge/domain.json), matched wherever "it" or "the treatment" would be.
 */
function topicCues(named: readonly string[]): Array<[ReferralTopic, RegExp]> {
  const NAMED = named.length > 0 ? `(?:${named.map(escape).join('|')})` : '(?!)';
  const TREATMENT = `(?:${NAMED}|it|infusion|treatment|nasal spray|this)`;
  return [
    ['dose', new RegExp(` (?:dose|dosage|dosing|mg|milligram|ml|how (?:much|many)(?! people| infusion| session| treatment| time| week| day)|double|triple|extra (?:dose|spray)|increase|up my|lower (?:my|the|it)|decrease|more (?:${NAMED}|of it|spray)|higher|too (?:much|little|low|high)|half)(?= )`)],
    // (Not what something else is made to do: "how do I make it stop", "I want the pain to stop".)
    ['stop', / (?<! make(?! (?:myself|me) )(?: \S+){0,3} | (?:it|this|that|them|the \S+) to )(?:stop|quit|come off|go off|get off|wean|taper|discontinue|keep take|continue take|skip|cold turkey)(?= )/],
    ['mix', new RegExp(
      ` (?:mix|combine|together|interact|interaction|with (?:my |a |some |the )?${DRUG}|(?:while|when|if) (?:i'm |im |i be |you be |you're )?on (?:my |a |some )?${DRUG}|on ${DRUG}|(?:drink|smoke|vape|have|use|take) (?:a |some |my |the )?(?:glass of |few |couple )?${DRUG}|${DRUG} (?:[^ ]+ )?(?:after|before|during|while|with|on|alongside)|(?:take|use|have|mix|combine) ${TREATMENT} (?:with|and|alongside|on top of))(?= )`,
    )],
    ['schedule', / (?:how (?:often|frequently)|frequency|every (?:day|week|month|other|few|night|morning)|twice|once a|next (?:infusion|booster|session|dose|treatment|appointment)|when should i|schedule|booster|how many (?:session|infusion|treatment|dose)s?|space (?:out|them)|wait between|daily|weekly|monthly|per (?:week|month|day))(?= )/],
    ['other', / (?:drive|driving|go to work|back to work|work (?:the|after|tomorrow|next)|pregnant|pregnancy|breastfeed|breast feed|breastfeeding|nursing|operate|machinery|fly|travel|exercise|gym|surgery|school)(?= )/],
    // Starting needs its own decision frame: "I started it last week, when will I feel better?" is
    // a question about time, not a decision.
    ['start', new RegExp(
      ` (?:(?:should|can|could|would|shall|do) i (?:[^ ]+ ){0,2}(?:try|start|get|begin|switch|go for|do|use|consider) (?:${TREATMENT}|an infusion|infusions|from|to)|(?:what|which) (?:[^ ]+ ){0,2}(?:${MEDICINE}|medicine|medication|med|pill|tablet|drug)s? (?:should|can|could|would|do) i (?:take|try|use|ask for|start)|(?:should|can|could|would|shall) i (?:take|try|start) (?:a |an |some |the )?(?:${MEDICINE}|medication|pill|tablet)s?|(?:right|good|safe|ok|okay|worth it|suitable|appropriate) for me|(?:would|will|could|can|do|does|might) ${TREATMENT}s? (?:[^ ]+ )?work for me|(?:can|could|would|will) ${TREATMENT} help me(?! understand| find| with (?:a|this|my) question| out)|(?:a |good |right )candidate|do i need (?:${NAMED}|it|an? infusion|treatment)|(?:${NAMED}|ect|tms) or (?:${NAMED}|ect|tms|therapy))(?= )`,
    )],
  ];
}

/**
 * A treatment the decision is about: a drug or medicine word, a site treatment name, or the object
 * of "stop"/"quit"/"come off" (it, them, taking …). A message with none decides nothing medical.
 */
function treatmentObject(named: readonly string[]): RegExp {
  const NAMED = named.length > 0 ? `|${named.map(escape).join('|')}` : '';
  return new RegExp(
    ` (?:${DRUG}|${TREATMENT_KIND}${NAMED}|(?:stop|quit|come off|go off|get off|wean|taper|discontinue|skip) (?:(?:it|them|this|that)(?! (?:from|come|coming|happen|happening|get|getting|return|returning|spread|spreading|recur|recurring|build|building)(?= ))|take|use|my|the|everything|all)|(?:stop|quit|discontinue)(?: [?.!]+)* $)(?= |$)`,
  );
}

/** Words that make "how much" a dose without naming the drug. */
const DOSE_TAKEN = / (?:dose|dosage|dosing|mg|milligram|ml|take|spray|pill|tablet)s?(?= |$)/;
/** A decision about the visitor's own treatment: "should I", "can I", "is it safe for me", "for me". */
const PERSONAL =
  / (?:(?:should|can|could|may|must|do|would|will|shall|be) (?:i|me)|(?:is|be) it (?:ok|okay|safe|fine|alright|bad|dangerous|wise|a good idea|a bad idea|risky|possible|normal|too)(?: for me)? (?:to|if)|for me|i (?:need to|have to|want to|plan to|be suppose to|be supposed to) (?:take|stop|quit|start|use|increase|lower)|(?:my|mine) (?:dose|dosage))(?= )/;
/** Someone close, named as the one whose treatment is decided ("should my mum stop her sertraline",
 * "my husband wants to come off his antidepressants"): the decision is theirs and their clinician's. */
const CLOSE_PERSON = `(?:my|our|his|her) (?:\\S+ )?(?:${CLOSE_PEOPLE})`;
const CLOSE = new RegExp(` (?:(?:should|can|could|may|must|do|would|will|shall|be) ${CLOSE_PERSON}|(?:his|her|their) (?:dose|dosage)|${CLOSE_PERSON} (?:want|plan|be thinking about|be go to|decide|need|try)(?: to)? (?:stop|quit|come off|start|take|increase|lower|skip|double|halve|cut down|taper|wean))(?= )`);
/** Mixing questions are personal even with a generic "you": the bot never advises combining drugs. */
const GENERIC_PERSONAL = / (?:can|should|could) (?:you|u|one|people|someone)(?= )|(?:is|be) it (?:ok|okay|safe|fine|alright|bad|dangerous|risky)(?= )/;

/** Mixing named as such. */
const MIXING = / (?:mix|combine|interact|interaction|together with|on top of)(?= )/;
/** A substance with a bare time that points at a treatment: "can i have a beer after?". */
const SUBSTANCE_THEN = new RegExp(` ${SUBSTANCE} (?:\\S+ )?(?:after|afterwards|before|beforehand|during)(?: (?:it|that|this|them))?(?: [?.!]+)* *$`);

export type ReferralDetector = (a: Analysis) => ReferralSignal;

/**
 * The referral detector for a site's treatment names. `topic` is set for general questions too, so
 * the engine can add the clinician caution to a general dose answer.
 *
 * @example createReferralDetector({ treatments: ['melatonin'], subjects: [] })(analyze('how much melatonin should I take')) // { personal: true, topic: 'dose', … }
 * @example createReferralDetector(domain)(analyze('what dose is used in clinics?')) // { personal: false, topic: 'dose', … }
 */
export function createReferralDetector(domain: DomainWords): ReferralDetector {
  const topics = topicCues(domain.treatments);
  // The union of the topics: one test for the many messages that have none.
  const anyTopic = anyOf(topics.map(([, re]) => re));
  const objects = treatmentObject(domain.treatments);
  const withMedicine = new RegExp(` (?:${MEDICINE}|${TREATMENT_KIND}${domain.treatments.map((t) => `|${escape(t)}`).join('')})(?= |$)`);
  return (a) => {
    const { lem } = viewOf(a);
    const found = anyTopic.test(lem) ? topics.find(([, re]) => re.test(lem)) : undefined;
    if (!found) return { personal: false, topic: 'other', reason: 'none' };
    const topic = found[0];
    // Every decision is a medical one only about a treatment: "stop overthinking", "how often should
    // I practise the breathing exercise", "how much should I explain to my son", "what can we do
    // together" and "am I doing it wrong?" after the gym are not. A dose is also named by taking it
    // ("how much should I take").
    if (!objects.test(lem) && !(topic === 'dose' && DOSE_TAKEN.test(lem))) return { personal: false, topic, reason: `general:${topic}` };
    // Mixing is a decision about two things: a medicine or a treatment with something, or a
    // substance said with a time that points at a treatment ("can i have a beer after"), or mixing
    // named as such. "is a drink ok to get through it" mixes nothing.
    if (topic === 'mix' && !MIXING.test(lem) && !withMedicine.test(lem) && !SUBSTANCE_THEN.test(lem)) return { personal: false, topic, reason: 'general:mix' };
    // "where can I get it?" asks for a place, which an article rarely covers (a fallback).
    if (topic === 'start' && / where /.test(lem)) return { personal: false, topic, reason: 'general:start' };
    const personal = PERSONAL.test(lem) || CLOSE.test(lem) || ((topic === 'mix' || topic === 'other') && GENERIC_PERSONAL.test(lem)) || (topic === 'mix' && / (?:mix|combine|interact|interaction|(?:safe|ok|okay|dangerous|fine|risky) (?:with|alongside|to take with))(?= )/.test(lem));
    return { personal, topic, reason: `${personal ? 'personal' : 'general'}:${topic}` };
  };
}

/** The fixed referral wording for a topic (knowledge/referral.json). */
export function referralText(texts: ReferralTexts, topic: ReferralTopic): string {
  return texts[topic];
}
