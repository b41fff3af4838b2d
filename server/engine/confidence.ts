/**
 * Confidence and abstention, calibrated from two things BM25 scores alone cannot tell:
 * how much of the question's content the corpus covers (a question about cost is not answered by a
 * sentence that merely names the article's subject), and the margin between the best topic and the next one.
 */
import type { EngineOptions } from './defaults.ts';
import type { CorpusModel } from './model.ts';
import type { ContentTerm, Query } from './understand/query.ts';
import type { RankedTopic } from './rank.ts';
import { featureIndex, type Intent, typeSure } from './understand/intent.ts';
import { TYPED } from './followup.ts';
import { roleAnswers } from './roles.ts';

export interface Assessment {
  decision: 'answer' | 'clarify' | 'fallback';
  /** 0–1. */
  confidence: number;
  /** Corpus-wide coverage of the question's content words (idf-weighted). */
  coverage: number;
  /** 1 − (second topic's score / best topic's score). */
  margin: number;
  /** For `clarify`: the two topics to choose between. */
  options: number[];
  reason: string;
}

/** True when two topics are the same subject at two levels (a section and its sub-section). */
function related(model: CorpusModel, a: number, b: number): boolean {
  const ta = model.topics[a]!;
  const tb = model.topics[b]!;
  return ta.parentId === tb.id || tb.parentId === ta.id || (ta.isFaq && tb.isFaq);
}

/**
 * Decides answer / clarify / fallback for ranked topics.
 *
 * @example assess(model, query, ranked, opts).decision // 'fallback' for "how much does the treatment cost"
 */
export function assess(model: CorpusModel, query: Query, ranked: RankedTopic[], opts: EngineOptions, typed = false, text = ''): Assessment {
  // "Which vitamins …": the thing asked for is one the article does not know, whatever else matches.
  const cov = askedThingUnknown(text, query.content) ? 0 : coverage(query.content, model.lexicon.maxIdf);
  // The lenience of a typed question is for its frame words, not for a thing the article never names.
  // (A noun of an earlier clause is the story around the question: "my sister is a nurse and says …, is that right?")
  if (typed && unknownThingAsked(query.content, query.lastClause)) typed = false;
  const top = ranked[0];
  if (!top) return { decision: 'fallback', confidence: 0, coverage: cov, margin: 0, options: [], reason: 'nothing matched' };
  const second = ranked[1];
  const margin = second ? 1 - second.score : 1;
  const confidence = Math.min(
    1,
    cov * (0.5 + 0.5 * top.topicCoverage) * (0.6 + 0.4 * Math.min(1, margin / 0.4)),
  );
  // A section whose heading the question names, that holds every word the article knows and leads
  // by far, is what was asked: a word the article lacks ("grown ups") is wording, not a new subject.
  const agreed =
    (top.named >= AGREED || query.content.every((c) => c.covered || c.pos === 'VERB' || c.pos === 'ADV')) &&
    margin >= AGREED_MARGIN &&
    unknownRuns(query.content) <= 1 &&
    holdsCovered(model, query, top.tp);
  const floor = opts.minCoverage * (typed ? opts.typedCoverageFactor : 1) * (agreed ? opts.typedCoverageFactor : 1);
  // (Literal objects, not a spread of a shared base: spreading cost more than the rest of assess.)
  if (cov < floor) {
    const missing = query.content.filter((c) => !c.covered).map((c) => c.surface);
    return { confidence, coverage: cov, margin, decision: 'fallback', options: [], reason: `uncovered: ${missing.join(', ')}` };
  }
  if (confidence < opts.minConfidence) return { confidence, coverage: cov, margin, decision: 'fallback', options: [], reason: 'low confidence' };
  if (
    second &&
    query.content.length <= 2 &&
    second.score >= opts.clarifyRatio &&
    !related(model, top.tp, second.tp) &&
    second.topicCoverage >= top.topicCoverage
  ) {
    return { confidence, coverage: cov, margin, decision: 'clarify', options: [top.tp, second.tp], reason: 'two topics nearly tied' };
  }
  return { confidence, coverage: cov, margin, decision: 'answer', options: [], reason: 'answered' };
}

/** Share of a section's heading a question names from which that section declares any question type. */
const NAMED_SECTION = 0.75;

