/**
 * A question's frame: the words that ask for its type ("side effects", "how long … take"), read
 * with spelling tolerance so "side efects" still asks for side effects.
 */
import { detectIntent, type Intent, RULES } from './intent.ts';
import type { Analysis } from '../types.ts';

/**
 * The words of a message that ask for its question type ("side effects", "how long … take"): the
 * span the type's first matching rule matched. They say what kind of answer is wanted, not what
 * about, so an article that never uses them still covers the question.
 */
export function frameWords(intent: Intent, normalized: string): Set<string> {
  const text = normalized.replace(/[?!.]+$/g, '').trim();
  for (const rule of RULES) {
    if (rule.intent !== intent) continue;
    const m = rule.pattern.exec(text);
    // Only the frame's own words: "how does TMS work" names its subject inside the span.
    if (m) return new Set(m[0].split(/[\s-]+/).filter((w) => FRAME_VOCAB.includes(w) || FRAME_GLUE.has(w)));
  }
  return new Set();
}

/** Words of a question frame that are no frame word of their own ("how long TIL it KICKS in"). */
const FRAME_GLUE = new Set(['til', 'till', 'until', 'kick', 'kicks', 'take', 'takes', 'much', 'many', 'quick', 'rapid', 'rapidly']);

/** Words that ask for a question type, for spelling tolerance of the question's frame ("side efects"). */
const FRAME_VOCAB = ['side', 'effects', 'effect', 'adverse', 'risks', 'dangerous', 'harmful', 'safety', 'dose', 'dosage', 'long', 'last', 'lasts', 'length', 'duration', 'fast', 'quickly', 'soon', 'cost', 'price', 'insurance', 'difference', 'different', 'compare', 'versus', 'symptoms', 'signs', 'types', 'causes', 'cause', 'treatments', 'work', 'works', 'mechanism', 'often', 'reason'];

/** The frame words by first letter: most words of a message have no candidate at all. */
const FRAME_BY_FIRST = new Map<string, string[]>();
for (const f of FRAME_VOCAB) FRAME_BY_FIRST.set(f[0]!, [...(FRAME_BY_FIRST.get(f[0]!) ?? []), f]);

/**
 * Frame words misspelt by a dropped, doubled or swapped letter: [written, meant], for words of 5+
 * letters the article does not know. A changed letter is not read as a typo ("lost" is not "last"),
 * and a real word of the frame vocabulary is never changed.
 */
export function frameSpelling(a: Pick<Analysis, 'tokens' | 'stop'>, known: (word: string) => boolean): Array<[string, string]> {
  let out: Array<[string, string]> | null = null;
  for (let i = 0; i < a.tokens.length; i += 1) {
    const w = a.tokens[i]!;
    // A stop word is a real word ("does" is one swap from "dose").
    if (w.length < 5 || a.stop[i]) continue;
    const candidates = FRAME_BY_FIRST.get(w[0]!);
    if (candidates === undefined || !/^[a-z]+$/.test(w) || FRAME_VOCAB.includes(w)) continue;
    let found: string | null = null;
    let many = false;
    for (const f of candidates) {
      if (Math.abs(f.length - w.length) > 1 || !typoOf(w, f)) continue;
      if (found !== null) many = true;
      found = f;
    }
    if (found === null || many || known(w)) continue;
    (out ??= []).push([w, found]);
  }
  return out ?? [];
}

/** True when a is b with one letter dropped, one letter added, or two neighbours swapped. */
function typoOf(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The question type read again with the words spelling tolerance corrected ("side efects" → side
 * effect), when the message as written showed none.
 */
export function redetectIntent(intent: Intent, normalized: string, corrections: ReadonlyArray<readonly [string, string]>): Intent {
  if (corrections.length === 0 || (intent !== 'general' && intent !== 'yes-no')) return intent;
  const again = detectIntent({ normalized: respell(normalized, corrections) });
  return again === 'general' ? intent : again;
}

/** The text with corrected words put in. */
export function respell(normalized: string, corrections: ReadonlyArray<readonly [string, string]>): string {
  let text = ` ${normalized} `;
  for (const [from, to] of corrections) if (to !== '') text = text.replace(` ${from} `, ` ${to} `);
  return text.trim();
}
