/**
 * Answer units: what a chosen sentence needs around it to read as an answer. A list is one unit with
 * its lead-in ("Common culprits include:" and its items); a sentence that only points at what
 * follows (ends in a colon) carries what follows. Still verbatim article sentences, in article order.
 */
import type { Corpus } from './types.ts';

export interface Units {
  /** Per sentence: the first and last sentence of the list unit it belongs to (lead-in + items), or -1. */
  unitStart: Int32Array;
  unitEnd: Int32Array;
  /** Per sentence: 1 when it cannot answer alone: a question (rhetorical in prose) or a bare lead-in. */
  noAnswer: Uint8Array;
}

const POINTS = /:["'”’)]*$/;
/** A sentence that says the answer comes next ("The table below compares …", "as follows."). */
const AHEAD = /\b(?:(?:table|list|chart|box|steps?|signs?|tips?|points?|questions?) below|below (?:are|is|you will find)|(?:listed|shown|described|outlined|summari[sz]ed|explained) below|the following|as follows)\b/i;
const pointsAhead = (text: string): boolean => POINTS.test(text) || AHEAD.test(text);
const QUESTION = /\?["'”’)]*$/;

/** Sentences of each topic paragraph run, computed once per corpus. */
export function buildUnits(corpus: Corpus, faqSentences: ReadonlySet<number>): Units {
  const n = corpus.sentences.length;
  const unitStart = new Int32Array(n).fill(-1);
  const unitEnd = new Int32Array(n).fill(-1);
  const noAnswer = new Uint8Array(n);
  const s = corpus.sentences;
  for (let i = 0; i < n; i += 1) {
    const text = s[i]!.text.trim();
    if (QUESTION.test(text) && !faqSentences.has(i)) noAnswer[i] = 1;
    if (!s[i]!.item || (i > 0 && s[i - 1]!.item && s[i - 1]!.sectionId === s[i]!.sectionId)) continue;
    // The start of a run of items: its lead-in is the sentence before, in the same section.
    let end = i;
    while (end + 1 < n && s[end + 1]!.item && s[end + 1]!.sectionId === s[i]!.sectionId) end += 1;
    const lead = i > 0 && s[i - 1]!.sectionId === s[i]!.sectionId && !s[i - 1]!.item ? i - 1 : i;
    for (let k = lead; k <= end; k += 1) {
      unitStart[k] = lead;
      unitEnd[k] = end;
    }
  }
  for (let i = 0; i < n; i += 1) {
    // A lead-in with nothing of a list after it still points forward: it needs the next sentence.
    if (unitStart[i] === -1 && pointsAhead(s[i]!.text.trim())) noAnswer[i] = 1;
  }
  return { unitStart, unitEnd, noAnswer };
}

/**
 * Widens chosen sentences to whole units: a list item brings its lead-in and its list, a lead-in
 * its items, a sentence ending in a colon the sentence after it. Items beyond the budget are left
 * out (the first ones stay: a list reads from its top). `inTopic` limits what may be added.
 */
export function widen(corpus: Corpus, units: Units, sids: number[], topicOf: Int32Array, tp: number, budget: number): number[] {
  // Most answers have no list and no lead-in: nothing to widen.
  let any = false;
  for (const sid of sids) if (units.unitStart[sid]! >= 0 || units.noAnswer[sid] === 1) any = true;
  if (!any) return sids;
  const inTopic = { has: (k: number) => topicOf[k] === tp };
  const out = new Set<number>(sids);
  /** Adds the unit of sentence `sid` (it and the unit's start always; other items while the budget lasts). */
  const addUnit = (sid: number) => {
    const start = units.unitStart[sid]!;
    let chars = 0;
    for (const k of out) if (k < start || k > units.unitEnd[sid]!) chars += corpus.sentences[k]!.text.length;
    for (let k = start; k <= units.unitEnd[sid]!; k += 1) {
      const len = corpus.sentences[k]!.text.length + 1;
      if (k !== sid && k !== start && chars + len > budget) continue;
      if (inTopic.has(k)) out.add(k);
      chars += len;
    }
  };
  for (const sid of sids) {
    if (units.unitStart[sid]! >= 0) addUnit(sid);
    else if (units.noAnswer[sid] && pointsAhead(corpus.sentences[sid]!.text.trim()) && inTopic.has(sid + 1)) {
      // What it points at, whole: a list with its lead-in, within the budget.
      if (units.unitStart[sid + 1]! >= 0) addUnit(sid + 1);
      else out.add(sid + 1);
    }
  }
  return [...out].sort((a, b) => a - b);
}
