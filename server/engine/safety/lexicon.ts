/**
 * The crisis lexicon: patterns over the safety view's lemma string (`lem`, e.g. "i do not want to
 * live anymore") or surface string (`tok`, where tense matters: "took", "overdosed"). Patterns are
 * general shapes — intent + act, method + quantity, negated desire to live — never test sentences.
 * `{name}` expands to the macro below; every pattern is compiled once, at module load.
 *
 * Fields of a rule:
 * - `deniable`: a negation of its own clause denies it ("I'm not suicidal"). False where the
 *   negation IS the signal ("I don't want to live", "I can't go on").
 * - `anchor`: 'notGeneric' = the nearest subject must not be people in general or a drug
 *   ("patients who want to die" is a topic); 'person' = it must be the writer or a person they
 *   name ("my bf talks about ending it", not "let's talk about suicide").
 * - `weak`: a distress cue that needs a second cue (here or earlier in the conversation).
 */

import { BODY_PART } from './body.ts';
import { LEVEL_RULES } from './lexicon-levels.ts';
import type { RuleSpec } from './taxonomy.ts';

export type { RuleSpec } from './taxonomy.ts';

const W = '[^ .,;:!?]+';
const MACROS: Record<string, string> = {
  w: W,
  to: '(?:to|2)',
  refl: '(?:myself|yourself|himself|herself|themselves|themself|ourselves|my self|him self|her self)',
  poss: '(?:my|his|her|their|your|our)',
  // Where people hurt themselves: one list for every self-harm pattern (a plural too, for the token patterns).
  body: `${BODY_PART}s?`,
  subj: "(?:i|i'm|im|he|she|they|he's|she's|we)",
  obj: '(?:me|him|her|them)',
  adv: '(?:just|really|so|actually|honestly|seriously|literally|finally|simply|quietly|kinda|kind of|rather|even|maybe|probably|definitely|soon|truly|all|sometimes|often|always|still|fucking|fuckin|go|badly|sometime)',
  eoc: '(?= (?:[.,;:!?]|but|and|so|lol|tbh|fr|now|tonight|today|$))',
  intent:
    '(?:want|wanna|wish|hope|pray|long|plan|intend|gonna|go to|go ta|about to|ready to|prepared to|would like|like to|decide|think about|think of|consider|contemplate|try|attempt|need|deserve|have to|gotta|got to|start|begin|tempt|tempted|feel like|mean to|fantasize about|dream about|urge to|could just|should just|might just|can just|prepare to|threaten to)',
  // What a person intends when the intent is to die or to harm themselves.
  act: [
    'die', 'be dead', 'death', 'kill {refl}', 'kill me', 'end {poss} (?:own )?life', 'finish(?: with)? {poss} (?:own )?life{eoc}', 'end it(?: all)?(?! with)',
    'end everything', 'end thing(?! with)', 'take {poss} (?:own )?life', 'unaliv{w}*', 'commit suicide',
    'suicide', 'overdose', 'od', 'hang {refl}', 'shoot {refl}', 'drown {refl}', 'jump (?:off|from|out)',
    'jump{eoc}', 'hurt {refl}', 'harm {refl}', 'cut {refl}', 'burn {refl}', 'starve {refl}', 'disappear(?! into| in a| in the| under| for (?:a|the) (?:bit|while|day|weekend|week|evening|night))',
    'vanish', 'not exist', 'stop exist(?:ing)?', 'stop liv(?:e|ing)', 'stop breathing', 'cut{eoc}', 'cease to exist', 'not be alive', 'not be here',
    'not be around', 'sleep forever', '(?:(?:go to sleep|fall asleep|sleep) (?:and )?)?(?:never|not) wake up',
    'take (?:all|every|the whole|a whole|the rest of)(?: of)?(?: {poss}| the| these| those| them)?(?: {w})? (?:pill|med|meds|medication|tablet|bottle|drug|sleeping|painkiller|it|them)',
    'swallow (?:all|everything|every|the whole|a whole|a bunch|a handful)', 'kms', 'self harm', 'selfharm',
    'off {refl}', 'end {refl}', 'slit {poss}? ?wrist',
  ].join('|'),
  // What the negated desire is about: "don't want to [live]", "no reason to [go on]".
  life: [
    'liv(?:e|ing)(?! with(?! {refl}))', 'life(?! insurance| coach| expectancy| hack)', 'be alive', 'stay alive',
    'stay here', 'go on', 'keep go(?:ing)?', 'keep liv(?:e|ing)', 'carry on', 'wake up', 'get up', 'exist(?:ing|ence)?',
    'continue', 'anything(?: anymore)?', 'any of (?:this|it)', 'it all', 'anymore', 'keep try(?:ing)?',
    'be around', 'try anymore', 'be in this world',
  ].join('|'),
  structure:
    '(?:bridge|building|cliff|roof|rooftop|tower|skyscraper|overpass|parking garage|garage|parking deck|car park|carpark|multistorey|multi storey|balcony|ledge|dam|high rise|highrise)s?',
  // Heights asked about, not "the building is tall": comparatives, measures, "how high".
  height:
    '(?:taller|tallest|higher|highest|height|how tall|how high|high enough|tall enough|drop|\\d+ ?(?:m|ft|feet|foot|meters?|metres?|stor(?:y|ey|ies|eys)|floors?)|stor(?:y|ey|ies|eys)|floors)',
  drug: '(?:pill|med|meds|medication|tablet|sleeping pill|sleeping tablet|painkiller|antidepressant|paracetamol|tylenol|ibuprofen|acetaminophen|aspirin|insulin|opioid|methadone|oxy|benzo|lithium|adderall|xanax|pack|packet|box|bottle)s?',
  pills: '(?:pills?|meds|medications?|tablets?|bottles?|drugs|painkillers|sleeping pills|insulin|tylenol|xanax|prescription|supply)',
};

