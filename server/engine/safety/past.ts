/**
 * Past behaviour, read with what the visitor says about now. A past attempt or self-harm with the
 * risk back ("attempted last year, the thoughts are back") is a crisis; the same past with clear
 * wellbeing now ("years ago … doing great now"), or a relative's distant past, is recovery
 * history, not a crisis; a past act alone gets the gentle check-in. Reads the plain form
 * (phrases.ts `plainText`) with idioms masked.
 */
import { anyWords, plainWords } from './phrases.ts';
import { PAST_ACT } from './lexicon-levels.ts';

const PAST = anyWords([PAST_ACT]);
const NEGATED_ACT = new RegExp(` (?:never|not|havent|hasnt|didnt|no)(?: \\S+){0,2} (?:${PAST_ACT})(?= )`);

/** A time that places the act recently: it still matters medically and emotionally now. */
const RECENT = anyWords([
  'yesterday', 'last night', 'this morning', 'tonight', 'today(?! (?:i have|i am|im|life|i feel (?:good|great|fine)|i work|i run)| (?:i|we) (?!(?:want|wanna|feel|tried|took|cut|had|am|m|plan|will|cant|cannot|couldnt|wish|need|swallowed|overdosed|hurt|burned|burnt|jumped|attempted|relapsed|nearly|almost|wrote|bought|went)(?= ))\\S+)',
  '(?:\\d+|a|two|three|few|couple of) (?:days?|hours?|weeks?) ago', 'last week', 'this week',
  'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
]);

/** A risk told as over: it places the act in the past and says the present is well. Never when
 * the ending is denied ("never went away", "haven't really gone"): that is the risk going on. */
const RESOLVED = '(?<!(?:never|not|havent|hasnt|hadnt|didnt|wont|doesnt|isnt|arent|wasnt|werent|cant)(?: \\S+)? )(?:ended|(?:dont|do not|no longer) (?:feel|think) (?:that way|like that)|not anymore|went away|(?:they|it|those|that|thoughts?|urges?|feelings?) (?:are |is |were |have |has )?(?:all |long )?gone|made (?:them|it|those|that) go away|(?:have|has|had) gone away|went quiet|in remission|remission|behind me|no longer (?:have|get) (?:them|those)|(?:dont|do not) (?:have|get) them (?:anymore|any more))';

/** The act is placed in a settled past. */
const DISTANT = anyWords([
  'used to', 'years? ago', 'decades? ago', '\\d+ years', 'ten years', 'when (?:i|he|she|they|we) (?:was|were)',
  'at (?:age )?1?\\d', 'at \\d\\d', 'in (?:19|20)\\d\\d', '(?:19|20)\\d\\d', '\\d+ years old', 'years old', 'in the \\d0s', 'back (?:then|when|in)',
  'in (?:college|school|high school|uni)', 'long gone', 'survivor(?: of)?', 'years (?:free|clean|out)', 'before i was born',
  'as a (?:teen\\S*|kid|child)', 'out from', '(?:who|i|ive|i have) survived', 'had (?:thoughts|urges|suicidal|a period|a time|times|a phase|dark)',
  'last year', 'years back', '(?:a|one|two|three|few|couple of) years ago', '(?:\\d+|ten|five|two|three|four|six|seven|eight|nine|many) (?:years|months) since',
  'in (?:my|his|her|their) (?:teens|twenties|thirties|20s|30s)', '(?:i|he|she|they) (?:was|were) (?:only |just )?(?:\\d+|a kid|a child|a baby|a toddler|little|young|a teen\\S*)', 'past me', 'at (?:school|uni|college)', '(?:suicide|self harm|selfharm|attempt|relapse|urge) free', 'a decade ago', '(?:a )?long (?:time )?ago', 'in the past', 'before (?:i|he|she|they|we) got (?:help|better|treatment|well)', '(?:i|he|she|they) once',
  'during (?:college|school|uni|my divorce|lockdown)', 'that was (?:\\S+ ){0,2}(?:ago|years|decades)', 'after my attempt',
  '(?:before|after) (?:we|i|they|he|she) (?:met|was born|were born|married|knew)', RESOLVED,
  // Any counted span back ("three winters ago"), an age or a school stage, a life chapter, old scars.
  '(?:\\S+ )(?:winters?|summers?|springs?|autumns?|christmases|birthdays?|lifetimes?) ago', 'when (?:i|he|she|they) (?:was|were) (?:my|your|our|his|her) age',
  'in (?:hs|middle school|secondary school|grade school|the army|the military|rehab)', 'after (?:my|his|her|their) (?:\\S+ )?(?:tour|deployment|divorce|breakup|discharge)',
  'old (?:\\S+ ){0,2}scars', '(?:all through|through|throughout|for most of|most of|during) (?:my|his|her|their) (?:teens|twenties|thirties|20s|30s|youth|childhood|uni|college|school|degree)',
  'through (?:most of |all of )?(?:uni|college|school|hs|high school)', 'old (?:suicide )?(?:note|letter|diary|journal)', 'during (?:covid|the pandemic|the war|pregnancy|my pregnancy|(?:my|his|her|their) (?:\\S+ )?(?:divorce|breakup|degree|pregnancy|deployment|service|teens|twenties))',
  'last (?:spring|summer|autumn|fall|winter|decade)', '(?:spent|on|for) my \\d+(?:st|nd|rd|th) birthday', 'when (?:my|his|her|their|our) \\S+ (?:was|were) (?:a baby|babies|little|small|young|\\d+)', 'after (?:\\S+ )?(?:years|months|decades) of', 'postpartum', 'the (?:old )?(?:version|me) (?:of me )?that', '(?:my )?old (?:\\S+ ){0,2}self',
]);

