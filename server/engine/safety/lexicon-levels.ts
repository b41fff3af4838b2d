/**
 * Core English patterns by Columbia level, for the middle ground a keyword list misses: a method
 * without a death word, a farewell or a deadline, preparation, past behaviour with the urge back,
 * self-harm by any means, a third person's plan, a question about lethality. Same format as
 * lexicon.ts (lemma string `lem` or surface string `tok`, `{macro}`s); the rule id's family names
 * its level (taxonomy.ts). `weak` cues need a second cue; `cue` ones (a time, a means) only compose.
 */
import type { RuleSpec } from './taxonomy.ts';

/** Ways to die or get hurt, as imagined or planned: they need a first-person frame around them. */
const MEANS = [
  'walk (?:into|in) (?:the )?(?:sea|ocean|river|lake|water|traffic)', 'drown {refl}', 'drown',
  '(?:slice|slit|slash|open) (?:up )?{poss} (?:wrist|arm|throat|neck|vein)s?', 'electrocute {refl}',
  'set {refl} (?:on fire|alight|ablaze)', 'drink (?:the |some )?(?:bleach|poison|antifreeze)', 'bleach',
  'gun', 'belt', 'razor', 'razors', 'noose', 'rope', 'ligature', 'step (?:out )?(?:in front of|off)',
  'jump (?:off|from|out|in front)', 'jump{eoc}', 'crash {poss} car', 'exhaust', 'charcoal', 'carbon monoxide', 'platform', 'the edge',
  'hang {refl}', 'hang', 'overdose', 'od', '{drug}', 'train', 'tracks', '{structure}', 'my neck', 'wrist',
].join('|');

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|new year|my birthday|the weekend|the end of (?:the|this) (?:month|week|year))';
const TIME = `(?:tonight|tomorrow|this weekend|this week|on ${WEEKDAY}|by ${WEEKDAY}|before ${WEEKDAY}|when (?:the house|everyone|they|my \\w+) (?:be |is |are |go )?(?:empty|asleep|gone|away|out|on holiday)|while (?:{w} ){0,2}(?:be )?(?:away|out|asleep))`;

/** Past acts of self-harm or suicide (read with present-risk and recovery markers by past.ts). */
export const PAST_ACT =
  "attempt(?:ed|s)?|odd (?:last|yesterday|this|on|again)|tried (?:to |2 )?(?:kill|end|die|kms|unalive|overdose|od|hang|jump|take (?:my|his|her) life|do it)|tried with|overdosed|overdosing|od'd|oded|(?:took|taken) (?:pills|an overdose|too many|a bunch|all)|drank (?:bleach|poison|antifreeze)|almost jumped|nearly jumped|(?:was|were) about to (?:jump|do it|take)|found me (?:before|after|hanging|unconscious)|before i could do it|(?:in|to) (?:icu|the icu|hospital|a psych ward|the psych ward) after|stomach pumped|pumped my stomach|cut (?:deep|myself)|stitches|survived (?:\\w+ )?attempts?|attempt (?:got )?interrupted|last attempt";