function expand(src: string): string {
  let out = src;
  for (let i = 0; i < 4 && /\{\w+\}/.test(out); i++) {
    out = out.replace(/\{(\w+)\}/g, (m, k: string) => (MACROS[k] !== undefined ? `(?:${MACROS[k]})` : m));
  }
  return out;
}


export const RULES: RuleSpec[] = [
  // ── Ideation: intent + act ───────────────────────────────────────────────────────────────────
  { id: 'ideation:intent', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: '{intent}(?: {to}| of| about| for)?(?: {adv}){0,3}(?: {to})? {act}' },
  { id: 'ideation:talks-about', on: 'lem', deniable: true, anchor: 'person',
    src: '(?:talk|joke|post|write|text|rant|speak)(?: {adv})? (?:about|of) {act}' },
  { id: 'ideation:wish', on: 'lem', deniable: true,
    src: 'why can not {subj}(?: {adv})? (?:die|disappear|not wake up|end it)|(?:what if|maybe) {subj}(?: {adv}){0,2} (?:end it|kill {refl}|end {poss} life|take {poss} life)|(?:the night|the day|tonight|today|tomorrow|time) {subj} (?:end it|die|kill {refl}|do it)|{subj} (?:will|\'ll|shall) (?:just )?(?:end it|die|end {poss} life)|(?:wish|hope|pray) (?:that )?{subj}(?: (?:could|would|will|might|do|just|can|\'d|be|have)){0,3} (?:{adv} )?{act}' },
  { id: 'ideation:wish-dead', on: 'lem', deniable: true,
    src: 'wish (?:that )?{subj}(?: {w}){0,3}? (?:dead|gone|(?:not|never) (?:be |been )?(?:born|alive|here|around)|die|disappear|vanish|not exist|never exist)' },
  { id: 'ideation:rather-dead', on: 'lem', deniable: true,
    src: 'rather (?:be dead|not (?:be alive|exist|be here|wake up|live))|better off dead' },
  { id: 'ideation:act', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: '(?:kill|hang|shoot|drown|poison|suffocate|stab|off|delete|unalive) {refl}|kill yourself|(?:end|take) {poss} (?:own )?life|finish(?: with)? {poss} (?:own )?life{eoc}|slit {poss} (?:wrist|throat)|blow {poss} brains? out|bullet (?:in|through) {poss} (?:head|brain)' },
  { id: 'ideation:it-to-end', on: 'lem', deniable: true,
    src: '(?:want|wish|need|hope) (?:it all|everything|all of this|all this|all of it|{poss} life|life|the suffering|this life) {to} (?:end|stop|be over)|(?:want|wish|need) it {to} (?:end|be over)(?: forever| for good| now| tonight)?{eoc}' },
  { id: 'ideation:death-thoughts', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: '(?:think|dream|fantasize|obsess|daydream|thought)(?: {adv}){0,2} (?:about|of|over) (?:death|die|dying|be dead|kill {refl}|end (?:it|{poss} life)|not wake up|not be here|disappear)|(?:think|thinking) (?:suicide|kill {refl})' },
  // ── Negated desire to live, exhaustion: the negation is the signal ──────────────────────────
  { id: 'ideation:not-want-live', on: 'lem', deniable: false,
    src: '(?:not|never|no longer)(?: {w}){0,3}? (?:want|wanna|wish|desire|like|feel like|deserve)(?: {to})? (?:liv(?:e|ing)(?! with(?! {refl}))|be alive|stay alive|exist|go on|keep go(?:ing)?|continue|survive|be in this world|be here(?= (?:[.,;:!?]|anymore|any more|any longer|on earth|in this world|no more|at all|$))|be around(?= (?:[.,;:!?]|anymore|any more|any longer|$))|wake up(?= (?:[.,;:!?]|anymore|any more|again|tomorrow|$)))|not care (?:if|whether) {subj} (?:live|die|wake up)' },
  { id: 'ideation:cant-go-on', on: 'lem', deniable: false,
    src: 'can (?:not|no longer) (?:go on|keep go(?:ing)?|keep liv(?:e|ing)|carry on|live like this|live this way|live with {refl}|face (?:another day|tomorrow|life)|keep do(?:ing)? this|cope)(?= (?:[.,;:!?]|anymore|any more|any longer|no more|like this|like that|with (?:life|this|it)|much longer|but|and|lol|$))' },
  { id: 'ideation:cant-do-this', on: 'lem', deniable: false,
    src: 'can not (?:do|take|handle|stand|bear|cope with|deal with|keep do) (?:this|it|that|life|anything|everything|any of this|it all)(?: (?:anymore|any more|any longer|no more|much longer)|(?= [.,;:!?] | $))' },
  { id: 'ideation:no-reason', on: 'lem', deniable: false,
    src: '(?:no|not (?:see|have|find|get) (?:a|the|any)|not any|lose (?:the|all|my|any)|run out of|what be the|whats the|is there (?:even )?(?:a|any)|be there (?:even )?(?:a|any)|there be no)(?: real| more| good)? (?:point|reason|purpose|will|meaning|desire)(?: (?:in|of|to|for))? (?:{life})' },
  { id: 'ideation:not-worth', on: 'lem', deniable: false,
    src: '(?:not|no longer|never|hardly|barely)(?: {w})? worth (?:liv(?:e|ing)|it anymore|go(?:ing)? on|stay(?:ing)? alive)' },
  { id: 'ideation:nothing-to-live-for', on: 'lem', deniable: false,
    src: '(?:nothing|no one|nobody|not (?:have )?(?:anything|anyone))(?: left)? (?:to live for|worth liv(?:e|ing) for)' },
  { id: 'ideation:tired-of-life', on: 'lem', deniable: true,
    src: '(?:tired|sick|exhausted|weary) of (?:liv(?:e|ing)|life|be alive|be here|exist(?:ing)?|everything|it all|wake up|this life|be me)|done (?:with|w)(?: /)? (?:life|liv(?:e|ing)|everything|it all|this life|this world|the world|exist(?:ing)?|all of it|be alive)|give up on (?:life|liv(?:e|ing)|everything|{refl})|have (?:have )?enough of (?:life|liv(?:e|ing)|everything|it all|this life|be alive)' },
  // ── Indirect signals ────────────────────────────────────────────────────────────────────────
  { id: 'indirect:better-off', on: 'lem', deniable: true,
    src: '(?:better|happier|easier|fine|good)(?: off)? without {obj}(?! {w}ing)|(?:better|happier|easier)(?: off)? if {subj}(?: {w}){0,2}? (?:be not (?:here|around|alive)|be gone|gone|be dead|die|disappear|be never born|never be born|be not born|leave forever|be no longer (?:here|around))' },
  { id: 'indirect:nobody-would-miss', on: 'lem', deniable: false,
    src: '(?:nobody|no one|none of them)(?: {w}){0,3}? miss {obj}|(?:nobody|no one|none of them)(?: {w}){0,3}? (?:notice|care|mind|cry|know) (?:if|when) {subj}(?: {w}){0,2}? (?:be gone|gone|die|be dead|disappear|kill|be not here|be not around|leave|vanish|be no longer)' },
  { id: 'indirect:not-much-longer', on: 'lem', deniable: false,
    src: '(?:after|when|once) (?:i\'m|im|he\'s|she\'s|{subj} be|{subj}) gone|(?:not|never) (?:go to |gonna |will )?be (?:a (?:burden|problem|bother)|around|here|alive)(?: {w}){0,2}? (?:much longer|for much longer|long|soon|for long|anymore|tomorrow|next week|after (?:tonight|today))|{subj} (?:will |\'ll |be go to |be gonna )?be gone (?:soon|tomorrow|tonight|forever|for good|by)' },
  { id: 'indirect:burden', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: "(?:i'm|im|be|feel(?: like)?|become)(?: such| just| nothing but| only| always)? (?:a |the )?burden(?: to| on| for)?" },
  { id: 'indirect:farewell', on: 'lem', deniable: true,
    src: "say (?:my )?goodbyes? to (?:everyone|everybody|all|the world|my|you all|y'all|this world|life|everything|them all)|(?:this|it) be (?:my )?(?:final |last )?goodbye|(?:final|last) (?:goodbye|message|words|note|letter|day alive|night alive)|say (?:all )?(?:my|our) goodbyes?|goodbye (?:forever|for good|world|cruel world|everyone|everybody)|(?:suicide|goodbye|farewell) (?:note|letter|message|video|text)" },
  { id: 'indirect:giving-away', on: 'lem', deniable: true,
    src: 'give away (?:all |most )?(?:of )?(?:{poss} )?(?:stuff|thing|belonging|possession|pet|cat|dog|everything|jewellery|jewelry|heirloom|valuable|treasure|keepsake|saving|collection)|give (?:all |most )?(?:of )?{poss} (?:stuff|thing|belonging|possession|pet|cat|dog|everything|jewellery|jewelry|heirloom|valuable|treasure|keepsake|saving|collection)(?: {w})? away' },
  // ── Method + intent / method inquiry ───────────────────────────────────────────────────────
  { id: 'method:took-too-many', on: 'tok', deniable: true,
    src: '(?:took|taken|swallowed|downed|popped|ate|overdosed on) (?:all|every|(?:my|the|a|his|her) whole|the whole|a whole|the entire|an entire|a bunch|a handful|a lot|loads|tons|too many|too much|way too many|way too much|like \\d+|\\d+|all of)(?: of)?(?: {w}){0,3}? (?:{pills}|of them|of it|(?= [.,;:!?] | $))(?! (?:this morning|today|tonight as|as prescribed|like usual|as usual|like normal|on time|for the day|like i should|every day))' },
  { id: 'method:overdosed', on: 'tok', deniable: true,
    src: "(?:i|he|she|they|friend|son|daughter|brother|sister|mom|dad|wife|husband)(?: {w})? (?:overdosed|od'd|oded|od-ed)" },
  { id: 'method:lethal-quantity', on: 'lem', deniable: false,
    src: 'how (?:long|fast|quickly) (?:do|does|will|would) it take (?:to|2) (?:die|bleed out|suffocate|overdose)|how (?:much|many)(?! people| patient| person| user| death| american| kid| teen| adult| case)(?: {w}){0,9}? (?:kill|die|dead|overdose|od|lethal|fatal|deadly|stop {poss} heart|not wake up|never wake up|end it|end {poss} life|be enough to)' },
  { id: 'method:lethal-dose', on: 'lem', deniable: true,
    src: '(?:most|more|least) (?:lethal|deadly|fatal)|deadliest|(?:lethal|fatal|deadly|killing|od|overdose) (?:dose|dosage|amount|quantity|level|number|limit)|enough {to} (?:kill|die|overdose|od|end it|end {poss} life|not wake up|stop {poss} heart)' },
  { id: 'method:take-all-die', on: 'lem', deniable: true,
    src: '(?:take|swallow) (?:all|everything|the whole|a whole)(?: {w}){0,6}? (?:die|be dead|kill me|overdose|od|wake up|survive)' },
  { id: 'method:way-to-die', on: 'lem', deniable: false,
    src: '(?:painless|easy|easiest|quick|quickest|fast|fastest|peaceful|best|surest|sure|certain|least painful|simple|simplest)(?: {w})? (?:way|method|means|option)s? (?:to|of|for) (?:die|dying|go|end it|kill|suicide|overdose|od|end {poss} life|do it|commit suicide|unalive)|(?:way|method)s? to (?:die|kill {refl}|kill yourself|commit suicide|end {poss} life|end it(?: all)?|unalive)|how (?:to|do i|can i|could i|should i|would i|do you|would you|does one)(?: {w})? (?:kill (?:myself|yourself|oneself|me)|commit suicide|end (?:it all|{poss} life|{refl})|hang (?:myself|yourself)|unalive)|how to (?:{w} )?overdose' },
  { id: 'method:height', on: 'lem', deniable: false,
    src: '{structure}(?: {w}){0,5}? {height}|(?:taller|tallest|higher|highest|height of|how tall|how high|high enough|tall enough)(?: {w}){0,4}? {structure}' },
  { id: 'method:jump', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: 'jump (?:off|from|out of|out|in front of|onto|into)(?: {w}){0,3}? (?:{structure}|window|train|traffic|top|floor|highway|freeway|river|lake|car)|{structure}(?: {w}){0,6}? (?:jump|survive|fall)|(?:jump|fall|survive)(?: {w}){0,6}? {structure}|(?:floor|story|storey|height|high)(?: {w}){0,5}? (?:jump|survive)' },
  { id: 'method:hanging', on: 'lem', deniable: true,
    src: 'noose|(?:buy|get|have|tie|find|hang|order|got) (?:a |some |the |my )?rope(?! swing| ladder| course| light)|rope (?:around|round|on) {poss} neck|rope (?:strong|long) enough' },
  { id: 'method:gun', on: 'lem', deniable: true,
    src: '(?:gun|pistol|firearm|rifle|shotgun|revolver|handgun)(?: {w}){0,8}? (?:{refl}|(?:to|at|in|against) {poss} (?:head|mouth|temple|chest))|(?:gun|pistol|firearm|rifle|shotgun|revolver|handgun|knife|blade|razor|rope|pill)s?(?: [^ ]+){0,12}? (?:use|point|turn|put) (?:it|them|that|this) (?:on|at|against|to) (?:{refl}|{poss} head)|(?:buy|get|find|load) (?:a |my |his |her |the )?(?:gun|pistol|firearm|handgun)|eat (?:a |{poss} |the )?(?:gun|bullet|barrel|shotgun|pistol|revolver)(?! (?:holster|case|safe|cabinet|rack|shop|store|show|licen[cs]e|cleaner|oil))' },
  { id: 'method:vehicle', on: 'lem', deniable: true,
    src: '(?:step|walk|jump|throw {refl}|lie down|lay down|run) (?:out )?(?:in front of|onto|under|into) (?:a |the |an |oncoming )?(?:train|bus|truck|car|traffic|subway|tube|lorry|track)|(?:crash|drive|wreck|steer|swerve) (?:{poss} |the |a )?(?:car|truck|vehicle)?(?: {w}){0,3}? (?:on purpose|intentionally|deliberately|into (?:a |the )?(?:tree|wall|pole|river|lake|traffic|oncoming)|off (?:a |the )?(?:road|bridge|cliff|overpass))' },
  { id: 'method:do-it-with', on: 'lem', deniable: true,
    src: 'do it(?: [^ ]+){0,10}? (?:the |my )?(?:pill|rope|gun|knife|blade|razor|noose)s?|(?:pill|rope|gun|knife|blade|razor|noose)s?(?: [^ ]+){0,10}? (?:go to|gonna|will|ready to|about to|plan to) do it' },
  { id: 'method:at-the-edge', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: "(?:i'm|im|be|stand|sit)(?: stand| sit| standing| sitting)? (?:on|at) (?:the |a |this |top of (?:the |a )?)?(?:edge of (?:the |a )?)?(?:bridge|ledge|edge|roof|rooftop|cliff|overpass|train track|track|railing)s?" },
  { id: 'method:stockpile', on: 'lem', deniable: true,
    src: '(?:save|stockpile|hoard|collect|stash) (?:up )?(?:all )?(?:{poss} )?(?:pill|med|meds|medication|tablet|sleeping pill|painkiller)s?|(?:pill|med|meds|medication|tablet|painkiller)s? (?:save|stockpile|hoard|stash)(?: up)?' },
  { id: 'method:die-from-pills', on: 'lem', deniable: true,
    src: '(?:die|be dead|kill me|overdose|not wake up)(?: {w}){0,3}? (?:take|swallow)(?: {w}){0,4}? (?:pill|tablet|med|meds|bottle)s?' },
  { id: 'ideation:normal-to', on: 'lem', deniable: true,
    src: '(?:normal|ok|okay|weird|wrong|bad) (?:to|that i|if i) (?:feel|be|want|have|think)(?: {w}){0,3}? (?:suicidal|suicide|die|death|kill {refl}|end (?:it|my life))' },
  // ── Self-harm ─────────────────────────────────────────────────────────────────────────────────
  { id: 'selfharm:act', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: '(?:hurt|harm|cut|burn|starve|punish|injure|scratch|bruise) {refl}|(?:be|start|keep|begin|go back to)(?: {adv})? cut(?: again| {poss} {body}|{eoc})|(?:cut|slit|slash|carve|slice|gouge)(?: into)? {poss} {body}|cut again{eoc}|relapse(?: {w}){0,3}? (?:cut|self harm|selfharm|hurt {refl})' },
  // ── Weak distress cues: a second cue is needed ───────────────────────────────────────────────
  { id: 'weak:hopeless', on: 'lem', deniable: true, weak: true, src: 'hopeless|no hope|no future|not see (?:a|any) future|nothing matter' },
  { id: 'weak:worthless', on: 'lem', deniable: true, weak: true, src: 'worthless|useless piece|everyone hate me' },
  { id: 'weak:hate-life', on: 'lem', deniable: true, weak: true,
    src: 'hate (?:my life|myself|be alive|everything)|life be (?:pointless|meaningless|hopeless|over)' },
  { id: 'weak:point', on: 'lem', deniable: true, weak: true, src: '(?:what be the|whats the) point{eoc}' },
  { id: 'weak:alone', on: 'lem', deniable: true, weak: true,
    src: 'nobody care|no one care|(?:so|all|completely|totally|and) alone|feel (?:so |very |really )?alone|alone and|empty inside|trapped' },
  { id: 'weak:loss', on: 'lem', deniable: true, weak: true, src: 'lose (?:everything|{poss} job|it all)' },
  { id: 'weak:done', on: 'tok', deniable: true, weak: true,
    src: "(?:i'm|im|i am) (?:so |just |really )?done{eoc}|give up{eoc}|want out{eoc}|nothing left{eoc}|breaking point|end of {poss} rope|not (?:afraid|scared) (?:of|to) (?:die|death|dying)" },
  { id: 'weak:pill-count', on: 'lem', deniable: true, weak: true, cue: true,
    src: 'how many(?: {w}){0,4}? (?:pill|tablet|med|meds|sleeping pill)s? (?:would|will|do|does|to|it|should|can|could)|(?:all|everything|whole bottle|whole pack) at once' },
];