/** Clear wellbeing now. */
const WELL = anyWords([
  '(?:ok|okay|fine|good|great|well|better|happy|stable|safe|alright) (?:now|since|today|these days)', 'now (?:im|i am|hes|shes|he is|she is|theyre)',
  'doing (?:well|great|good|fine|better|okay)', 'much better', 'been (?:well|fine|good|stable)', 'well since', 'not had (?:a|any) (?:thought|urge|episode)',
  '(?:have|has|they have|theyve) passed', 'long gone', 'got better', 'recovered(?: from)?', 'thriving', 'free from', 'happy', 'stable',
  'running marathons', 'helped (?:me|him|her) stop', 'stopped (?:self harming|cutting|hurting|with|after|through|thanks to|because of)', '(?:now|these days) (?:im |i am |i m )?(?:ok|okay|fine|good|well|better|alright|sweet|sorted|stable|happy)(?= )', 'pulled me out', 'still well', 'im good',
  'now i (?:volunteer|work|help|run|teach|study|mentor|coach|speak|am a|am an|share)', 'helped (?:me|a lot|so much)', 'in recovery', 'healed',
  'clean for', '(?:years|months) clean', 'havent (?:self harmed|cut|had a thought|hurt myself|done (?:it|that) (?:in|for))', 'here i am', '(?:present|current) me',
  '(?:i|we) (?:teach|work|volunteer|coach|run|mentor|study|train) (?:\\S+ ){0,3}now', 'bought a (?:house|home|flat)', 'not since', 'life (?:is|has been) (?:\\S+ )?(?:good|great|better|okay)',
  '(?:much )?happier', 'in a good place', 'other side of it', 'got through (?:it|that)', 'made it through', 'grateful', 'thankful', 'proud',
  'doing okay', '🎉', 'survived', 'found (?:this|it|the article) helpful', 'scars (?:are|be) (?:\\S+ ){0,3}old', 'old scars', 'faded',
  '(?:hes|shes) (?:good|fine|well)', '(?:is|are) fine', 'im fine now', 'all good', 'im a', 'changed (?:that|my life|everything)', 'saved my life',
  'that was (?:\\S+ ){0,2}(?:ago|years|decades)', 'beat', 'overcame', 'overcome', 'got over', 'stronger', 'came out', 'these days',
  'share my story', 'support group', 'got (?:engaged|married)', 'getting married', 'felt (?:peace|proud|calm|happy)', 'feel good about', 'job i love', 'is a (?:nurse|doctor|teacher|mum|mom|dad)', 'is doing (?:well|great|much better|better)',
  'feel(?:ing)? (?:amazing|great|good|fine|well|better)', 'no (?:urges?|thoughts?|episodes?) (?:in|for|since)', 'healthy', 'well for', 'love my life', 'now i (?:love|enjoy)',
  '(?:i am|im|now|now im) (?:\\d\\d|in my (?:20s|30s|40s|50s|thirties|forties|fifties))', RESOLVED,
  // A present state or an ordinary present life told beside the past.
  '(?:solid|steady|sober|clean|settled) (?:now|these days|since)', '(?:hes|shes|im|i am|he is|she is|theyre|they are) (?:a|an) \\S+ now', 'full of beans', 'things (?:are|have been) (?:\\S+ )?(?:different|better|good|fine|calmer) (?:now|since)', 'that was the end of (?:it|that)', '(?:been|years?|months?) sober', 'sober (?:for )?(?:\\d+|\\S+ (?:years?|months))',
  '(?:i|now i|these days i) (?:volunteer|mentor|coach|run a|started a)', 'started a (?:charity|foundation|nonprofit|support group|business|family)',
  'this (?:winter|summer|spring|autumn|fall|year) (?:i am|im|we are|were|i) (?:\\S+ )?\\S+ing', '(?:i am|im) (?:fine|okay|ok|safe|well)(?! \\S*not)',
  '(?:i|we|he|she) (?:have|has|got) (?:a |an )?(?:\\S+ ){0,2}(?:therapist|family|career|partner|wife|husband|kids|children|grandkids|son|daughter)', 'years on',
  // A present state named by a kind word, after the past ("shes stable now", "we're both thriving").
  '(?:im|i am|hes|shes|he is|she is|theyre|they are|were|we are|both) (?:now |doing |feeling |really |very |so |much |both |all |totally |completely |absolutely |perfectly |pretty |quite )?(?:stable|fine|ok|okay|well|great|good|happy|healthy|thriving|sober|clean|married|engaged|getting married|studying|working|retired|settled|strong|brilliant\\S*|amazing|fantastic|content|safe|better|alive and well|flourishing|loving (?:it|life)|enjoying|sweet|sorted|grand|alright)',
  '(?:i|now i) (?:want to|wanna|would like to|hope to) (?:help|share|give back|volunteer|mentor|support|speak to) (?:others|other people|people|my story|young|teens|kids|anyone)',
  '(?:feel|feeling|am|im) (?:like )?(?:myself|me|human|a person|whole|normal) again', '(?:back to|like) (?:my|his|her|their) (?:old )?self',
  '(?:loving|enjoying) (?:it|life|every)', '(?:years|months) since (?:my|the|his|her) last', 'since then (?:therapy|a dog|a new|a family|a job|marriage|recovery)',
  'since then (?:ive|i have|i ve|weve|its|life|i|we) (?:been |got |had |found |built |moved )?(?:\\S+ )?(?:good|great|better|well|stable|happy|married|sober|clean)', '(?:hes|shes|theyre|he is|she is) \\d+ now', 'were close', 'planning (?:my|our) (?:wedding|honeymoon|future|family)', 'getting married', 'engaged',
  '(?:ive|i have|i ve|weve|hes|shes) been (?:running|eating well|sleeping well|working|training|hiking|cycling|swimming|studying|volunteering|painting|enjoying|learning|dating|travelling|traveling)',
  'found (?:a |my )?(?:new )?(?:career|job|partner|love|purpose|faith|peace|calling)', 'remarried', '(?:is|s|hes|shes|im|i am|theyre) now (?:a|an) \\S+',
  '(?:suicide|self harm|selfharm|attempt|relapse|urge) free', 'free for (?:\\S+ )?(?:years|months)', 'calm',
  'doing (?:\\S+ )?(?:brilliant\\S*|amazing\\S*|fantastic\\S*|awesome|wonderful\\S*|well|great|good|fine|better|okay)', '(?:\\S+ )(?:years?|months?) (?:free|clean|sober|out)',
  'life (?:is|s|has been|feels) (?:\\S+ )?(?:good|great|better|okay|different|calm|full|busy|normal|lovely|beautiful|worth)',
  '(?:therapy|treatment|meds|medication|\\S+) (?:brought|pulled|got|helped) me (?:back|out|through)', 'never thought (?:id|i would|i d) (?:be|see|make)',
  'wife and (?:\\S+ )?(?:dog|kids?|cat)', 'married (?:now|with)', '(?:havent|hasnt|have not|has not) (?:\\S+ ){1,3}since',
  // "these days i garden": an ordinary present told after the past (risk verbs are NOW's to catch).
  '(?:now|these days|nowadays|today) (?:i|we|he|she) (?!(?:want|wanna|feel|think|keep|cant|plan|still|wish|need|am|m|have|do|did|dont|just|really|hate)(?= ))\\S+',
  // A present self named apart from a past one ("my old self … current me").
  'current me', '(?:the )?me (?:now|today|these days)',
  // Help found then, an ordinary life now ("called my sister instead and got help", "i eat normally now").
  'got (?:the )?help(?! (?:me|him|her|them|from))', 'got (?:\\S+ ){0,2}(?:treatment|therapy|support|care) after', 'called (?:my|a) \\S+ instead', '(?:have|has|got|living|live) (?:a |an )?(?:good|great|happy|full|nice|wonderful|beautiful|normal|stable) life',
  '(?:i|we|he|she) \\S+ (?:normally|fine|well|properly|regularly) (?:now|again|these days)', 'celebrating', 'i love (?!(?:the idea|thinking|to die|dying))\\S+ing',
]);

