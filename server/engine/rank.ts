/**
 * Answer selection: which topic, and which one to three of its sentences, VERBATIM and in article
 * order. The question type steers both: "how long" prefers sentences that state a duration.
 */
import type { EngineOptions } from './defaults.ts';
import { featureIndex, type Intent, META } from './understand/intent.ts';
import type { CorpusModel } from './model.ts';
import { conceptGroups } from './understand/groups.ts';
import type { Query } from './understand/query.ts';
import { ascending, byScoreThenTopic, metaFactor, sortShort, type TopicHit } from './score.ts';
import { asksKnown, carriesNext, selectionQuery, shapedFit, shapeFactor } from './answer-shape.ts';
import { headingCoverage, headingNamed, topicCoverage } from './heading-match.ts';
import { roleSections } from './roles.ts';

/** Fit from which a sentence offers what a question type asks for. */
const FITS = 0.5;

/** Score factor of a sentence that cannot answer alone (a question in prose, a bare lead-in). */
const NO_ANSWER = 0.3;

export interface RankedTopic {
  tp: number;
  /** 0–1 relative to the best topic, after steering and content coverage. */
  score: number;
  /** Share of the question's content (idf-weighted) found in this topic. */
  topicCoverage: number;
  /** Raw retrieval score before normalisation. */
  raw: number;
  /** How much of the topic's heading the question names (heading-match.ts headingNamed). */
  named: number;
}

const TOUCHED: number[] = [];
/** Per-sentence sums of a group's part terms: scratch, left zeroed. */
let SUMS = new Float64Array(0);
/** Bonus for a topic whose heading the question names (× the named share, heading-match.ts headingNamed). */
const HEADING_NAMED = 0.5;
/**
 * Score factor of an FAQ answer when a body section matched too: the FAQ restates in a few lines
 * what a section elaborates, and its question matches as heading and as question at once.
 */
const FAQ_RESTATES = 0.7;

/**
 * Raw relevance of all sentences: Σ weight × idf over the query terms each sentence contains.
 * Ranking and selection score the same query several times, one query at a time (the engine is
 * synchronous), so the model remembers the last scores and reuses their array.
 */
function rawScores(model: CorpusModel, query: Query): Float64Array {
  const memo = model.memo.raw;
  if (memo.weights === query.weights && memo.size === query.weights.size) return memo.scores;
  const scores = memo.scores.fill(0);
  const best = model.memo.best;
  // (One list for all queries, overwritten from 0: emptying it with `length = 0` let V8 free its
  // storage, and it grew again from nothing for every word of every query.)
  const touched = TOUCHED;
  for (const group of conceptGroups(query)) {
    // A word and its synonyms count once per sentence, at their best match.
    // The words of a several-word idea add up instead.
    let k = 0;
    if (SUMS.length < best.length) SUMS = new Float64Array(best.length);
    const sums = SUMS;
    for (const [t, w, part] of group) {
      const sids = model.termSentences.get(t);
      if (!sids) continue;
      const v = w * (model.lexicon.idf.get(t) ?? 1);
      for (let i = 0; i < sids.length; i += 1) {
        const sid = sids[i]!;
        if (best[sid] === 0 && sums[sid] === 0) touched[k++] = sid;
        if (part) sums[sid] = sums[sid]! + v;
        else if (v > best[sid]!) best[sid] = v;
      }
    }
    for (let i = 0; i < k; i += 1) {
      const sid = touched[i]!;
      scores[sid] = scores[sid]! + Math.max(best[sid]!, sums[sid]!);
      best[sid] = 0;
      sums[sid] = 0;
    }
  }
  memo.weights = query.weights;
  memo.size = query.weights.size;
  return scores;
}

/** Relevance of one sentence: idf-weighted matched terms plus question-type fit. */
export function sentenceScore(model: CorpusModel, query: Query, intent: Intent, sid: number, steer: number): number {
  return scorer(model, query, intent, steer)(sid);
}

/** `sentenceScore` for many sentences of one query: the raw scores and the fit index read once. */
function scorer(model: CorpusModel, query: Query, intent: Intent, steer: number, shaped = false): (sid: number) => number {
  const raw = rawScores(model, query);
  const f = featureIndex(intent);
  const sentences = model.corpus.sentences;
  const known = shaped && asksKnown(query);
  return (sid) => {
    const features = model.features[sid];
    let fit = f >= 0 ? (features?.[f] ?? 0) : 0;
    let alone = model.units.noAnswer[sid] === 1 ? NO_ANSWER : 1;
    if (shaped) {
      fit = shapedFit(sentences, sid, intent, fit);
      alone *= shapeFactor(sentences, sid, known);
    }
    return ((raw[sid] ?? 0) * (1 + steer * fit) + steer * fit) * metaFactor(intent, features?.[META] ?? 0, steer) * alone;
  };
}

