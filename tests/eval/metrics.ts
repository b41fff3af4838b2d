/**
 * Pure scoring of the golden set: whether one reply is right, rates, medians, the verbatim check of
 * answer text, and the markdown table. No I/O and no engine here, so every rule is unit-tested.
 */
import { DISCOURSE } from '../../server/engine/discourse.ts';
import { normalizeText } from '../../server/engine/understand/normalize.ts';
import type { ReplyKind, ReplySource } from '../../server/engine/types.ts';
import type { GoldenCase } from '../golden/types.ts';

/** What the evaluation needs from one reply, from either faqchat or the naive peer. */
export interface Outcome {
  kind: ReplyKind;
  /** Section or FAQ-pair id the reply was cut from; null when none. */
  sectionId: string | null;
  text: string;
  sources: ReplySource[];
}

export interface Verdict {
  pass: boolean;
  /** Why it failed, e.g. `kind fallback, expected answer`; empty when it passed. */
  reason: string;
}

/**
 * Scores one reply against one golden case.
 * - `answer`: kind `answer` and the section is one of the expected ones (any kind of answer without
 *   listed sections is scored on kind alone).
 * - `referral`: kind `referral`; if the reply adds an article fact, it must come from a listed
 *   section (a referral without a fact is fine: the fact is optional).
 * - every other kind: the kind alone.
 *
 * @example scoreCase({ q: 'how long', kind: 'answer', sections: ['a'] }, { kind: 'answer', sectionId: 'a', text: '', sources: [] }).pass // true
 */
export function scoreCase(expected: GoldenCase, got: Outcome): Verdict {
  if (got.kind !== expected.kind) return { pass: false, reason: `kind ${got.kind}, expected ${expected.kind}` };
  const sections = expected.sections ?? [];
  if (sections.length === 0) return { pass: true, reason: '' };
  if (expected.kind === 'referral' && got.sectionId === null) return { pass: true, reason: '' };
  if (expected.kind === 'answer' || expected.kind === 'referral') {
    if (got.sectionId === null || !sections.includes(got.sectionId)) {
      return { pass: false, reason: `section ${got.sectionId ?? 'none'}, expected ${sections.join(' | ')}` };
    }
  }
  return { pass: true, reason: '' };
}

/** One scored message. */
export interface CaseResult {
  expected: GoldenCase;
  got: Outcome;
  verdict: Verdict;
  /** Dialogue name and 1-based turn, for dialogue turns. */
  dialogue?: { name: string; turn: number };
}

/** Passed / total of a list of results. */
export interface Tally {
  passed: number;
  total: number;
}

export function tally(results: readonly CaseResult[]): Tally {
  return { passed: results.filter((r) => r.verdict.pass).length, total: results.length };
}

/** Share in 0–1; an empty category counts as 0 (nothing was shown to work). */
export function rate(t: Tally): number {
  return t.total === 0 ? 0 : t.passed / t.total;
}

/**
 * Median of a list (mean of the middle two for an even count); NaN for an empty list.
 *
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Results whose reply was `crisis` although the golden case expected something else. */
export function crisisFalsePositives(results: readonly CaseResult[]): CaseResult[] {
  return results.filter((r) => r.expected.kind !== 'crisis' && r.got.kind === 'crisis');
}

/** Character lengths of the `answer` replies' text. */
export function answerLengths(results: readonly CaseResult[]): number[] {
  return results.filter((r) => r.got.kind === 'answer').map((r) => r.got.text.length);
}

// ─── Verbatim check ────────────────────────────────────────────────────────────────────────────────

/**
 * Folds what may legitimately differ between the article and a reply: Unicode form, typographic
 * quotes and dashes, whitespace, case — the engine's own matching normalisation.
 */
export const foldText = normalizeText;

/** The parts of a reply's text: article sentences it contains, and everything else. */
export interface VerbatimSplit {
  /** Whole corpus sentences found in the text (folded), in the order found. */
  sentences: string[];
  /** Chunks that are verbatim parts of a corpus sentence without being a whole one. */
  partials: string[];
  /** Chunks that are not article text: must be fixed framing / caution lines. */
  other: string[];
}

/** A chunk shorter than this that is not a whole sentence is too short to call verbatim. */
const MIN_PARTIAL = 20;

/**
 * Splits a reply's text into article sentences and the rest. Whole sentences are removed longest
 * first (so a sentence containing another is taken whole); what remains is cut at line breaks and
 * sentence ends, and chunks without a letter (a leftover full stop) are dropped.
 *
 * @example splitVerbatim('From the article: It works. Ask a clinician.', ['It works.']).other // ['from the article:', 'ask a clinician.']
 */
