/**
 * Past behaviour, read with what the visitor says about now. A past attempt or self-harm with the
 * risk back ("attempted last year, the thoughts are back") is a crisis; the same past with clear
 * wellbeing now ("years ago … doing great now"), or a relative's distant past, is recovery
 * history, not a crisis; a past act alone gets the gentle check-in. Reads the plain form
 * (phrases.ts `plainText`) with idioms masked.
 */
import { PAST_ACT } from './lexicon-levels.ts';

const words = (list: readonly string[]): RegExp => new RegExp(` (?:${list.join('|')})(?= )`);

const PAST = words([PAST_ACT]);
const NEGATED_ACT = new RegExp(` (?:never|not|havent|hasnt|didnt|no)(?: \\S+){0,2} (?:${PAST_ACT})(?= )`);

/** A time that places the act recently: it still matters medically and emotionally now. */
const RECENT = words([
  'yesterday', 'last night', 'this morning', 'tonight', 'today(?! (?:i have|i am|im|life|i feel (?:good|great|fine)|i work|i run))',
  '(?:\\d+|a|two|three|few|couple of) (?:days?|hours?|weeks?) ago', 'last week', 'this week',
  'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
]);

/** A risk told as over: it places the act in the past and says the present is well. */
const RESOLVED = '(?:ended|went away|(?:they|it|those|that|thoughts) (?:are|is|were) (?:all )?gone|made (?:them|it|those|that) go away|(?:have|has|had) gone away|went quiet|in remission|remission|behind me|no longer (?:have|get) (?:them|those)|(?:dont|do not) (?:have|get) them (?:anymore|any more))';

/** The act is placed in a settled past. */
const DISTANT = words([
  'used to', 'years? ago', 'decades? ago', '\\d+ years', 'ten years', 'when (?:i|he|she|they) (?:was|were) (?:\\d+|a kid|a child|a teen|a teenager|younger|young|little|in|at)',
  'at (?:age )?1?\\d', 'at \\d\\d', 'in (?:19|20)\\d\\d', '(?:19|20)\\d\\d', '\\d+ years old', 'years old', 'in the \\d0s', 'back (?:then|when|in)',
  'in (?:college|school|high school|uni)', 'long gone', 'survivor(?: of)?', 'years (?:free|clean|out)', 'before i was born',
  'as a (?:teen\\S*|kid|child)', 'out from', '(?:who|i|ive|i have) survived', 'had (?:thoughts|urges|suicidal|a period|a time|times|a phase|dark)',
  'last year', 'years back', '(?:a|one|two|three|few|couple of) years ago', '(?:\\d+|ten|five|two|three|four|six|seven|eight|nine|many) (?:years|months) since',
  'in my (?:teens|twenties|thirties|20s|30s)', 'a decade ago', '(?:a )?long (?:time )?ago', 'in the past', '(?:i|he|she|they) once',
  'during (?:college|school|uni|my divorce|lockdown)', 'that was (?:\\S+ ){0,2}(?:ago|years|decades)', 'after my attempt',
  'before (?:we|i|they) (?:met|was born|were born|married|knew)', RESOLVED,
]);

