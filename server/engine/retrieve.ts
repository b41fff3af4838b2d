/**
 * Retrieval: the MiniSearch index over sentences, passages, headings and questions (field boosts),
 * aggregated per topic. Terms arrive processed (server/engine/understand/query.ts), so no fuzzy or prefix search runs
 * here: spelling tolerance already happened, and only for words the corpus does not know.
 *
 * A term's BM25 score in a document does not depend on the other query terms, so each vocabulary
 * term's MiniSearch result list is read ONCE per engine (`postingsFor`) and a query only adds them
 * up: the same scores as `index.search(terms, { boost, boostTerm })`, without MiniSearch's
 * per-query maps. One difference on purpose: MiniSearch multiplies a document's score by how many
 * query TERMS it matched; here it is how many of the visitor's WORDS (concepts) it matched, so a
 * word with three synonyms does not count three times ("permanent" → long, term, last).
 */
import type { EngineOptions } from './defaults.ts';
import type { IndexDoc } from './indexing.ts';
import { type Intent, META } from './understand/intent.ts';
import type { CorpusModel } from './model.ts';
import { conceptGroups } from './understand/groups.ts';
import type { Query } from './understand/query.ts';
import { byScoreThenTopic, metaFactor, type Postings, type TopicHit } from './score.ts';

/** Kind codes of documents in the postings: sentence, passage, heading, question. */
const KINDS = { s: 0, p: 1, h: 2, q: 3 } as const;

/**
 * The per-term result lists of a model's index for these field boosts, built on first use
 * (one single-term MiniSearch search per vocabulary term) and kept for the model's lifetime.
 */
export function postingsFor(model: CorpusModel, boosts: EngineOptions['fieldBoosts']): Postings {
  // Every query asks for the same postings: the last ones answer without building a key.
  const memo = model.memo;
  const last = memo.lastPostings;
  if (last && last.text === boosts.text && last.title === boosts.title && last.q === boosts.q) return last.postings;
  const key = `${boosts.text}|${boosts.title}|${boosts.q}`;
  const byBoost = memo.postings;
  const hit = byBoost.get(key);
  if (hit) {
    memo.lastPostings = { text: boosts.text, title: boosts.title, q: boosts.q, postings: hit };
    return hit;
  }
  const docNo = new Map<string, number>();
  const kind: number[] = [];
  const tp: number[] = [];
  const sid: number[] = [];
  const meta: number[] = [];
  const terms: Postings['terms'] = new Map();
  for (const term of model.lexicon.vocab) {
    const results = model.index.search(term, { boost: boosts, combineWith: 'OR' });
    if (results.length === 0) continue;
    const docs = new Int32Array(results.length);
    const scores = new Float64Array(results.length);
    results.forEach((r, i) => {
      const id = String(r.id);
      let n = docNo.get(id);
      if (n === undefined) {
        const doc = r as unknown as IndexDoc;
        n = kind.length;
        docNo.set(id, n);
        kind.push(KINDS[doc.k]);
        tp.push(doc.tp);
        sid.push(doc.k === 's' || doc.k === 'q' ? Number(id.slice(1)) : -1);
        meta.push(doc.k === 's' ? (doc.f?.[META] ?? 0) : 0);
      }
      docs[i] = n;
      scores[i] = r.score;
    });
    terms.set(term, { docs, scores });
  }
  const n = kind.length;
  const postings: Postings = {
    terms,
    kind: Uint8Array.from(kind),
    tp: Int32Array.from(tp),
    sid: Int32Array.from(sid),
    meta: Float64Array.from(meta),
    acc: new Float64Array(n),
    seen: new Uint32Array(n),
    touched: new Int32Array(n),
    groupBest: new Float64Array(n),
    groupDocs: new Int32Array(n),
    topicBest: new Float64Array(model.topics.length * 4),
    topicSid: new Int32Array(model.topics.length),
    topicQid: new Int32Array(model.topics.length),
    topicWords: new Uint8Array(model.topics.length),
  };
  byBoost.set(key, postings);
  memo.lastPostings = { text: boosts.text, title: boosts.title, q: boosts.q, postings };
  return postings;
}

/**
 * Scores topics for a query, best first. Only topics something matched are returned.
 *
 * @example retrieve(model, understand(analyze('how long does it last'), lex, opts), opts)[0].tp
 */
