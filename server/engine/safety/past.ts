/**
 * Past behaviour, read with what the visitor says about now. A past attempt or self-harm with the
 * risk back ("attempted last year, the thoughts are back") is a crisis; the same past with clear
 * wellbeing now ("years ago … doing great now"), or a relative's distant past, is recovery
 * history, not a crisis; a past act alone gets the gentle check-in.
 */
import { PAST_ACT } from './lexicon-levels.ts';

const PAST = new RegExp(` (?:${PAST_ACT})(?= )`);
/** A time that places the act recently: it still matters medically and emotionally now. */
const RECENT = / (?:yesterday|last night|this morning|tonight|today|(?:\d+|a|two|three|few|couple of) (?:days?|hours?|weeks?) ago|last week|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?= )/;
/** The act is placed in a settled past. */
const DISTANT = / (?:used to|years? ago|decades? ago|\d+ years|ten years|when (?:i|he|she|they) (?:was|were) (?:\d+|a kid|a child|a teen|a teenager|younger|young|little|in|at)|at (?:age )?1?\d(?= )|at \d\d|in (?:19|20)\d\d|(?:19|20)\d\d|\d+ years old|years old|in the \d0s|back (?:then|when)|in (?:college|school|high school|uni)|long gone|survivor of|years (?:free|clean|out)|before i was born|as a (?:teen|teenager|kid|child)|out from|(?:who|i|ive|i have) survived|had (?:thoughts|urges|suicidal|a period|a time|times|a phase|dark)|last year|(?:a|one|two|three|few|couple of) years ago|(?:\d+|ten|five|two|three|four|six|seven|eight|nine|many) (?:years|months) since|as a teen\S*|in my (?:teens|twenties|thirties|20s|30s)|a decade ago|(?:a )?long (?:time )?ago|back in|in the past|during (?:college|school|uni|my divorce|lockdown))(?= )/;
/** Clear wellbeing now. */
const WELL = / (?:(?:ok|okay|fine|good|great|well|better|happy|stable|safe) (?:now|since|today|these days)|now (?:im|i am|hes|shes|he is|she is|theyre) (?:\S+ ){0,2}?(?:ok|okay|fine|good|great|well|better|happy|stable|a|an|doing)|doing (?:well|great|good|fine|better)|much better|been (?:well|fine|good|stable)|well since|not had (?:a|any) (?:thought|urge|episode)|(?:have|has|they have|theyve) passed|long gone|got better|recovered|thriving|free from|happy|stable|running marathons|helped (?:me|him|her) stop|stopped (?:self harming|cutting|hurting)|pulled me out|still well|im good|now i (?:volunteer|work|help|run|teach|study|mentor|coach|speak|am a|am an)|helped (?:me|a lot|so much)|in recovery|recovered|healed|clean for|(?:years|months) clean|havent (?:self harmed|cut|had a thought|hurt myself)|not since|life is good|(?:much )?happier|in a good place|other side of it|got through (?:it|that)|made it through|grateful|thankful|proud|(?:better|okay|alright|safe|stable) now|doing okay|🎉|survived|found (?:this|it|the article) helpful|now (?:im|i am|hes|shes|he is|she is)|scars (?:are|be) (?:\S+ ){0,3}old|old scars|faded|hes good|shes good|hes fine|shes fine|is fine|are fine|im fine now|all good|im a )/;
/** The risk is present now. */
const NOW = / (?:again|(?:thoughts?|urges?|feelings?|it|they|darkness|voices?|ideas?) (?:are |is |have |has |r )?(?:come |came |coming |been )?back|back worse|worse|go(?:ing)? back|next time|right now|tonight|still (?:want|think|feel|wish|have (?:the )?(?:urge|thought)|plan)|wish (?:she|he|they|you) hadnt|planning|keep planning|constantly|every day now|lately|recently|why did i|tired of surviving|not ok|not okay|same (?:pills|darkness|way|feeling)|feel(?:ing)? that way|scared|urge|i want to|i wanna|i still (?:want|think about (?:it|dying|death|ending)|feel like|wish|have (?:the )?(?:urge|thought)|plan)|wish i (?:had not|hadnt|didnt|did not|never)|now (?:im|i am|i feel|i m) (?:\S+ )?(?:suicidal|hopeless|worse|depressed|struggling|thinking|back|low|scared|cutting|planning))(?= )/;

export type PastVerdict = 'none' | 'recovered' | 'current' | 'past';

/** What the past in a plain message says: no past act, recovery, risk now, or a past act alone. */
export function readPast(plain: string): PastVerdict {
  const act = PAST.test(plain);
  const now = NOW.test(plain);
  if (act && (now || RECENT.test(plain))) return 'current';
  if (DISTANT.test(plain) && WELL.test(plain) && !now) return 'recovered';
  return act ? 'past' : 'none';
}

/**
 * A distant past told without present risk, with wellbeing now (or about someone else): the
 * message's signals describe history, not a crisis.
 */
export function settledPast(plain: string, aboutOther: boolean, strong = false): boolean {
  if (NOW.test(plain)) return false;
  // Someone else's death is grief, not that person's crisis (the visitor's own words are read apart).
  if (aboutOther && !strong && COMPLETED.test(plain)) return true;
  if (!DISTANT.test(plain) || RECENT.test(plain)) return false;
  return aboutOther || WELL.test(plain);
}

const COMPLETED = / (?:died|passed away|killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|lost (?:him|her|them) to suicide|died by suicide)(?= )/;