/** How many visitor words (concepts) a query has, as retrieval counts them. */
function wordCount(query: Query): number {
  // Concept ids 0–30, one bit each.
  let ids = 0;
  for (const t of query.weights.keys()) {
    const c = query.concepts.get(t) ?? 30;
    if (c >= 0) ids |= 1 << Math.min(30, c);
  }
  let n = 0;
  for (; ids !== 0; ids &= ids - 1) n += 1;
  return n;
}

/** Question types answered by a stated time. */
const TIMED = new Set<Intent>(['duration', 'onset']);

/** Score factor of a topic none of whose sentences states the asked time. */
const UNOFFERED = 0.6;

/** Some sentence of the topic offers question type `f` and can answer alone. */
function offers(model: CorpusModel, tp: number, f: number): boolean {
  for (const sid of model.topics[tp]!.sentences) if ((model.features[sid]?.[f] ?? 0) >= FITS && model.units.noAnswer[sid] !== 1) return true;
  return false;
}

/** Question types that say what kind of answer is wanted (not "general", "yes-no", "tell me more"). */
const STEERED = (intent: Intent): boolean => intent !== 'general' && intent !== 'yes-no' && intent !== 'more';

/**
 * Re-ranks retrieved topics: retrieval score (normalised to the best), times how much of the
 * question the topic covers, times how good the best answer cut from it would be (its best
 * sentence, question type and meta-text included): a section that only MENTIONS the words ("we will
 * also discuss … side effects") loses to one that answers.
 */
export function rankTopics(model: CorpusModel, query: Query, intent: Intent, allHits: TopicHit[], opts: EngineOptions, prior?: number): RankedTopic[] {
  const top = allHits[0]?.score ?? 0;
  if (top <= 0) return [];
  // Re-ranking reads every sentence of a topic: only the best few by retrieval (and the follow-up's
  // own topic) are candidates.
  const hits = allHits.filter((h, i) => i < opts.rerankTopics || h.tp === prior);
  const score = scorer(model, query, intent, opts.intentSteer);
  const f = featureIndex(intent);
  const answer = hits.map((h) => {
    let best = 0;
    for (const sid of model.topics[h.tp]!.sentences) best = Math.max(best, score(sid));
    return best;
  });
  let bestAnswer = 1e-9;
  for (const v of answer) bestAnswer = Math.max(bestAnswer, v);
  // Words the corpus does not know count too: a question that matched "side effects" of "side effects
  // of sertraline" did not match what was asked.
  const words = Math.max(1, wordCount(query), query.content.length);
  let named = 0;
  for (const c of query.content) if (c.covered) named += 1;
  const body = hits.some((h) => !model.topics[h.tp]!.isFaq);
  const ranked = hits.map((h, i) => {
    const cov = topicCoverage(model, query, h.tp);
    let score = (h.score / top) * (0.15 + 0.85 * cov) * (1 - opts.answerWeight + (opts.answerWeight * answer[i]!) / bestAnswer);
    if (prior === h.tp) score *= 1 + opts.followupPrior;
    if (body && model.topics[h.tp]!.isFaq) score *= FAQ_RESTATES;
    // A heading that names what is asked ("Summer-pattern symptoms" for "summer SAD symptoms").
    if (named >= 2) score *= 1 + opts.headingSteer * headingCoverage(model, query, h.tp) ** 2;
    const headed = headingNamed(model, query, h.tp, intent);
    score *= 1 + HEADING_NAMED * headed;
    // A section whose heading and questions ask this question type ("Doses of …" for "how much")
    // is where the article answers it; fully so when one of its questions asks it and matched every
    // word of the visitor's.
    if (STEERED(intent)) {
      const same = h.bestQuestion !== null && model.questionTypes[h.bestQuestion] === intent;
      const matched = same && h.questionWords >= words ? 1 : 0;
      score *= 1 + opts.typeSteer * Math.max(matched, model.topicTypes[h.tp]?.get(intent) ?? 0);
      // A section that states no time cannot answer "how long" or "how soon".
      if (TIMED.has(intent) && !offers(model, h.tp, f)) score *= UNOFFERED;
    }
    return { tp: h.tp, score, topicCoverage: cov, raw: h.score, named: headed };
  });
  // A question that asks for a section's role ("my sister won't see anyone, what can I do?", "should
  // she see someone?", "… I feel numb. Could this be depression?") gets those sections first,
  // whatever else its story matched (roles.ts).
  const first = roleSections(model, query);
  if (first) {
    let top = 0;
    for (const r of ranked) top = Math.max(top, r.score);
    for (const r of ranked) if (first[r.tp]) r.score += top;
  }
  byScoreThenTopic(ranked);
  const best = ranked[0]!.score;
  for (const r of ranked) r.score /= best;
  return ranked;
}