export function retrieve(model: CorpusModel, query: Query, opts: EngineOptions, intent?: Intent): TopicHit[] {
  if (query.weights.size === 0) return [];
  const p = postingsFor(model, opts.fieldBoosts);
  const idf = model.lexicon.idf;
  // A term in most sentences (the article's subject) ranks nothing but scores every document; it still counts
  // for coverage, and still searches when it is all there is.
  let informative = 0;
  if (opts.minSearchIdf > 0) for (const t of query.weights.keys()) if ((idf.get(t) ?? model.lexicon.maxIdf) >= opts.minSearchIdf) informative += 1;
  let touched = 0;
  for (const group of conceptGroups(query)) {
    // Each visitor word (concept) is a bit; a document's score is multiplied by how many it matched.
    // Cue words of the question type (concept -1) weigh in without counting as a word.
    const c = query.concepts.get(group[0]![0]) ?? 30;
    const bit = c < 0 ? 0 : 1 << Math.min(30, c);
    // Within a word's group (the word and its synonyms) a document keeps its best match only.
    // The words of a several-word idea add up instead ("seasonal" + "affective" + "disorder").
    let groupTouched = 0;
    const sums = partSums(p.kind.length);
    for (const [t, w, part] of group) {
      if (informative > 0 && (idf.get(t) ?? model.lexicon.maxIdf) < opts.minSearchIdf) continue;
      const list = p.terms.get(t);
      if (!list) continue;
      for (let i = 0; i < list.docs.length; i += 1) {
        const d = list.docs[i]!;
        const v = w * list.scores[i]!;
        if (p.groupBest[d] === 0 && sums[d] === 0) p.groupDocs[groupTouched++] = d;
        if (part) sums[d] = sums[d]! + v;
        else if (v > p.groupBest[d]!) p.groupBest[d] = v;
      }
    }
    for (let i = 0; i < groupTouched; i += 1) {
      const d = p.groupDocs[i]!;
      if (p.seen[d] === 0 && p.acc[d] === 0) p.touched[touched++] = d;
      p.acc[d] = p.acc[d]! + Math.max(p.groupBest[d]!, sums[d]!);
      p.seen[d] = (p.seen[d]! | bit) >>> 0;
      p.groupBest[d] = 0;
      sums[d] = 0;
    }
  }
  // Best document of each kind per topic, in per-topic slots (k = kind code).
  // (Scratch of the postings, reset here: a new typed array per query cost more than the loop.)
  const best = p.topicBest.fill(0);
  const sid = p.topicSid.fill(-1);
  const qid = p.topicQid.fill(-1);
  const qwords = p.topicWords.fill(0);
  const topics: number[] = [];
  for (let i = 0; i < touched; i += 1) {
    const d = p.touched[i]!;
    const words = bitCount(p.seen[d]!);
    // A sentence about the text ("we will also discuss …") counts less than one about the subject.
    const score = p.acc[d]! * words * metaFactor(intent, p.meta[d]!, opts.intentSteer);
    p.acc[d] = 0;
    p.seen[d] = 0;
    const tp = p.tp[d]!;
    const k = p.kind[d]!;
    const slot = tp * 4 + k;
    if (best[tp * 4] === 0 && best[tp * 4 + 1] === 0 && best[tp * 4 + 2] === 0 && best[tp * 4 + 3] === 0 && score > 0) topics.push(tp);
    const better = score > best[slot]! || (k === KINDS.s && score === best[slot] && p.sid[d]! < sid[tp]!);
    if (!better) continue;
    best[slot] = score;
    if (k === KINDS.s) sid[tp] = p.sid[d]!;
    else if (k === KINDS.q) {
      qid[tp] = p.sid[d]!;
      qwords[tp] = words;
    }
  }
  const w = opts.topicWeights;
  // (No per-kind breakdown object per hit: nothing read it, and it was half of retrieval's time.)
  const hits: TopicHit[] = topics.map((tp) => {
    const score = w.sentence * best[tp * 4]! + w.passage * best[tp * 4 + 1]! + w.heading * best[tp * 4 + 2]! + w.question * best[tp * 4 + 3]!;
    const s = sid[tp]!;
    const qi = qid[tp]!;
    return { tp, score, bestSentence: s < 0 ? null : s, bestQuestion: qi < 0 ? null : qi, questionWords: qwords[tp]! };
  });
  return byScoreThenTopic(hits);
}

/** Per-document sums of a group's part terms: scratch, left zeroed after each group. */
let SUMS = new Float64Array(0);
function partSums(n: number): Float64Array {
  if (SUMS.length < n) SUMS = new Float64Array(n);
  return SUMS;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