/** The risk is present now. */
/** Words that make "again" a return to health ("enjoy life again", "hes happy again"). */
const WELL_AGAIN = '(?<!(?:enjoy|enjoying|love|loving|live|living|laugh|laughing|smile|smiling|myself|herself|himself|themselves|themself|human|alive|happy|whole|normal|well|life|work|working|study|studying|running|eating|sleeping|dating|hopeful|healthy|fine|okay|ok|good|great|better|feel|feeling|me) )';

const NOW = anyWords([
  `${WELL_AGAIN}again`, '(?:thoughts?|urges?|pulls?|feelings?|it|its|it s|they|theyre|darkness|voices?|ideas?) (?:are |is |have |has |r )?(?:come |came |coming |been )?back',
  'back worse', 'worse(?! before)', 'still (?:do|doing) (?:it|that)', '(?:started|doing it|do it) again', 'go(?:ing)? back(?! to (?:school|uni|college|university|work|study|studying|my job|the gym|church|normal|my old self))', 'next time(?! (?:i|we) (?:see|visit|go|talk|speak|meet|book|call))', 'right now(?! (?:im|i am|life is|things are|were|we are) (?:\\S+ )?(?:good|great|happy|fine|well|okay|ok|stable|calm|in a good place))', 'tonight', 'still (?:want|think(?! about how| of (?:her|him|them)| about (?:her|him|them))|feel|wish|have (?:the )?(?:urge|thought)|plan)',
  'wish (?:she|he|they|you) hadnt', 'planning(?! (?:my|our|a|the) (?:wedding|trip|holiday|party|move|future|career|degree|family|birthday|honeymoon)| (?:with|it with|this with|that with) (?:my|our|a|the) (?:doctor|gp|psychiatrist|therapist|nurse|prescriber|clinician|care team|team|counsel\S*))', 'keep planning', 'constantly(?! (?:travel\\S*|busy|working|laughing|smiling|on the go|out|abroad|learning|growing))', 'every day now(?! (?:i|im|i am) (?:love|enjoy|feel (?:good|great|fine)|good|well|happy))', 'lately(?! (?:ive|i have|i ve|weve|we have|hes|shes|he has|she has) been (?:running|eating|sleeping|doing|feeling (?:good|great|better|well)|working|training|hiking|cycling|swimming|studying|enjoying|learning|volunteering|painting|happy|well|great|good))', 'recently(?! (?:celebrated|graduated|married|got married|had a baby|started|finished|qualified|retired|moved|passed|marked))', 'why did i',
  'tired of surviving', 'not ok', 'not okay', 'same (?:pills|darkness|way|feeling)', '(?<!(?:dont|do not|no longer|never|not|havent|stopped|didnt) )feel(?:ing)? that way', '(?<!(?:was|were|used to be) )scared', 'urge',
  'i want to(?! (?:know|ask|understand|learn|find out|check|see|try|start|give|help|make sure|be sure|share|thank|volunteer|become|train|tell|say|talk|spread|raise|support|study|work|write|speak|offer|contribute|donate|be a|get into|use|quote|cite|mentor|coach|run|do more))', 'i wanna(?! (?:know|ask|check|see|try))', 'i still (?:want|think about (?:it|dying|death|ending)|feel like|wish|have (?:the )?(?:urge|thought)|plan)',
  'wish i (?:had not|hadnt|didnt|did not|never)', 'now (?:im|i am|i feel|i m) (?:\\S+ )?(?:suicidal|hopeless|worse|depressed|struggling|thinking|back|low|scared|cutting|planning)',
  // The feeling told as not over ("hasn't gone", "never went away", "won't ease", "still there").
  '(?:feelings?|thoughts?|urges?|it|they|that|darkness|pain) (?:\\S+ )?(?:hasnt|has not|havent|have not|never|wont|will not|doesnt|does not|isnt|is not|arent|are not) (?:\\S+ )?(?:gone|go away|went away|going away|left|leave|stopped|stop|faded|fade|eased|ease|passed|pass|lifted|lift|improved|changed)',
  '(?:feelings?|thoughts?|urges?) (?:\\S+ )?(?:is|are|be) still (?:there|here|with me|around)',
]);

