/**
 * Chat writing, read as what it stands for before a question is understood: emoji and filler
 * ("umm", "haha") dropped, chat abbreviations and phonetic shorthand spelt out ("r" → are, "ppl" →
 * people, "how 2" → how to). General English chat usage, nothing about any article. The
 * safety gate reads the message as written; only question understanding reads this.
 */

/** Shorthand → words, whole tokens only. */
const SHORTHAND: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  r: 'are',
  u: 'you',
  ur: 'your',
  y: 'why',
  ppl: 'people',
  pple: 'people',
  b4: 'before',
  bc: 'because',
  bcuz: 'because',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  tho: 'though',
  thru: 'through',
  abt: 'about',
  wat: 'what',
  wot: 'what',
  wut: 'what',
  wen: 'when',
  wy: 'why',
  kan: 'can',
  peepul: 'people',
  wher: 'where',
  hw: 'how',
  hou: 'how',
  duz: 'does',
  doez: 'does',
  iz: 'is',
  nite: 'night',
  tonite: 'tonight',
  wk: 'week',
  wks: 'weeks',
  hr: 'hour',
  hrs: 'hours',
  min: 'minute',
  mins: 'minutes',
  yr: 'year',
  yrs: 'years',
  w: 'with',
  'w/': 'with',
  'w/o': 'without',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thanks',
  in2: 'into',
  '2day': 'today',
  '2nite': 'tonight',
  '2morrow': 'tomorrow',
  gr8: 'great',
  l8r: 'later',
  w8: 'wait',
  sum1: 'someone',
  some1: 'someone',
  any1: 'anyone',
  ne1: 'anyone',
  no1: 'no one',
  every1: 'everyone',
  '4ever': 'forever',
  luv: 'love',
  becuz: 'because',
  shud: 'should',
  wud: 'would',
  cud: 'could',
  gonna: 'going to',
  wanna: 'want to',
  bf: 'boyfriend',
  gf: 'girlfriend',
  hav: 'have',
  gud: 'good',
  gd: 'good',
  bak: 'back',
  tym: 'time',
  enuf: 'enough',
  nd: 'and',
  n: 'and',
  rn: 'right now',
  smth: 'something',
  sth: 'something',
  sumthin: 'something',
  nothin: 'nothing',
  nuthin: 'nothing',
  yu: 'you',
  ya: 'you',
  da: 'the',
  dat: 'that',
  dis: 'this',
  wif: 'with',
  wiv: 'with',
  ova: 'over',
  kno: 'know',
  knw: 'know',
  thnk: 'think',
  whn: 'when',
  shd: 'should',
  wld: 'would',
  cn: 'can',
  nvr: 'never',
  evry: 'every',
  bout: 'about',
  becoz: 'because',
  bcoz: 'because',
  rly: 'really',
  prolly: 'probably',
  mayb: 'maybe',
  diff: 'different',
  tmrw: 'tomorrow',
  gotta: 'got to',
  gona: 'going to',
  ther: 'there',
  wit: 'with',
  // Spelt as spoken, the small words most of all (a content word spelt by ear is found by its sound, spelling.ts).
  wots: 'what is',
  wats: 'what is',
  wotever: 'whatever',
  av: 'have',
  jus: 'just',
  fink: 'think',
  finkin: 'thinking',
  nuffin: 'nothing',
  nuffink: 'nothing',
  nufink: 'nothing',
  sumwun: 'someone',
  sumone: 'someone',
  summat: 'something',
  sumfin: 'something',
  sumfink: 'something',
  evryfing: 'everything',
  anyfing: 'anything',
  fing: 'thing',
  fings: 'things',
  agen: 'again',
  reely: 'really',
  rilly: 'really',
  tork: 'talk',
  tawk: 'talk',
  tok: 'talk',
  luk: 'look',
  doz: 'does',
  skool: 'school',
  betta: 'better',
  '4eva': 'forever',
  rite: 'right',
  abowt: 'about',
  minit: 'minute',
  carnt: 'cant',
  dayz: 'days',
  sorta: 'sort of',
  kinda: 'kind of',
  outta: 'out of',
  wurk: 'work',
  werk: 'work',
  wurry: 'worry',
  gunna: 'going to',
  ov: 'of',
  sed: 'said',
  neva: 'never',
  wivout: 'without',
  frew: 'through',
  enuff: 'enough',
  dunno: 'dont know',
  lemme: 'let me',
  gimme: 'give me',
  yer: 'your',
  muvver: 'mother',
  bruvver: 'brother',
  farver: 'father',
  // A dropped final g on the verbs people ask with most.
  usin: 'using',
  gettin: 'getting',
  feelin: 'feeling',
  doin: 'doing',
  goin: 'going',
  takin: 'taking',
  havin: 'having',
  tryin: 'trying',
  thinkin: 'thinking',
  workin: 'working',
  sleepin: 'sleeping',
  makin: 'making',
  lookin: 'looking',
  comin: 'coming',
  startin: 'starting',
  stoppin: 'stopping',
  recoverin: 'recovering',
  overthinkin: 'overthinking',
});

/** Hesitation and laughter, however long: "ummm", "uhh", "hmmm", "ahaha" (the plain forms are noise words in the site data). */
const FILLER = /^(?:u+m+|u+h+|h+m+|e+r+m+|a*(?:ha){2,}h?|(?:he){2,}|mm+)$/;
/** Emoji and pictographs (with their joiners and variation selectors). */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\uFE0F]/gu;