/** Clear wellbeing now. */
const WELL = words([
  '(?:ok|okay|fine|good|great|well|better|happy|stable|safe|alright) (?:now|since|today|these days)', 'now (?:im|i am|hes|shes|he is|she is|theyre)',
  'doing (?:well|great|good|fine|better|okay)', 'much better', 'been (?:well|fine|good|stable)', 'well since', 'not had (?:a|any) (?:thought|urge|episode)',
  '(?:have|has|they have|theyve) passed', 'long gone', 'got better', 'recovered(?: from)?', 'thriving', 'free from', 'happy', 'stable',
  'running marathons', 'helped (?:me|him|her) stop', 'stopped (?:self harming|cutting|hurting)', 'pulled me out', 'still well', 'im good',
  'now i (?:volunteer|work|help|run|teach|study|mentor|coach|speak|am a|am an|share)', 'helped (?:me|a lot|so much)', 'in recovery', 'healed',
  'clean for', '(?:years|months) clean', 'havent (?:self harmed|cut|had a thought|hurt myself)', 'not since', 'life (?:is|has been) (?:\\S+ )?(?:good|great|better|okay)',
  '(?:much )?happier', 'in a good place', 'other side of it', 'got through (?:it|that)', 'made it through', 'grateful', 'thankful', 'proud',
  'doing okay', '🎉', 'survived', 'found (?:this|it|the article) helpful', 'scars (?:are|be) (?:\\S+ ){0,3}old', 'old scars', 'faded',
  '(?:hes|shes) (?:good|fine|well)', '(?:is|are) fine', 'im fine now', 'all good', 'im a', 'changed (?:that|my life|everything)', 'saved my life',
  'that was (?:\\S+ ){0,2}(?:ago|years|decades)', 'beat', 'overcame', 'overcome', 'got over', 'stronger', 'came out', 'these days',
  'share my story', 'support group', 'job i love', 'is a (?:nurse|doctor|teacher|mum|mom|dad)', 'is doing (?:well|great|much better|better)',
  'feel(?:ing)? (?:amazing|great|good|fine|well|better)', 'no (?:urges?|thoughts?|episodes?) (?:in|for|since)', 'healthy', 'well for', 'love my life', 'now i (?:love|enjoy)',
  '(?:i am|im|now|now im) (?:\\d\\d|in my (?:20s|30s|40s|50s|thirties|forties|fifties))', RESOLVED,
]);

/** The risk is present now. */
const NOW = words([
  'again', '(?:thoughts?|urges?|feelings?|it|they|darkness|voices?|ideas?) (?:are |is |have |has |r )?(?:come |came |coming |been )?back',
  'back worse', 'worse', 'go(?:ing)? back', 'next time', 'right now', 'tonight', 'still (?:want|think|feel|wish|have (?:the )?(?:urge|thought)|plan)',
  'wish (?:she|he|they|you) hadnt', 'planning', 'keep planning', 'constantly', 'every day now(?! (?:i|im|i am) (?:love|enjoy|feel (?:good|great|fine)|good|well|happy))', 'lately', 'recently', 'why did i',
  'tired of surviving', 'not ok', 'not okay', 'same (?:pills|darkness|way|feeling)', 'feel(?:ing)? that way', 'scared', 'urge',
  'i want to(?! (?:know|ask|understand|learn|find out|check|see|try|start|give|help|make sure|be sure))', 'i wanna(?! (?:know|ask|check|see|try))', 'i still (?:want|think about (?:it|dying|death|ending)|feel like|wish|have (?:the )?(?:urge|thought)|plan)',
  'wish i (?:had not|hadnt|didnt|did not|never)', 'now (?:im|i am|i feel|i m) (?:\\S+ )?(?:suicidal|hopeless|worse|depressed|struggling|thinking|back|low|scared|cutting|planning)',
]);

const COMPLETED = words([
  'died', 'passed away', 'killed (?:himself|herself|themselves)', 'took (?:his|her|their) (?:own )?life', 'lost (?:him|her|them) to suicide',
  'died by suicide', 'shot (?:himself|herself)', 'hanged (?:himself|herself)',
]);

export type PastVerdict = 'none' | 'recovered' | 'current' | 'past';

/** Whether a plain message may tell of a past act at all (most do not: one test, nothing else read). */
export const mayHavePast = (plain: string): boolean => PAST.test(plain);

/** What the past in a plain message says: no past act, recovery, risk now, or a past act alone. */
export function readPast(plain: string): PastVerdict {
  if (!PAST.test(plain)) return 'none';
  const act = !NEGATED_ACT.test(plain);
  const now = NOW.test(plain);
  if (act && (now || RECENT.test(plain))) return 'current';
  if (WELL.test(plain) && !now) return 'recovered';
  return act ? 'past' : 'none';
}

/**
 * A distant past told without present risk, with wellbeing now (or about someone else): the
 * message's signals describe history, not a crisis.
 */
export function settledPast(plain: string, aboutOther: boolean, strong = false): boolean {
  if (NOW.test(plain)) return false;
  // Someone else's death is grief, not that person's crisis (the visitor's own words are read apart).
  if (aboutOther && COMPLETED.test(plain) && (!strong || DISTANT.test(plain))) return true;
  if (!DISTANT.test(plain) || RECENT.test(plain)) return false;
  return aboutOther || WELL.test(plain);
}