/**
 * The best topic answers this question type though no sentence's cue words mark it: its own
 * questions ask it (the owner linked such a question to it, or wrote an answer to one), or its
 * heading is named by a question of known words ("where can I get grief counselling").
 */
export function declaresType(model: CorpusModel, query: Query, ranked: RankedTopic[], intent: Intent): boolean {
  const top = ranked[0];
  if (!top) return false;
  if ((model.topicTypes[top.tp]?.get(intent) ?? 0) > 0) return true;
  return top.named >= NAMED_SECTION && query.content.every((c) => c.covered);
}

/** Question types read from a sentence's shape: an article without one still answers the question. */
const SHAPE_TYPES = new Set<Intent>(['definition', 'list', 'who', 'when']);

/**
 * The decision for a question as the engine asks it: `assess`, then two readings of what is asked.
 * `available`: the best fit of any sentence for each question type (FEATURE_INTENTS order);
 * `more`: the message asks for more of the last answer.
 */
export function decide(model: CorpusModel, query: Query, ranked: RankedTopic[], opts: EngineOptions, intent: Intent, text: string, ctx: { available: readonly number[]; more: boolean }): Assessment {
  // "How does X work" names its subject X: the article must know X, so no lenient coverage for it.
  const verdict = assess(model, query, ranked, opts, TYPED.has(intent) && intent !== 'mechanism', text);
  // What to do, answered by a section with that role, is covered: the question's other words tell
  // the story around it ("my sister refuses to see a doctor, what can I do?", roles.ts).
  if (ranked.length > 0 && roleAnswers(model, query, ranked[0]!.tp)) {
    return verdict.decision === 'fallback' ? { ...verdict, decision: 'answer', reason: 'a section with the role asked' } : verdict;
  }
  // A question type no sentence of the article can answer (cost, where to get it) is not covered,
  // however well its other words match, unless the best topic declares it.
  const f = featureIndex(intent);
  if (f >= 0 && !SHAPE_TYPES.has(intent) && (ctx.available[f] ?? 0) < 0.5 && !ctx.more && typeSure(text, intent) && !declaresType(model, query, ranked, intent)) {
    return { ...verdict, decision: 'fallback', reason: `no sentence answers ${intent}` };
  }
  return verdict;
}

/** Share of a topic's heading the question must name, and the lead over the next topic, for the
 * section to vouch for the question's wording. (On the dev halves any lead from 0.1 to 0.3 answers
 * the same questions and declines the same ones; 0.5 declined two covered questions more.) */
const AGREED = 0.5;
const AGREED_MARGIN = 0.3;

/** The topic holds every content word the article covers. */
function holdsCovered(model: CorpusModel, query: Query, tp: number): boolean {
  const terms = model.topicTerms[tp]!;
  for (const c of query.content) if (c.covered && !c.via.some((t) => terms.has(t))) return false;
  return true;
}

/** Runs of consecutive content words the article does not know ("grown ups" is one run). */
function unknownRuns(content: ContentTerm[]): number {
  let runs = 0;
  for (let i = 0; i < content.length; i += 1) if (!content[i]!.covered && (i === 0 || content[i - 1]!.covered)) runs += 1;
  return runs;
}

/** "which X …" / "what X …" (not "what kind of …"): X is what is asked for. */
const ASKED_THING = /^(?:(?:so|and|but|ok|okay)\s+)?(?:which|what)\s+([a-z]+)\s+(?!of\b)/;

/** The thing a "which X" question asks for is a noun the article does not know. */
function askedThingUnknown(text: string, content: ContentTerm[]): boolean {
  const m = ASKED_THING.exec(text);
  if (!m) return false;
  for (const c of content) if (c.surface === m[1] && !c.covered && named(c)) return true;
  return false;
}

/** The question's own clause (its last) names a thing the article does not know. */
function unknownThingAsked(content: ContentTerm[], lastClause?: number): boolean {
  let last = lastClause ?? 0;
  if (lastClause === undefined) for (const c of content) if (c.sentence > last) last = c.sentence;
  for (const c of content) if (!c.covered && c.sentence === last && (c.pos === 'NOUN' || c.pos === 'PROPN')) return true;
  return false;
}

