/**
 * Chat writing, read as what it stands for before a question is understood: emoji and filler
 * ("umm", "haha") dropped, chat abbreviations and phonetic shorthand spelt out ("r" → are, "ppl" →
 * people, "2" between words → to). General English chat usage, nothing about any article. The
 * safety gate reads the message as written; only question understanding reads this.
 */

/** Shorthand → words, whole tokens only. */
const SHORTHAND: Record<string, string> = {
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
  whats: 'what is',
  wen: 'when',
  wher: 'where',
  hw: 'how',
  hou: 'how',
  duz: 'does',
  doez: 'does',
  iz: 'is',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  kinda: 'kind of',
  sorta: 'sort of',
  dunno: "don't know",
  idk: "i don't know",
  im: "i'm",
  ive: "i've",
  dont: "don't",
  doesnt: "doesn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  didnt: "didn't",
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
  rn: 'right now',
  bf: 'boyfriend',
  gf: 'girlfriend',
  vs: 'versus',
  tbh: '',
  imo: '',
  imho: '',
  btw: '',
  lol: '',
  lmao: '',
  omg: '',
  haha: '',
  hahaha: '',
  hehe: '',
  ok: '',
  okay: '',
};

/** Hesitation and laughter, however long: "ummm", "uhh", "hmmm", "ahaha". */
const FILLER = /^(?:u+m+|u+h+|h+m+|e+r+m+|a*(?:ha){2,}h?|(?:he){2,}|lo+l|mm+)$/;
/** Emoji and pictographs (with their joiners and variation selectors). */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\uFE0F]/gu;

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
    if (rep === undefined && FILLER.test(core)) rep = '';
    // "2" and "4" between words are "to" and "for" ("how 2 sleep"); numbers stay numbers otherwise.
    if (rep === undefined && (core === '2' || core === '4')) {
      const prev = words[i - 2]?.trim() ?? '';
      const next = words[i + 2]?.trim() ?? '';
      if (/^[a-z]+$/i.test(prev) && /^[a-z]+/i.test(next) && !/^(?:hours?|days?|weeks?|months?|years?|minutes?|times?|mg|am|pm|nights?)\b/i.test(next)) rep = core === '2' ? 'to' : 'for';
    }
    if (rep === undefined || rep === core) continue;
    words[i] = rep === '' ? (m[3] && /[?!.]/.test(m[3]) ? m[3] : '') : `${m[1]}${rep}${m[3]}`;
    changed = true;
  }
  if (!changed) return null;
  const out = words.join('').replace(/\s+/g, ' ').replace(/\s+([?!.,])/g, '$1').trim();
  return out === '' ? null : out;
}
