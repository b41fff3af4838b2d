/**
 * Words typed around filters: "s u i c i d e", "s.u.i.c.i.d.e", "su!c1de", "k*ll". Returns the
 * message with such words joined and their symbols read as letters, or null when there are none
 * (most messages), so the gate scans a second view only when something was hidden.
 */
const SPACED = /(?:^|(?<=\s))(?:[a-z][ .\-_*]){3,}[a-z](?=\s|$|[.,!?])/g;
const SYMBOLED = /[a-z]+(?:[*.!_@$|0-9]+[a-z]+)+/g;
/** Cheap necessary conditions for the two patterns above (most messages have neither). */
const SPACED_HINT = /(?:^|\s)[a-z][ .\-_*][a-z][ .\-_*][a-z][ .\-_*][a-z]/;
const SYMBOL_HINT = /[a-z][*.!_@$|0-9]+[a-z]/;
/** A word opening with a symbol for its first letter: "0verdose", "@ttempt". */
const LEADING = /(?<![a-z0-9])[01345@$](?=[a-z]{3})/g;
const LEADING_HINT = /(?:^|[^a-z0-9])[01345@$][a-z]{3}/;
const LEET: Record<string, string> = { '1': 'i', '!': 'i', '|': 'i', '3': 'e', '0': 'o', '4': 'a', '@': 'a', '5': 's', $: 's', '7': 't' };

/** Words run together ("iwanttodie", "killmyself") are split when every piece is one of these. */
const PIECES = new Set(['i', 'im', 'want', 'wanna', 'to', '2', 'die', 'dead', 'kill', 'kil', 'myself', 'my', 'self', 'end', 'life', 'it', 'all', 'hurt', 'cut', 'me', 'gonna', 'need', 'just', 'wish', 'was']);
const LONG_WORD = /\b[a-z2]{7,}\b/g;
/** "wanna dye", "diee": spellings of "die" that are not about hair. */
const DYE = /\b(want|wanna|to|gonna|2|just|i|should|could) (?:dye|diee+|dye+)\b(?! (?:my|your|his|her|their|the|it|hair|clothes|them))/g;

/**
 * Clipped endings of chat writing: "thinkin", "endin", "dyin'" lost the g of -ing; "bout" its
 * "a". The g comes back on any -in word after a consonant or y: a real word it lengthens
 * ("begin" → "beging") matches no crisis pattern, so no list of verbs is needed.
 */
const G_DROPPED = /\b([a-z]*[a-z][b-df-hj-np-tv-z])in'?(?![a-z])/g;
/** Common -in words, skipped only so that an ordinary message needs no second read. */
const REAL_IN = new Set(['within', 'begin', 'skin', 'cousin', 'margin', 'origin', 'vitamin', 'insulin', 'protein', 'toxin', 'cabin', 'basin', 'napkin', 'pumpkin', 'dolphin', 'penguin', 'violin', 'aspirin', 'thin', 'twin', 'chin', 'spin', 'grin', 'shin', 'akin', 'latin', 'melatonin', 'serotonin', 'heroin', 'muffin', 'coffin', 'raisin', 'bulletin', 'robin', 'kin', 'sin', 'bin', 'pin', 'tin', 'fin', 'gin', 'din', 'win']);
const G_HINT = /[b-df-hj-np-tv-z]in'?(?![a-z])| bout /;
const clipped = (w: string, stem: string): string => (REAL_IN.has(w) ? w : `${stem}ing`);
/** A run-together crisis phrase holds one of these; other long words are left alone unread. */
const PIECE_HINT = /kil|die|dead|want|wanna|myself|life|hurt/;

/** Splits a run-together word into known pieces, or returns it unchanged. */
function split(word: string): string {
  if (!PIECE_HINT.test(word)) return word;
  const best: Array<string[] | null> = [[]];
  for (let end = 1; end <= word.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - 6); start < end && best[end] === null; start++) {
      const prev = best[start];
      if (prev && PIECES.has(word.slice(start, end))) best[end] = [...prev, word.slice(start, end)];
    }
  }
  const pieces = best[word.length];
  return pieces && pieces.length >= 2 ? pieces.join(' ') : word;
}

/** @example deobfuscate('s u i c i d e keeps popping up') // 'suicide keeps popping up' */
export function deobfuscate(normalized: string): string | null {
  let out = SPACED_HINT.test(normalized) ? normalized.replace(SPACED, (m) => m.replace(/[ .\-_*]/g, '')) : normalized;
  if (LEADING_HINT.test(out)) out = out.replace(LEADING, (c) => LEET[c] ?? c);
  if (SYMBOL_HINT.test(out)) out = out.replace(SYMBOLED, (w) => (/\d+\.\d+/.test(w) ? w : w.replace(/[^a-z]/g, (c) => LEET[c] ?? '')));
  // `split` changes only a word holding a piece hint, and DYE needs "dye" or "diee": most messages skip both.
  if (PIECE_HINT.test(out)) out = out.replace(LONG_WORD, split);
  if (out.includes('dye') || out.includes('diee')) out = out.replace(DYE, '$1 die');
  if (G_HINT.test(out)) out = out.replace(G_DROPPED, clipped).replace(/\bbout\b/g, 'about');
  return out === normalized ? null : out;
}
