/**
 * Token repair for the way people in distress type: misspellings and chat shorthand, leetspeak and
 * one-typo forms of the key crisis words, and the lemma a repaired token imposes.
 */
import { coreFuzzy as fuzzy, FUZZY_KEYS } from './fuzzy.ts';

/** A lookup table as a Map: no prototype keys ("constructor"), and no string internalisation per
 * lookup of a fresh token (an object lookup costs several times more). */
export function mapOf(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(entries));
}

// ─── Repairs ─────────────────────────────────────────────────────────────────────────────────────

/** Misspellings and chat shorthand → the word (already a lemma). Short words only: longer ones go
 * through the edit-distance match below. */
const SHORTHAND = mapOf({
  kil: 'kill', kll: 'kill', kilk: 'kill', kiil: 'kill', dei: 'die', wnat: 'want', wnt: 'want',
  wamt: 'want', wan: 'want', wana: 'wanna', wanan: 'wanna', wannna: 'wanna', wantto: 'wanna',
  gona: 'gonna', gunna: 'gonna', liv: 'live', lfie: 'life', lief: 'life', slef: 'self',
  ded: 'dead', u: 'you', ur: 'your', r: 'are', bc: 'because', cuz: 'because', coz: 'because',
  rn: 'now', tn: 'tonight', tmrw: 'tomorrow', ppl: 'people', w: 'with', 'w/': 'with',
  sui: 'suicidal', suicidial: 'suicidal', selfharm: 'selfharm', meself: 'myself', mysefl: 'myself', masel: 'myself', mysel: 'myself', dae: 'do', gonnae: 'gonna', wannae: 'wanna',
  everyones: 'everyone', noone: 'nobody', 'no-one': 'nobody', nomore: 'anymore',
});

/** Lemmas wink leaves inflected. */
export const LEMMA_FIX = mapOf({ being: 'be', "'m": 'be', "'re": 'be', wo: 'will', ca: 'can' });

/** Words whose lemma would lose what the rules need ("better" → "good", "born" → "bear"). */
export const KEEP_SURFACE = new Set([
  'better', 'best', 'happier', 'easier', 'worse', 'born', 'gone', 'done', 'dead', 'living', 'left',
  'tired', 'taller', 'higher', 'tallest', 'highest', 'anymore', 'longer', 'thoughts',
]);

const LEET: Record<string, string> = { '1': 'i', '3': 'e', '0': 'o', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const LEET_TARGETS = new Set(['kill', 'killing', 'die', 'dead', 'self', 'harm', 'life', ...FUZZY_KEYS]);

/** `/[013457@$]/.test(t) && /[a-z]/.test(t)` without two regex runs per token. */
function leetWord(t: string): boolean {
  let leet = false;
  let letter = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) letter = true;
    else if (c === 48 || c === 49 || c === 51 || c === 52 || c === 53 || c === 55 || c === 64 || c === 36) leet = true;
  }
  return leet && letter;
}

/** Repairs one token: the word it stands for (the token itself when nothing needs repair). */
export function repair(token: string): string {
  const short = SHORTHAND.get(token);
  if (short) return short;
  if (leetWord(token)) {
    const plain = token.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
    const fixed = LEET_TARGETS.has(plain) ? plain : fuzzy(plain);
    if (fixed) return fixed;
  }
  const near = fuzzy(token);
  return near && near !== token ? near : token;
}

/** Shorthand entries that map a word to itself ("selfharm"): still a repair, so their lemma is fixed. */
const SHORTHAND_SELF = new Set([...SHORTHAND].filter(([k, v]) => k === v).map(([k]) => k));

/** The lemma a repaired token imposes (null: keep the lemma): the repair itself, "killing" → "kill". */
export function repairedLemma(token: string, surface: string): string | null {
  if (surface === token) return SHORTHAND_SELF.has(token) ? token : null;
  return surface === 'killing' ? 'kill' : surface;
}