const COMPLETED = anyWords([
  'died', 'passed away', 'killed (?:himself|herself|themselves)', 'took (?:his|her|their) (?:own )?life', 'lost (?:him|her|them) to suicide',
  'died by suicide', 'shot (?:himself|herself)', 'hanged (?:himself|herself)',
]);

/** Someone else's death is told ("a classmate died by suicide"): grief around it, not a crisis of theirs. */
export const othersDeath = (plain: string): boolean => COMPLETED.test(plain);

/**
 * Wellbeing told as the present, plainly enough to end a check-in: "life is genuinely good now",
 * "now i run a peer support group", "havent done it in years". Not a bare "i'm fine", which people
 * in distress also say.
 */
const WELL_NOW = anyWords([
  'life (?:is|has been|feels) (?:\\S+ )?(?:good|great|better|amazing|wonderful)', 'in a (?:good|better|great) place', 'doing (?:\\S+ )?(?:well|great|better)',
  'much (?:better|happier) now', 'happier than ever', 'now i (?:volunteer|work|help|run|teach|study|mentor|coach|speak|share|lead)',
  '(?:i|we) (?:run|lead|started|volunteer at|volunteer in) a (?:\\S+ )?(?:support group|charity|group)', 'here i am', 'still (?:being )?here',
  '(?:havent|have not|not) (?:done it|felt (?:like )?that|had (?:a|any) (?:thoughts?|urges?)) (?:in|for) (?:\\S+ )?(?:years|months|ages|a long time)',
  'genuinely (?:good|happy|well|ok|okay)', 'thriving', 'celebrating', 'recovered', 'closed my case', 'bought a house', 'made it (?:to|through)',
  'grateful', 'felt (?:peace|proud|calm)', 'proud of (?:how far|myself|my recovery)', 'got (?:engaged|married)', 'feel good about',
]);

