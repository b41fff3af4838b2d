/**
 * Words typed around filters: "s u i c i d e", "s.u.i.c.i.d.e", "su!c1de", "k*ll". Returns the
 * message with such words joined and their symbols read as letters, or null when there are none
 * (most messages), so the gate scans a second view only when something was hidden.
 */
const SPACED = /(?:^|(?<=\s))(?:[a-z][ .\-_*]){3,}[a-z](?=\s|$|[.,!?])/g;
const SYMBOLED = /[a-z]+(?:[*.!_@$|0-9]+[a-z]+)+/g;
const LEET: Record<string, string> = { '1': 'i', '!': 'i', '|': 'i', '3': 'e', '0': 'o', '4': 'a', '@': 'a', '5': 's', $: 's', '7': 't' };

/** @example deobfuscate('s u i c i d e keeps popping up') // 'suicide keeps popping up' */
export function deobfuscate(normalized: string): string | null {
  let out = normalized.replace(SPACED, (m) => m.replace(/[ .\-_*]/g, ''));
  out = out.replace(SYMBOLED, (w) => (/\d+\.\d+/.test(w) ? w : w.replace(/[^a-z]/g, (c) => LEET[c] ?? '')));
  return out === normalized ? null : out;
}
