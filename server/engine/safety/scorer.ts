/**
 * The safety net's learned risk score: naive-Bayes log-odds of the words of a message (lemma
 * unigrams and bigrams of the safety view, idioms masked, negated words apart), from a weight table
 * trained at build time on the site's safety examples (knowledge/safety-examples.json,
 * knowledge/risk-model.ts). It never shows the crisis card: it lifts a message the rules did not
 * read to the concern tier (tiers.ts). Per message: hash lookups only, no regular expression.
 */
import type { RiskTable } from '../site.ts';
import type { View } from './view.ts';

export type { RiskTable };

/** The words the features read as classes, from the site's data. */
export interface RiskVocabulary {
  /** The site's single-word treatment names, read as one stand-in word. */
  domain: ReadonlySet<string>;
  /** Single words for a means or a risk (knowledge/safety.json `means` and `risk`): each also
   * counts as the class `#harm`, so a means word the examples never used still weighs. */
  harm: ReadonlySet<string>;
}

const singleWords = (list: readonly string[]): Set<string> => new Set(list.map((t) => t.trim().toLowerCase()).filter((t) => /^[a-z0-9-]+$/.test(t)));

/** The site's words of the `#harm` class: its means, risk and lethality words. */
export function harmWords(safety: { means: readonly string[]; risk: readonly string[]; lethality?: readonly string[] }): string[] {
  return [...safety.means, ...safety.risk, ...(safety.lethality ?? [])];
}

export function riskVocabulary(treatments: readonly string[], harm: readonly string[]): RiskVocabulary {
  return { domain: singleWords(treatments), harm: singleWords(harm) };
}

/** Words that open a question about amount, size, place or effect ("how many", "which bridge"). */
export const QUESTION_OPENERS = new Set(['how', 'which', 'what', 'whats', 'can', 'could', 'does', 'do', 'is', 'will', 'would', 'where']);
/** The class features. */
const HARM = '#harm';
/** A number ("50 paracetamol", "10 metres"): one class, whatever its value. */
const NUMBER = '#num';
const ASKED = '#asked';

/**
 * Below this many features a message counts as this long: a few words are not strong evidence.
 * Most messages are shorter, so their score is their weights' sum over a constant, and one risk
 * word in a short idiom ("gonna hang my washing out") stays under the threshold. Chosen with the
 * thresholds by leaving each evaluation set out (tests/eval/safety-cv.ts): 8 → 32 halves the false
 * check-ins on unseen sets at the same recall.
 */
const SHORT = 32;

/** Words too common to carry a unigram weight (they still count inside bigrams). */
const FILLER = new Set(['the', 'a', 'an', 'to', 'and', 'of', 'it', 'in', 'for', 'on', 'that', 'this', 'with', 'at', 'as']);
/** Where a bigram starts afresh: punctuation and masked idioms. */
const START = '^';
/** The stand-in for the site's own treatment names: a question about them is neither risk nor calm. */
export const DOMAIN_TOKEN = '<dom>';

/** Receives a view's features: a unigram as (word, null), a bigram as (first, second). */
export interface FeatureSink {
  add(a: string, b: string | null): void;
}

/**
 * Hands each feature of a view to `sink`, in order. Shared by the trainer and the scorer, so both
 * read a message alike.
 */
export function riskFeatures(v: View, vocab: RiskVocabulary, sink: FeatureSink): void {
  let prev = START;
  let harm = false;
  for (let i = 0; i < v.lemmas.length; i++) {
    const lemma = v.lemmas[i]!;
    const at = v.lemStarts[i]!;
    const c = lemma.charCodeAt(0);
    // Masked idioms ("killing me" in "my back is killing me") and punctuation read as a break.
    if (v.lem.charCodeAt(at) === 95 || !((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      prev = START;
      continue;
    }
    const w = c <= 57 ? NUMBER : vocab.domain.has(lemma) ? DOMAIN_TOKEN : v.negated[i] ? `!${lemma}` : lemma;
    if (!FILLER.has(w)) sink.add(w, null);
    sink.add(prev, w);
    prev = w;
    if (!v.negated[i] && (vocab.harm.has(lemma) || vocab.harm.has(v.words[i]!))) {
      sink.add(HARM, null);
      harm = true;
    }
  }
  // A question about a means ("which bridge is highest", "how much bleach"): the pair is a feature.
  if (harm && QUESTION_OPENERS.has(v.lemmas[0] ?? '')) sink.add(ASKED, HARM);
}

/**
 * A scorer over one table: the sum of the weights of a view's features (0 for unknown ones) over
 * the square root of their number, so a long message does not pile up evidence word by word.
 */
export function createScorer(table: RiskTable | undefined, vocab: RiskVocabulary): (v: View) => number {
  if (!table) return () => 0;
  const uni = new Map(Object.entries(table.unigrams));
  // Bigrams as nested maps: a lookup needs no joined string.
  const bi = new Map<string, Map<string, number>>();
  for (const [key, w] of Object.entries(table.bigrams)) {
    const sp = key.indexOf(' ');
    const first = key.slice(0, sp);
    let row = bi.get(first);
    if (!row) bi.set(first, (row = new Map()));
    row.set(key.slice(sp + 1), w);
  }
  // One accumulator per scorer, reset per message: no closure or object per message.
  const acc = {
    sum: 0,
    n: 0,
    add(a: string, b: string | null): void {
      this.sum += (b === null ? uni.get(a) : bi.get(a)?.get(b)) ?? 0;
      this.n++;
    },
  };
  return (v) => {
    acc.sum = 0;
    acc.n = 0;
    riskFeatures(v, vocab, acc);
    return acc.sum / Math.sqrt(Math.max(acc.n, SHORT));
  };
}