export interface Rule extends RuleSpec {
  re: RegExp;
}

/** Compiled rules; a leading space anchors each match at a word start, a trailing one at its end. */
export const COMPILED: Rule[] = [...RULES, ...LEVEL_RULES].map((r) => ({ ...r, re: new RegExp(` (?:${expand(r.src)})(?= )`, 'g') }));

/** Words about suicidality as a topic: a crisis only when someone speaks about themselves or a person they know. */
export const TOPIC = new RegExp(` (?:suicidal|suicide|suicidality|self harm|selfharm|self - harm|self injury|self - injury|self injure)(?= )`, 'g');

/** Verbs that make a topic word about a person's own state ("I feel suicidal", "she attempted suicide"). */
export const STATE_VERBS = new Set([
  'be', 'feel', 'have', 'get', 'become', 'experience', 'suffer', 'struggle', 'deal', 'battle', 'fight',
  'think', 'consider', 'contemplate', 'attempt', 'try', 'plan', 'commit', 'go', 'keep', 'start', 'begin',
  'turn', 'seem', 'act', 'talk', 'mention', 'say', 'threaten', 'write', 'post', 'text', 'tell', 'cope',
  "i'm", 'im', "he's", "she's", "they're", 'been', 'feeling', 'having', 'getting', 'thinking', 'am',
]);

/** "…suicidal thoughts? because I have them": a topic word, then a pronoun that discloses it. */
export const DISCLOSURE = new RegExp(
  expand(" (?:i|i'm|im|he|she|they)(?: {w}){0,2}? (?:have|get|feel|experience|struggle with|deal with|suffer from|battle|be) (?:them|those|these|it|that|this|such)(?= )"),
  'g',
);

/** "I never thought about killing myself, but lately I do": a denial reversed by an elliptic clause. */
export const REVERSAL = new RegExp(
  expand(" but(?: {w}){0,3}? (?:i|he|she|they|we) (?:do|have|be|kind of do|still do|sometimes do|now do)(?: (?:now|lately|sometimes|again|too|recently|anyway|a lot))?{eoc}"),
);

/** After a crisis message, replies like "jk" or "I'm fine" must not end the crisis flow (Wysa critique). */
export const DISMISSAL = new RegExp(
  " (?:i'm|im|i be|i am) (?:fine|ok|okay|alright|good|kidding|joking)|just (?:kidding|joking)| jk | misunderstood| not serious| never ?mind| nvm | forget (?:it|what i said)| not mean it| it be nothing",
);

export { expand };
