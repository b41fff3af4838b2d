/**
 * How a topic matches the question by its heading and its terms: the share of the question's words
 * a heading holds, how specific each heading word is among the article's headings, and how much of
 * a heading the question names. Ranking (rank.ts) and abstention (confidence.ts) both read them.
 */
import type { CorpusModel } from './model.ts';
import { type Intent, isCueTerm } from './understand/intent.ts';
import type { Query } from './understand/query.ts';
import { textTerms } from './understand/terms.ts';

/** Idf-weighted share of the (covered) content words that a topic's heading contains. */
export function headingCoverage(model: CorpusModel, query: Query, tp: number): number {
  const terms = model.headingTerms[tp]!;
  let all = 0;
  let hit = 0;
  let n = 0;
  for (const c of query.content) {
    if (!c.covered) continue;
    n += 1;
    all += c.idf;
    for (const t of c.via) {
      if (terms.has(t)) {
        hit += c.idf;
        break;
      }
    }
  }
  // One word in a heading is a coincidence more often than a match.
  return all === 0 || n < 2 ? 0 : hit / all;
}

/** Per model: how specific each heading term is (1: in one heading, 0: in every heading), and each
 * heading's whole specific mass (the sum over its terms). */
const SPECIFIC = new WeakMap<CorpusModel, { spec: Map<string, number>; whole: number[] }>();

/**
 * How specific each heading term is among the article's headings: ln(T / headings with it) / ln T.
 * A heading word that stands for an abbreviation counts as its long form too, and a word of the
 * page's title is specific nowhere: the article's subject ("SAD" in most headings, its long form
 * in the title) names no one section.
 */
export function headingSpecificity(model: CorpusModel): Map<string, number> {
  return specificity(model).spec;
}

function specificity(model: CorpusModel): { spec: Map<string, number>; whole: number[] } {
  const known = SPECIFIC.get(model);
  if (known) return known;
  const df = new Map<string, number>();
  for (const terms of model.headingTerms) {
    const all = new Set(terms);
    for (const t of terms) for (const [x] of model.lexicon.phrases.get(t) ?? []) all.add(x);
    for (const t of all) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = Math.max(2, model.headingTerms.length);
  const out = new Map<string, number>();
  // The page's own title names its subject, which every section is about: specific nowhere.
  const titled = new Set(model.corpus.docs.flatMap((d) => textTerms(d.title)));
  for (const [t, d] of df) out.set(t, titled.has(t) ? 0 : Math.log(n / d) / Math.log(n));
  const whole = model.headingTerms.map((terms) => {
    let sum = 0;
    for (const t of terms) sum += out.get(t) ?? 0;
    return sum;
  });
  const made = { spec: out, whole };
  SPECIFIC.set(model, made);
  return made;
}

/**
 * How much of a topic's heading the question names, weighted by how specific each heading word is,
 * times the specific mass named (capped at 1): "Talk Therapy" for "is talking therapy an option".
 */
export function headingNamed(model: CorpusModel, query: Query, tp: number, intent: Intent): number {
  const { spec, whole: wholes } = specificity(model);
  const terms = model.headingTerms[tp]!;
  const whole = wholes[tp]!;
  if (whole === 0) return 0;
  const weak = model.lexicon.weak;
  let named = 0;
  for (const c of query.content) {
    if (!c.covered) continue;
    let best = 0;
    // The question type's own words ("how LONG does it LAST") and generic verbs (the site's weak
    // words: "how does it WORK") name no subject.
    // Only the word itself (or its spelling correction): a synonym's match ("notice" → improve) is a guess.
    for (const t of c.via) if (terms.has(t) && !isCueTerm(intent, t) && !weak.has(t) && (t === c.term || (c.strength < 1 && t === c.via[0]))) best = Math.max(best, spec.get(t) ?? 0);
    named += best;
  }
  return Math.min(1, named / whole) * Math.min(1, named);
}

/** Idf-weighted share of the content words that this topic's terms contain. */
export function topicCoverage(model: CorpusModel, query: Query, tp: number): number {
  const terms = model.topicTerms[tp]!;
  let all = 0;
  let hit = 0;
  for (const c of query.content) {
    all += c.idf;
    for (const t of c.via) {
      if (terms.has(t)) {
        hit += c.idf;
        break;
      }
    }
  }
  return all === 0 ? 1 : hit / all;
}