export const LEVEL_RULES: RuleSpec[] = [
  // ── Wish to be dead, without the word ─────────────────────────────────────────────────────────
  { id: 'wish:heart-stop', on: 'lem', deniable: true,
    src: '(?:hope|wish|pray|want)(?: {w}){0,4} (?:heart|breathing|lung)s? (?:would |will |to |just )?(?:just )?(?:stop|give out|give up|fail)' },
  { id: 'wish:indifferent', on: 'tok', deniable: false,
    src: "(?:hit by a (?:car|bus|truck|train)|died|dead|killed|didnt wake up|never woke up)(?: {w}){0,6} (?:be|'d be|id be|would be) (?:fine|ok|okay|glad|relieved|happy) with it|(?:would ?n[o']?t|wouldnt) (?:mind|care) (?:if i|dying|about dying)(?: {w}){0,3}" },
  { id: 'wish:sleep', on: 'lem', deniable: true,
    src: '(?:fall asleep|go to sleep|sleep) and (?:stay asleep|never wake|not wake|be done|never come back|never get up)|stay asleep forever|sleep and be done' },
  { id: 'wish:ill', on: 'lem', deniable: true,
    src: '(?:hope|wish|pray)(?: {w}){0,5} (?:illness|disease|cancer|accident|crash|heart attack|hit by)' },
  { id: 'wish:death-good', on: 'lem', deniable: true,
    src: 'death (?:sound|seem|feel|look)s?(?: like)? (?:a |such a |so |like a )?(?:relief|peaceful|nice|good|better|welcome|escape|answer)|(?:welcome|long for|crave|envy) death|envy (?:people|those|anyone|everyone) who (?:die|be dead)|rather (?:be dead|die)|better off dead' },
  { id: 'wish:vanish', on: 'lem', deniable: false,
    src: '(?:world|anyone|anybody|nobody|no one|they|everyone)(?: {w}){0,3} (?:notice|care|miss me)(?: {w}){0,2} if {subj} (?:vanish|disappear|be gone|die|be dead|go|stop exist)' },
  { id: 'wish:no-future', on: 'lem', deniable: false,
    src: '(?:not|never)(?: really)? (?:see|picture|imagine|expect) {refl} (?:make it|live|be alive|be around|reach|get|last) (?:to|past|until|till|another|through)' },
  // ── Intent: farewells, deadlines, a decision ───────────────────────────────────────────────────
  { id: 'intent:decided', on: 'lem', deniable: false,
    src: '(?:make|made) (?:{poss} |the |up {poss} )(?:decision|mind){eoc}|(?:i|ive|i have|have|now that i have|now that ive) decide{eoc}|{poss} mind be make up' },
  { id: 'intent:gone-by', on: 'tok', deniable: false,
    src: "(?:ill|i'll|i will|i'm going to|im going to|im gonna|i'm gonna) be (?:gone|dead|at peace|free|out of here|out of everyone's way)(?: {w}){0,2}(?: by| before| after| soon| tomorrow| tonight| on|{eoc})" },
  { id: 'intent:deal-with-me', on: 'lem', deniable: false,
    src: '(?:nobody|no one|none of (?:you|them)|everyone|they|you)(?: {w}){0,2} (?:have to|need to|ever have to)? ?(?:deal with|worry about|put up with|hear from|see) me (?:anymore|again|much longer|any longer|after)' },
  { id: 'intent:not-around', on: 'lem', deniable: false,
    src: 'not (?:stick|stay|hang|be) (?:around|about)(?= (?:[.,;:!?]|much longer|for long|anymore|$))' },
  { id: 'intent:last-time', on: 'lem', deniable: false,
    src: "last (?:time|message) (?:you|anyone|they|you'll|youll)(?: will| 'll| ll)? (?:hear|see|get)(?: from)? me|{poss} last (?:night|day|week|weekend|sunset|morning)(?= (?:[.,;:!?]|alive|on earth|here|$))" },
  { id: 'intent:doing-it', on: 'lem', deniable: false,
    src: "(?:im|i be|i'm|i am|i will|ill|i'll) end it(?! with)|(?:when|once|if|after|before) (?:{w} ){1,6}(?:im|i be|i will|ill|i'll|i be go to|im go to) (?:do|end) it(?! with)" },
  { id: 'intent:unsafe', on: 'lem', deniable: false,
    src: "can not (?:keep|stay) {refl}? ?safe|not (?:feel )?safe (?:from|with|around) {refl}|(?:scared|afraid|terrified) (?:of )?what {subj}(?:'ll| will| ll| might| could)? ?(?:do|might do)(?! to (?:him|her|them))|(?:scared|afraid) (?:of|that) {subj} (?:will |'ll |ll |might )?(?:hurt|kill) {refl}" },
  { id: 'intent:goodbye', on: 'lem', deniable: true,
    src: "say goodbye to (?:someone|somebody|anyone|people|you) before {subj} go|(?:please )?tell (?:{poss} {w}|everyone|them|him|her) (?:that )?i love (?:her|him|them|you)(?= (?:[.,;:!?]|$))|too late for me(?: {w}){0,6} decide" },
  { id: 'intent:peace', on: 'lem', deniable: false,
    src: '(?:be|feel) at peace (?:by|soon|after|before|on|when)|(?:be|feel) (?:so )?calm now that' },
  { id: 'weak:do-it', on: 'lem', deniable: true, weak: true,
    src: "(?:im|i be|i will|ill|i'll|i be go to|im go to|i be gonna|im gonna|ready to|go to) (?:do it|go through with it)(?= (?:[.,;:!?]|tonight|tomorrow|now|soon|when|then|$))|go through with it" },
  { id: 'cue:time', on: 'lem', deniable: false, weak: true, cue: true, src: TIME },
  // ── Plan or preparation ───────────────────────────────────────────────────────────────────────
  { id: 'plan:rehome', on: 'lem', deniable: true,
    src: '(?:give|rehome|find a home for)(?: away)? {poss} (?:dog|cat|pet|rabbit|bird|horse)s? to|look after {poss} (?:dog|cat|pet|kid|child|children)s?(?: {w}){0,2} if (?:anything|something) (?:happen|go wrong)' },
  { id: 'plan:means-got', on: 'lem', deniable: true,
    src: '(?:buy|get|have|order|pick up|bring|pack)(?: {w}){0,3} (?:rope|noose|charcoal|hosepipe|razor blade)|(?:rope|noose|charcoal|blade)s? (?:be )?(?:in|under) {poss} (?:bag|car|room|pocket|drawer|wardrobe|closet)' },
  { id: 'plan:stock', on: 'lem', deniable: true,
    src: '{drug}(?: {w}){0,3} (?:save|stockpile|hoard|stash|stock|stocked|collect)(?: up)?(?= )|(?:save|stockpile|hoard|stash|stock up on|collect)(?: up)?(?: {w}){0,3} {drug}|(?:buy|get)(?: {w}){0,3} (?:pack|box|bottle)s? (?:from|at) (?:different|several|other) (?:shop|store|pharmac|chemist)' },
  { id: 'plan:stockpiling', on: 'tok', deniable: true, src: 'stockpil{w}*(?: up)? {poss} {w}|hoarding {poss} (?:{w} )?(?:pills|meds|tablets|medication)' },
  { id: 'plan:spot', on: 'lem', deniable: true,
    src: '(?:pick|choose|chose|find|found|scout|scope) (?:out )?(?:the|a|my) (?:spot|place|location|method|bridge|way to do it)|(?:sort|put|get) (?:out )?{poss} affair|{poss} affair (?:be )?in order' },
  { id: 'cue:date', on: 'lem', deniable: true, weak: true, cue: true,
    src: '(?:pick|choose|chose|set) (?:the|a) (?:day|date|time)' },
  { id: 'plan:after-me', on: 'lem', deniable: true,
    src: '(?:schedule|set up|write|leave|queue)(?: {w}){0,3} (?:email|message|letter|note|text|post)s?(?: {w}){0,4} after(?= (?:[.,;:!?]|i be gone|im gone|i go|i die|$))' },
  { id: 'plan:funeral', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: '(?:for|plan|planning|pick|write) {poss} (?:own )?(?:funeral|eulogy)|(?:send|give|leave)(?: {w})? {poss} (?:password|pin|bank detail)s?|(?:write|update|finish) {poss} will(?= (?:[.,;:!?]|and|$))' },
  { id: 'plan:in-hand', on: 'lem', deniable: true,
    src: '(?:have|hold|got|get)(?: {w}){0,2} {drug}(?: {w}){0,2} (?:in {poss} hand|ready|lined up|counted out|in front of me|out on the)|(?:have|got|get) everything ready' },
  { id: 'plan:plan-is', on: 'lem', deniable: true,
    src: '{poss} plan be to (?:take|swallow|do|use|jump|go|hang|drive|end)|(?:write|finish|leave|have|wrote) (?:{poss} |a )?(?:suicide |goodbye )?note(?: {w}){0,3} (?:and|then|,)|letters? to (?:all|each|every) of (?:us|them|you)' },
  { id: 'plan:savings', on: 'lem', deniable: true,
    src: '(?:move|transfer|give|leave|sign over)(?: all)? {poss} (?:savings?|money|thing|stuff|belonging|possession|jewel{w}*)(?: {w}){0,3} to (?:{poss} )?{w}' },
  { id: 'weak:leaving', on: 'lem', deniable: true, weak: true,
    src: '(?:leave|go)(?: {w})? (?:for good|forever|permanently)|nobody know what i mean|clear (?:out )?{poss} desk' },
  { id: 'weak:autopsy', on: 'lem', deniable: true, weak: true, src: 'autopsy|toxicology report|post mortem|coroner' },
  // ── Method in a first-person frame ────────────────────────────────────────────────────────────
  { id: 'method:imagined', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: `(?:think|thinking|picture|imagine|fantasize|dream|obsess|keep|stare|staring|idea|urge|tempt|what if {subj}|could|might|want|wanna)(?: {w}){0,4} (?:${MEANS})(?: {w}){0,4} (?:{refl}|{poss} (?:neck|wrist|throat|head|arm)|end it|die|on purpose|and drift|keep call|call me|in the bath|into)` },
  { id: 'method:poison', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: '(?:drink|drank|swallow|swallowed|eat|ate|take|took) (?:the |some |a bottle of |a cup of )?(?:bleach|poison|antifreeze|weedkiller|rat poison|drain cleaner)' },
  { id: 'method:calling', on: 'lem', deniable: false, src: '{structure}(?: {w}){0,5} (?:keep call|call to me|call me|be call me)' },
  { id: 'ideation:all-i-think', on: 'lem', deniable: true,
    src: '(?:suicide|death|die|dying|kill {refl}|end it|end {poss} life)(?: be)? (?:all|the only thing|what) {subj} (?:ever )?(?:can )?think about' },
  { id: 'method:picture', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: `(?:think|pictur{w}*|imagin{w}*|fantasi{w}*|dream{w}*|idea)(?: about| of)?(?: {w}){0,2} (?:walk (?:into|in) (?:the )?(?:sea|ocean|river|lake)|step (?:out )?(?:in front of|off)|jump (?:off|from|out|in front)|set {refl} (?:on fire|alight)|slice|slit|slash|electrocute|use the (?:belt|rope|gun|cord)|crash {poss} car|drink (?:the )?bleach|hang {refl})` },
  { id: 'method:could-take', on: 'lem', deniable: true,
    src: '(?:could|might|gonna|will|\'ll|what if {subj}) (?:just )?(?:take|swallow|down|drink)(?: {w})? (?:all|every|the whole|a whole|the lot|the bleach|bleach)(?: {w}){0,3} (?:{drug}|sleeping|bleach|it|them|thing)' },
  { id: 'method:and-end-it', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: '(?:and|then) (?:just )?(?:end it(?! with)(?: all)?|end {poss} life|not wake up|never wake up|drift off for good)(?= (?:[.,;:!?]|tonight|$))' },
  { id: 'method:emoji', on: 'tok', deniable: false,
    src: '(?:🔪|🗡️|🗡|🩸|🪢|🔫)(?: \\S+){0,3} (?:wrist|wrists|arm|arms|neck|throat|vein|veins|me|myself)|(?:wrist|wrists|neck|vein|veins)(?: \\S+){0,3} (?:🔪|🗡️|🗡|🩸)' },
  // ── Past behaviour with the risk back (the rest is read by past.ts) ──────────────────────────
  { id: 'past:again', on: 'lem', deniable: false,
    src: '(?:try|plan|do it|attempt)(?: {w}){0,3} again|how to try again|next time (?:{subj}|ill)|(?:tired|sick) of surviv{w}*|why did {subj} (?:wake up|survive)|(?:wish|hope) (?:she|he|they|you|nobody) (?:have not|had not|hadnt|would not|wouldnt|did not|didnt)(?: {w}){0,3}|(?:im|i be|i will|ill) go back(?= (?:[.,;:!?]|there|tonight|$))|stop me (?:go|from go) back|going deeper|go deeper' },
  // ── Non-suicidal self-harm, any method ───────────────────────────────────────────────────────
  { id: 'selfharm:verbs', on: 'tok', deniable: true,
    src: '(?:burnt|burned|burning|punched|punching|hitting|biting|scratched|scratching|slapped|slapping|carved|carving|stabbed|bruised|scalded|choked|choking|strangled|starving|starved|cutting|hurting|harming) (?:myself|my self|meself)(?! (?:by accident|accidentally|shaving|cooking|on the|at work|at the gym|playing|when i fell))' },
  { id: 'selfharm:until', on: 'lem', deniable: true,
    src: '(?:scratch|scrape|scrub|rub|pick|hit|punch|bang|slam|burn|bite|cut|carve|pinch|claw|dig)(?: {w}){0,6} (?:until|till|til|so|to make) (?:it|they|i|my|them)(?: {w}){0,2} (?:bleed|bled|raw|bruise|purple|black|blue|dizzy|scar|numb|never heal|not heal|hurt)' },
  { id: 'selfharm:on-purpose', on: 'lem', deniable: true, anchor: 'notGeneric',
    src: '(?:burn|burnt|slam|hit|cut|bang|hurt|break|broke|scald|punch|bruise|crash|throw|drop)(?: {w}){0,6} (?:on purpose|deliberately|intentionally)' },
  { id: 'selfharm:tool', on: 'lem', deniable: true,
    src: '(?:lighter|cigarette|flame|compass|razor|blade|sharpener|glass|pin|needle|eraser|scissors|knife|lighter)(?: {w}){0,4} (?:on|to|into|against|across|over) {poss} (?:wrist|arm|leg|thigh|skin|stomach|hand|wrists|arms|legs|thighs)' },
  { id: 'selfharm:made', on: 'lem', deniable: true, src: '(?:cut|burn|wound|mark)s? {subj} (?:make|do|give) (?:{refl}|to {refl})|(?:scrub|peel|rip|tear|scratch|claw) (?:{poss} )?skin off|(?:scratch|claw|tear|pick) at {poss} skin|pick (?:the )?scab' },
  { id: 'selfharm:punish', on: 'lem', deniable: false, src: '(?<!go )(?:to|so i can|so as to) (?:punish|starve) {refl}' },
  { id: 'selfharm:throw', on: 'lem', deniable: true, src: 'throw {refl} (?:down|off|against|into|at)' },
  // ── A third person at risk, or a risk to others ──────────────────────────────────────────────
  { id: 'other:weapon', on: 'lem', deniable: true,
    src: '(?:take|bring|carry|get) (?:a |his |her |their |my )?(?:knife|gun|weapon|blade) to (?:school|work|class|college)|(?:hurt|kill|shoot|stab) (?:the |those |some |all the )?(?:kid|people|student|classmate|teacher|everyone)s?(?: who| that| at)' },
  { id: 'other:stop-eating', on: 'lem', deniable: true,
    src: '(?:stop|quit|refuse) (?:eat|eating|drink|drinking|take {poss} (?:med|meds|medication|insulin))(?: {w}){0,3} (?:until|till|til|so) {subj} (?:die|be dead|waste away)' },
  { id: 'other:look-up', on: 'lem', deniable: true,
    src: '(?:look|looking|search|searching|google|googling) (?:up )?(?:bridges|ways to die|how to (?:die|kill|hang|overdose)|lethal dose|overdose amount|tall building|how many pills)' },
  { id: 'other:when-dead', on: 'lem', deniable: false,
    src: "(?:regret|sorry|miss me|see)(?: {w}){0,3} (?:when|once|after) (?:im|i'm|i be|i am) (?:dead|gone)" },
  { id: 'other:overdosed', on: 'tok', deniable: true,
    src: "(?:mum|mom|mother|father|dad|partner|wife|husband|son|daughter|brother|sister|friend|cousin|roommate|flatmate)(?: {w}){0,2} (?:overdosed|od'd|oded|attempted|tried to kill (?:himself|herself|themselves))" },
  // ── Lethality and means questions ─────────────────────────────────────────────────────────────
  { id: 'means:overdose-feel', on: 'lem', deniable: true,
    src: 'overdose (?:be |feel )?(?:painless|quick|peaceful|hurt|fatal|deadly|lethal)|(?:painless|peaceful|quick|quickest|fast|gentle) overdose|overdose(?: {w}){0,3} (?:hurt|painful|painless)|(?:hang|drown|jump|bleed|overdose)(?: be)? (?:quick|painless|fast|peaceful)(?= (?:[.,;:!?]|$))' },
  { id: 'means:die-from', on: 'lem', deniable: false,
    src: '(?:can|could|will|would|do|does|how long) (?:you|i|one|a person|someone|u)(?: {w})? die (?:from|of|by)|(?:can|could|would|will|do|does|how long)(?: {w}){1,8} kill (?:you|me|a person|someone|u)(?= )|can i (?:od|overdose) on' },
  { id: 'means:quickest', on: 'lem', deniable: false,
    src: '(?:quickest|quick|fastest|fast|easiest|easy|painless|surest|sure|most painless|least painful) (?:way|method)(?= (?:[.,;:!?]|$))' },
  { id: 'means:enough', on: 'lem', deniable: false,
    src: "(?:\\d+|a|two|three|four|five|ten|twenty|fifty|one|all) (?:pack|box|bottle|pill|tablet|packet|strip)s? (?:of (?:{w} ){0,2})?(?:be |is |would be )?enough(?= (?:[.,;:!?]|to|$))" },
  { id: 'means:cut-where', on: 'lem', deniable: false,
    src: '(?:vein|artery|wrist)s? (?:be )?(?:the )?(?:best|easiest|deepest|right) to (?:cut|slit|slice)|(?:best|easiest|where|how deep) to (?:cut|slit)(?: {w}){0,2} (?:vein|artery|wrist)' },
  { id: 'means:drown', on: 'lem', deniable: false, src: 'drown (?:fast|quick|quickly|painless)|to drown(?= (?:[.,;:!?]|fast|quick|$))' },
  { id: 'means:rope', on: 'lem', deniable: false, src: '(?:rope|noose|cord|belt)(?: {w}){0,4} (?:to|for) hang|need to hang{eoc}' },
  { id: 'cue:means', on: 'lem', deniable: false, weak: true, cue: true,
    src: '(?:roof|rooftop|ledge|bridge|balcony|car park|top floor)s? (?:{w} ){0,3}(?:get onto|get on|get up|access|climb|reach)|(?:get onto|access|climb onto|get up on) (?:a |the )?(?:roof|rooftop|bridge|ledge)|stop (?:your|my|someone|a person) (?:breathing|heart)|how (?:tall|high) be (?:the |that |a )?{w}|how many {drug}|how much {drug}|would {drug} be enough' },
];