/** "…but yesterday I took …": a recent day set against the story is the act's, whatever else is told. */
const BUT_RECENT = anyWords(['(?:but|then|and then|until|except) (?:\\S+ ){0,2}(?:yesterday|today|tonight|last night|this (?:morning|week|evening))']);

/** A recent day that is the present of a story told as well-being, beside a distant act. */
const storyToday = (plain: string): boolean => DISTANT.test(plain) && WELL_NOW.test(plain) && !BUT_RECENT.test(plain);

export type PastVerdict = 'none' | 'recovered' | 'current' | 'past';

/** Whether a plain message may tell of a past act at all (most do not: one test, nothing else read). */
export const mayHavePast = (plain: string): boolean => PAST.test(plain);

/** What the past in a plain message says: no past act, recovery, risk now, or a past act alone. */
export function readPast(plain: string): PastVerdict {
  if (!PAST.test(plain)) return 'none';
  const act = !NEGATED_ACT.test(plain);
  const now = NOW.test(plain);
  // "10 years ago today … grateful", "the bridge I almost jumped from in 2014, I walked across it
  // today and felt peace": a recent word beside a distant date, told with well-being, is the
  // present day of the story, not the act's.
  if (act && (now || (RECENT.test(plain) && !storyToday(plain)))) return 'current';
  if (WELL.test(plain) && !now) return 'recovered';
  return act ? 'past' : 'none';
}