/** No sentence excluded (shared: a default parameter would make a new Set per call). */
const NOTHING: ReadonlySet<number> = new Set();

/**
 * The best sentences of a topic for a question: the top one, plus up to two more that score close
 * to it and fit the length budget, returned in article order. `exclude` holds sentences already said.
 */
export function selectSentences(
  model: CorpusModel,
  query: Query,
  intent: Intent,
  tp: number,
  opts: EngineOptions,
  exclude: ReadonlySet<number> = NOTHING,
): number[] {
  const topic = model.topics[tp]!;
  const candidates = topic.sentences.filter((sid) => !exclude.has(sid));
  if (candidates.length === 0) return [];
  // FAQ answers are short and whole: give the answer as written.
  if (topic.isFaq) return candidates.slice(0, opts.maxSentences);
  const score = scorer(model, selectionQuery(query, intent), intent, opts.intentSteer, true);
  const scored = candidates.map((sid, i) => ({ sid, i, s: score(sid) }));
  // Best first, then article order: the same order as sort((a, b) => b.s - a.s || a.i - b.i).
  sortShort(scored, (a, b) => b.s - a.s || a.i - b.i);
  const first = scored[0]!;
  const chosen = [first.sid];
  let chars = model.corpus.sentences[first.sid]!.text.length;
  // A bare setup ("The summer pattern looks different.") is said by the sentence after it.
  const next = first.sid + 1;
  if (carriesNext(model.corpus.sentences, first.sid) && candidates.includes(next)) {
    chosen.push(next);
    chars += model.corpus.sentences[next]!.text.length;
  }
  for (let k = 1; k < scored.length; k += 1) {
    const c = scored[k]!;
    if (chosen.length >= opts.maxSentences) break;
    const len = model.corpus.sentences[c.sid]!.text.length;
    // A sentence next to one already chosen reads as one passage; it needs a little less score.
    let adjacent = false;
    for (const sid of chosen) if (Math.abs(sid - c.sid) === 1) adjacent = true;
    const ratio = adjacent ? opts.extraSentenceRatio * 0.85 : opts.extraSentenceRatio;
    // "What does this page cover": every line saying what the text discusses belongs to the answer.
    const covers = intent === 'overview' && (model.features[c.sid]?.[META] ?? 0) > 0 && (model.features[first.sid]?.[META] ?? 0) > 0;
    if (first.s <= 0 || (c.s < ratio * first.s && !covers) || chars + len > opts.answerChars) continue;
    chosen.push(c.sid);
    chars += len;
  }
  // What the question asks for (a duration, a dose …) must be in the answer when the topic states it,
  // as strongly as the topic states it: when no chosen sentence offers it as well as the topic's best
  // offer ("in 2022" for "when did …", "for weeks or months" for "how long"), the best-scoring
  // sentence with that offer joins (or takes the last place).
  const f = featureIndex(intent);
  if (f >= 0 && STEERED(intent)) {
    const sentences = model.corpus.sentences;
    const fitOf = (sid: number): number => shapedFit(sentences, sid, intent, model.features[sid]?.[f] ?? 0);
    let offered = 0;
    for (const sid of chosen) offered = Math.max(offered, fitOf(sid));
    let strongest = 0;
    for (const c of scored) if (c.s > 0 && model.units.noAnswer[c.sid] !== 1) strongest = Math.max(strongest, fitOf(c.sid));
    let fitting = -1;
    if (strongest >= FITS && offered < strongest) {
      for (let k = 1; fitting < 0 && k < scored.length; k += 1) {
        const c = scored[k]!;
        if (c.s > 0 && fitOf(c.sid) >= strongest && model.units.noAnswer[c.sid] !== 1 && !chosen.includes(c.sid)) fitting = c.sid;
      }
    }
    if (fitting >= 0) {
      if (chosen.length >= opts.maxSentences || chars + sentences[fitting]!.text.length > opts.answerChars) chosen.pop();
      chosen.push(fitting);
    }
  }
  return ascending(chosen);
}