export function splitVerbatim(text: string, corpusSentences: readonly string[]): VerbatimSplit {
  // A reply may start a sentence after its leading discourse word ("But …"): still that sentence.
  const folded = corpusSentences
    .flatMap((s) => (DISCOURSE.test(s.trim()) ? [s, s.trim().replace(DISCOURSE, '')] : [s]))
    .map(foldText)
    .filter((s) => s.length > 0);
  const byLength = [...new Set(folded)].sort((a, b) => b.length - a.length);
  // Keep line breaks: they separate framing lines from article text.
  let rest = text
    .split('\n')
    .map((line) => foldText(line))
    .join('\n');
  const found: Array<{ at: number; s: string }> = [];
  for (const s of byLength) {
    let at = rest.indexOf(s);
    while (at !== -1) {
      found.push({ at, s });
      rest = `${rest.slice(0, at)}\n${' '.repeat(Math.max(0, s.length - 1))}${rest.slice(at + s.length)}`;
      at = rest.indexOf(s);
    }
  }
  found.sort((a, b) => a.at - b.at);
  const partials: string[] = [];
  const other: string[] = [];
  for (const raw of rest.split(/\n|(?<=[.!?])\s+/)) {
    const chunk = raw.trim();
    if (!/\p{L}/u.test(chunk)) continue;
    const bare = chunk.replace(/[.!?:;,]+$/, '');
    if (bare.length >= MIN_PARTIAL && folded.some((s) => s.includes(bare))) partials.push(chunk);
    else other.push(chunk);
  }
  return { sentences: found.map((f) => f.s), partials, other };
}

/**
 * Replaces section titles and FAQ questions inside a framing chunk by `{title}`, so "From
 * 'Doses of Ketamine…':" and "From 'Conclusion':" count as the same fixed line.
 */
export function templateFraming(chunk: string, titles: readonly string[]): string {
  let out = foldText(chunk);
  for (const t of [...titles].map(foldText).sort((a, b) => b.length - a.length)) {
    if (t.length > 0) out = out.split(t).join('{title}');
  }
  return out;
}

/** One framing line and the replies it appeared in. */
export interface FramingLine {
  line: string;
  count: number;
  example: string;
}

/**
 * Groups the non-article chunks of many replies by their templated form. A fixed framing or
 * caution line recurs across replies; a chunk seen in one reply only is content that the article
 * does not contain.
 */
export function framingLines(texts: readonly string[], corpusSentences: readonly string[], titles: readonly string[]): FramingLine[] {
  const seen = new Map<string, FramingLine>();
  for (const text of texts) {
    const lines = new Set(splitVerbatim(text, corpusSentences).other.map((c) => templateFraming(c, titles)));
    for (const line of lines) {
      const entry = seen.get(line) ?? { line, count: 0, example: text };
      entry.count += 1;
      seen.set(line, entry);
    }
  }
  return [...seen.values()].sort((a, b) => b.count - a.count);
}

// ─── Report formatting ─────────────────────────────────────────────────────────────────────────────

/** One row of the comparison table: a figure for faqchat and the same for the naive peer. */
export interface TableRow {
  label: string;
  /** Size of the category (messages), or '' for figures that are not rates. */
  n: number | '';
  faqchat: string;
  naive: string;
}

/** "92.4 %" from a tally; "–" for an empty category. */
export function pct(t: Tally): string {
  return t.total === 0 ? '–' : `${(rate(t) * 100).toFixed(1)} %`;
}

/** A markdown table, faqchat against the naive peer. */
export function markdownTable(rows: readonly TableRow[]): string {
  const head = ['| Category | n | faqchat | naive peer |', '|---|---:|---:|---:|'];
  return [...head, ...rows.map((r) => `| ${r.label} | ${r.n} | ${r.faqchat} | ${r.naive} |`)].join('\n');
}

/** One line per failure: question, expected, what came back, and the start of the text. */
export function formatFailure(r: CaseResult): string {
  const where = r.dialogue ? `[${r.dialogue.name} #${r.dialogue.turn}] ` : '';
  const expected = `${r.expected.kind}${r.expected.sections?.length ? ` ${r.expected.sections.join(' | ')}` : ''}`;
  const text = r.got.text.replace(/\s+/g, ' ').slice(0, 100);
  return `  ✗ ${where}${JSON.stringify(r.expected.q)}\n      expected ${expected}\n      got      ${r.got.kind}/${r.got.sectionId ?? '-'}: ${JSON.stringify(text)}`;
}