/** Where a clause ends: punctuation, or a word that opens the next one ("…in 2020 when i was…", "…. now im a dad"). */
const CLAUSE_BREAK = /[.!?;:,()]+| (?=(?:but|when|now|then|since|although|though|while|these days|nowadays|and (?:now|today|i|im|it|its|they|the))\b)/;
/** A clause told in the past: a past-tense verb or a settled time. */
const PAST_CLAUSE = / (?:was|were|had|did|used to|took|tried|found|said|went|got|wrote|gave|lived|stood|made|spent|lost|left|thought|felt|kept|saw|told|\S{2,}(?<!bl|sp|n|ind|fr|f|gr|s|w|b|r)ed)(?= )/;
/** The writer's present in a clause: it is read as now even beside a past word ("i used to, and i want to again"). */
const PRESENT_SELF = / (?:i (?:want|wanna|am|m|feel|keep|still|cant|will|plan|think|need|wish|have)|im|ill)(?= )/;

/**
 * The clauses of a message that are not told in the past, in plain form: what the message says
 * about now ("the treatment saved me when i was planning to end it. now im a dad" → " now im a dad ").
 * A time word inside a past clause ("when i was planning") does not make the risk present.
 */
export function presentPart(normalized: string): string {
  let out = ' ';
  for (const clause of normalized.split(CLAUSE_BREAK)) {
    const plain = plainWords(clause);
    if (plain.length > 2 && (PRESENT_SELF.test(plain) || !(PAST_CLAUSE.test(plain) || DISTANT.test(plain)))) out += plain.slice(1);
  }
  return out;
}

/**
 * A distant past told without present risk, with wellbeing now (or about someone else): the
 * message's signals describe history, not a crisis. `normalized` (with its punctuation) lets
 * present risk be read clause by clause; without it the whole message counts as now.
 */
export function settledPast(plain: string, aboutOther: boolean, strong = false, normalized?: string): boolean {
  if (NOW.test(normalized === undefined ? plain : presentPart(normalized))) return false;
  // Someone else's death is grief, not that person's crisis (the visitor's own words are read apart).
  if (aboutOther && COMPLETED.test(plain) && (!strong || DISTANT.test(plain))) return true;
  // Someone else's attempt told with how they are now ("she took too many pills, she's fine now"):
  // their history, whenever it was.
  if (aboutOther && PAST.test(plain) && WELL.test(plain) && !RECENT.test(plain)) return true;
  if (!DISTANT.test(plain)) return false;
  // A recent day beside a distant act is the story's present when the visitor tells it as well-being
  // ("10 years ago today I tried … today I'm hiking with my kids"); someone else's recent act is not settled.
  if (RECENT.test(plain) && (aboutOther || !storyToday(plain))) return false;
  return aboutOther || WELL.test(plain) || (normalized !== undefined && ASKS_AFTER.test(normalized));
}

/** A message that ends in a question: the history is told as the background of what is asked. */
const ASKS_AFTER = /\?[\s"'”’)]*$/;

/** A time long past and wellbeing now, told together: history, whatever it is about ("mine was ten years ago, I'm fine now"). */
export const toldAsHistory = (plain: string): boolean => DISTANT.test(plain) && WELL.test(plain) && !NOW.test(plain);

/** True when the message tells plain present wellbeing (see WELL_NOW). */
export const wellNow = (plain: string): boolean => WELL_NOW.test(plain);