/** How much an uncovered word counts against coverage, by part of speech (share of the max idf). A
 * number the article lacks is usually a detail of the visitor's own ("my son is 12"), not a subject. */
const UNCOVERED_WEIGHT: Record<string, number> = { NOUN: 1, PROPN: 1, ADJ: 0.8, NUM: 0.4, VERB: 0.5, X: 0.7 };

/** A content word that names a thing. */
function named(c: ContentTerm): boolean {
  return c.pos === 'NOUN' || c.pos === 'PROPN';
}

/** Idf-weighted coverage of one group of content words. */
function groupCoverage(content: ContentTerm[], maxIdf: number): number {
  let all = 0;
  let covered = 0;
  for (const c of content) {
    const miss = maxIdf * (UNCOVERED_WEIGHT[c.pos] ?? 0.3);
    if (c.covered) {
      // A guessed word counts partly as covered, partly as unknown.
      all += c.strength * c.idf + (1 - c.strength) * miss;
      covered += c.strength * c.idf;
    } else all += miss;
  }
  return all === 0 ? 1 : covered / all;
}

/**
 * Share of the question's content the corpus covers, idf-weighted (1 when there is no content).
 * A message of several sentences counts its best-covered sentence: "this traffic is killing me.
 * how long does it last?" is a covered question after an uncovered remark.
 */
export function coverage(content: ContentTerm[], maxIdf = 0, minMass = 1.5): number {
  // Something named that the article does not know, and nothing named that it does: not covered
  // ("how fast can a cheetah run" has a question type the article answers, about something else).
  if (content.some((c) => named(c) && !c.covered) && !content.some((c) => named(c) && c.covered)) return 0;
  const top = maxIdf || Math.max(0, ...content.map((c) => c.idf));
  const whole = groupCoverage(content, top);
  // Most questions are one clause: no grouping needed.
  let oneClause = true;
  for (const c of content) if (c.sentence !== content[0]!.sentence) oneClause = false;
  if (oneClause) return whole;
  const groups = new Map<number, ContentTerm[]>();
  for (const c of content) {
    const g = groups.get(c.sentence);
    if (g) g.push(c);
    else groups.set(c.sentence, [c]);
  }
  // A clause that asks something covered on its own counts, if it names enough to be a question.
  let best = whole;
  for (const g of groups.values()) {
    const mass = g.reduce((sum, c) => sum + (c.covered ? c.strength * c.idf : 0), 0);
    if (mass >= minMass) best = Math.max(best, groupCoverage(g, top));
  }
  return best;
}

/**
 * How well the chosen sentences answer, 0.5–1: the share (idf-weighted) of the question's covered
 * words that they or their heading hold, and whether one of them offers the asked type (a duration
 * for "how long"). A topic that merely mentions the words elsewhere scores lower.
 */
export function answerEvidence(model: CorpusModel, query: Query, intent: Intent, tp: number, sids: readonly number[]): number {
  const heading = model.headingTerms[tp]!;
  let all = 0;
  let hit = 0;
  for (const c of query.content) {
    if (!c.covered) continue;
    all += c.idf;
    let held = false;
    for (const t of c.via) {
      if (heading.has(t)) held = true;
      for (let k = 0; !held && k < sids.length; k += 1) if (model.sentenceTerms[sids[k]!]!.includes(t)) held = true;
      if (held) break;
    }
    if (held) hit += c.idf;
  }
  const held = all === 0 ? 1 : hit / all;
  const f = featureIndex(intent);
  let typed = f < 0;
  for (let k = 0; !typed && k < sids.length; k += 1) if ((model.features[sids[k]!]?.[f] ?? 0) > 0) typed = true;
  return (0.5 + 0.5 * held) * (typed ? 1 : 0.8);
}

/** The question names a thing (a covered noun) besides its question type's own cue words. */
export function namesThing(query: Pick<Query, 'content'>, cues: readonly string[]): boolean {
  for (const c of query.content) {
    if (!c.covered || (c.pos !== 'NOUN' && c.pos !== 'PROPN')) continue;
    let cue = false;
    for (const t of cues) if (c.via.includes(t)) cue = true;
    if (!cue) return true;
  }
  return false;
}