/** A letter held for emphasis: three or more in a row ("sooo", "pleeease"). */
const HELD = /([a-z])\1{2,}/;
const HELD_ALL = /([a-z])\1{2,}/g;
/** Words English writes with the held letter doubled, by their one-letter form ("tooo" → too). */
const DOUBLED: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  to: 'too', god: 'good', son: 'soon', slep: 'sleep', fel: 'feel', ned: 'need', wek: 'week', se: 'see', al: 'all',
  wil: 'will', wel: 'well', realy: 'really', helo: 'hello', sory: 'sorry', hapy: 'happy', col: 'cool', of: 'off',
});

/** Words after which a lone "2" means "to". */
const TO_BEFORE = new Set(['how', 'want', 'wants', 'need', 'needs', 'have', 'has', 'going', 'able', 'try', 'trying', 'hard', 'way', 'what', 'where', 'when', 'do', 'due', 'used', 'supposed', 'start', 'begin', 'time', 'ok', 'safe']);
/** What a number counts: time, doses, people. */
const COUNTED = /^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?|times?|mg|ml|doses?|pills?|tablets?|sessions?|infusions?|treatments?|drinks?|cups?|people|kids?|children|of|or|and|to|out|in)\b/i;

/** Words after which a number counts ("had 4 panic attacks", "about 4 days"). */
/** A question word that "dose" can only follow as "does", its swapped spelling ("how dose it work",
 * "how long dose it last"): a dose is asked with "what dose" or "how much", never "how dose". */
const DOES_AFTER = new Set(['how', 'why', 'when', 'where', 'wen', 'y', 'wy', 'hw']);
/** Words of "how long", "how often", … that "dose" can follow only after "how". */
const HOW_WHAT = new Set(['long', 'often', 'fast', 'quickly', 'soon']);
/** "dose" right after such a word. */
const swappedDoes = (before: string, beforeThat: string): boolean => DOES_AFTER.has(before) || (HOW_WHAT.has(before) && beforeThat === 'how');
const COUNT_AFTER = new Set(['have', 'has', 'had', 'take', 'takes', 'took', 'taken', 'try', 'tried', 'get', 'gets', 'got', 'about', 'like', 'only', 'just', 'every', 'last', 'first', 'over', 'under', 'than', 'around', 'nearly', 'almost', 'after', 'within', 'at', 'are', 'is', 'were', 'was', 'of']);

/**
 * True when a message's tokens (one wink pass, lower case) may hold something chatToText changes:
 * a shorthand or filler word, a lone 2, an emoji, a held letter. Reads the tokens the engine has anyway.
 */
export function hasChat(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (SHORTHAND[t] !== undefined || t === '2' || t === '4' || HELD.test(t)) return true;
    if (t === 'dose' && swappedDoes(tokens[i - 1] ?? '', tokens[i - 2] ?? '')) return true;
    const c = t.charCodeAt(0);
    if (c > 0x7f ? EMOJI_ONE.test(t) : (c === 0x75 || c === 0x68 || c === 0x65 || c === 0x61 || c === 0x6d) && FILLER.test(t)) return true;
  }
  return false;
}
const EMOJI_ONE = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;

/**
 * The message as a question to understand, or null when nothing in it is chat writing.
 *
 * @example chatToText('wat r the symtoms 😩') // 'what are the symtoms'
 * @example chatToText('how long does it last') // null
 */
export function chatToText(text: string): string | null {
  const noEmoji = text.replace(EMOJI, ' ');
  let changed = noEmoji !== text;
  const words = noEmoji.split(/(\s+)/);
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    if (w.trim() === '') continue;
    // Keep punctuation around the word: "r?" → "are?".
    const m = /^([("'“‘]*)(.*?)([?!.,;:)"'”’]*)$/u.exec(w)!;
    const core = m[2]!.toLowerCase();
    let rep: string | undefined = SHORTHAND[core];
    // A held letter is one letter ("sooo" → so), or two where English writes two ("tooo" → too).
    if (rep === undefined && HELD.test(core)) {
      const one = core.replace(HELD_ALL, '$1');
      rep = DOUBLED[one] ?? SHORTHAND[one] ?? one;
    }
    if (rep === undefined && FILLER.test(core)) rep = '';
    // "2" after a word that takes "to" is "to" ("how 2 sleep", "want 2 stop"); numbers stay numbers.
    if (rep === undefined && core === '2' && TO_BEFORE.has((words[i - 2] ?? '').trim().toLowerCase()) && /^[a-z]/i.test(words[i + 2] ?? '')) rep = 'to';
    // "4" between words is "for" ("4 no reason", "therapy 4 pain"), unless it counts what follows
    // ("4 weeks", "4 antidepressants").
    if (rep === undefined && core === '4' && /^[a-z]/i.test(words[i - 2] ?? '') && !COUNT_AFTER.has((words[i - 2] ?? '').toLowerCase()) && /^[a-z]/i.test(words[i + 2] ?? '') && !COUNTED.test(words[i + 2]!) && !/[^su]s\b/i.test(words[i + 2]!)) rep = 'for';
    if (rep === undefined && core === 'dose' && swappedDoes((words[i - 2] ?? '').trim().toLowerCase(), (words[i - 4] ?? '').trim().toLowerCase())) rep = 'does';
    if (rep === undefined || rep === core) continue;
    words[i] = rep === '' ? (m[3] && /[?!.]/.test(m[3]) ? m[3] : '') : `${m[1]}${rep}${m[3]}`;
    changed = true;
  }
  if (!changed) return null;
  const out = words.join('').replace(/\s+/g, ' ').replace(/\s+([?!.,])/g, '$1').trim();
  return out === '' ? null : out;
}
