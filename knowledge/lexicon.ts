/**
 * Vocabulary derived from the article at build time, for any article:
 * - abbreviations it defines: "seasonal affective disorder, often shortened to SAD", "Long Name (LN)",
 *   and those a visitor may use for its recurring terms without the article defining them (acronyms.ts);
 * - real English words one edit away from, or sounding like, an article word (from the Hunspell
 *   word list of `dictionary-en`), so the engine never "corrects" a real word into an article word;
 * - everyday words that share a meaning with an article word (WordNet, knowledge/wordnet.ts), and
 *   the members of its word family whose stem differs ("treat" for treatment, knowledge/derivation.ts).
 * The engine gets this compact result in the corpus; no dictionary file is read at run time.
 */
import type { Corpus, DerivedLexicon } from '../server/engine/types.ts';
import { impliedAcronyms } from './acronyms.ts';
import { familyWords } from './derivation.ts';
import { englishWords } from './english.ts';
import { FUNCTION_WORDS } from '../server/engine/understand/function-words.ts';
import { soundKeys, soundReach } from '../server/engine/understand/sound.ts';
import { relatedWords } from './wordnet.ts';

/** Words skipped when matching an acronym's letters to its long form ("Cognitive Behavioral Therapy for Insomnia"). */
const SKIP = new Set(['of', 'for', 'and', 'the', 'in', 'to', 'on', 'with', 'a', 'an']);

/** Every string one insertion, deletion, substitution or swap of neighbours away from `w`. */
function oneEditAway(w: string): Set<string> {
  const out = new Set<string>();
  const abc = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= w.length; i += 1) {
    for (const c of abc) out.add(w.slice(0, i) + c + w.slice(i));
    if (i < w.length) {
      out.add(w.slice(0, i) + w.slice(i + 1));
      for (const c of abc) out.add(w.slice(0, i) + c + w.slice(i + 1));
    }
    if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  }
  out.delete(w);
  return out;
}

/** Lower-case words of the article: sentences, titles and FAQ questions. */
export function articleWords(corpus: Corpus): Set<string> {
  const texts = [...corpus.sentences.map((s) => s.text), ...corpus.sections.map((s) => s.title), ...corpus.faqs.map((f) => f.question)];
  const words = new Set<string>();
  for (const t of texts) for (const m of t.toLowerCase().matchAll(/[a-z]+/g)) words.add(m[0]);
  return words;
}

/**
 * Abbreviations the article defines: an all-capitals token whose letters are the initials of a run
 * of words next to it ("… affective disorder, often shortened to SAD", "selective serotonin reuptake
 * inhibitors (SSRIs)"). Lower-case abbreviation → its long form as written.
 *
 * @example abbreviations(['Seasonal affective disorder (SAD) is common.']) // { sad: 'Seasonal affective disorder' }
 */
export function abbreviations(texts: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of texts) {
    const words = [...text.matchAll(/[A-Za-z][A-Za-z'’-]*/g)].map((m) => m[0]);
    words.forEach((token, at) => {
      const acronym = /^([A-Z]{2,6})(s?)$/.exec(token.replace(/-[A-Z]$/, (x) => x.slice(1)));
      if (!acronym || out[token.toLowerCase()]) return;
      const letters = acronym[1]!.toLowerCase();
      // The long form ends right before it, or a few linking words earlier ("…, often shortened to SAD").
      for (let end = at; end >= Math.max(1, at - 4); end -= 1) {
        if (end < at && !words.slice(end, at).every((w) => /^[a-z]/.test(w))) break;
        for (let start = Math.max(0, end - 10); start < end; start += 1) {
          const content = words.slice(start, end).flatMap((w) => w.split('-')).filter((w) => !SKIP.has(w.toLowerCase()));
          if (content.length !== letters.length) continue;
          if (content.every((w, i) => w[0]!.toLowerCase() === letters[i])) {
            out[token.toLowerCase()] = words.slice(start, end).join(' ');
            return;
          }
        }
      }
      // Or the long form follows it: "SSRIs (selective serotonin reuptake inhibitors)".
      for (let end = at + 2; end <= Math.min(words.length, at + 11); end += 1) {
        const content = words.slice(at + 1, end).flatMap((w) => w.split('-')).filter((w) => !SKIP.has(w.toLowerCase()));
        if (content.length === letters.length && content.every((w, i) => w[0]!.toLowerCase() === letters[i])) {
          out[token.toLowerCase()] = words.slice(at + 1, end).join(' ');
          return;
        }
      }
    });
  }
  return out;
}

/**
 * Real English words the engine must not bend into an article word: one edit away from one, or
 * with the same sound key, and not article words themselves.
 */
export function realNeighbours(words: ReadonlySet<string>): string[] {
  const { words: dict, stems } = englishWords();
  const near = new Set<string>();
  const byKey = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < 3) continue;
    // The engine corrects words of four letters or more by edit distance.
    if (w.length >= 4) for (const v of oneEditAway(w)) if (v.length >= 4 && dict.has(v) && !words.has(v)) near.add(v);
    for (const key of soundKeys(w)) {
      const list = byKey.get(key);
      if (list) list.push(w);
      else byKey.set(key, [w]);
    }
  }
  // Sound-alikes the engine could reach: a key in common, within the sound reach in length.
  for (const s of stems) {
    if (s.length < 3 || words.has(s)) continue;
    const reach = soundReach(s.length);
    if (soundKeys(s).some((key) => byKey.get(key)?.some((w) => Math.abs(w.length - s.length) <= reach))) near.add(s);
  }
  return [...near].sort();
}

/**
 * Hyphenated compounds of the article, keyed by how a visitor may write them joined up
 * ("nighttime" → "night-time", "selfhelp" → "self-help"). A joined form that is itself an article
 * word, or that looks like a compound's own prefix ("non" + …), is left out.
 *
 * @example compounds(['Night-time worry is common.']) // { nighttime: 'night-time' }
 */
export function compounds(texts: readonly string[], words: ReadonlySet<string> = new Set()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of texts) {
    for (const m of text.matchAll(/\b[A-Za-z]{2,}(?:-[A-Za-z]{2,})+\b/g)) {
      const written = m[0].toLowerCase();
      const joined = written.replace(/-/g, '');
      if (!words.has(joined) && !(joined in out)) out[joined] = written;
    }
  }
  return out;
}

/** Everything derived: put into `corpus.lexicon` by the build. */
export function deriveLexicon(corpus: Corpus): DerivedLexicon {
  const texts = [...corpus.sentences.map((s) => s.text), ...corpus.sections.map((s) => s.title)];
  const words = articleWords(corpus);
  const defined = abbreviations(texts);
  const implied = impliedAcronyms(corpus.sentences.map((s) => s.text), englishWords().words, words);
  // What the article spells out itself wins over what is inferred from its terms.
  for (const key of Object.keys(defined)) delete implied[key];
  return { abbreviations: defined, acronyms: implied, realWords: realNeighbours(new Set([...words, ...FUNCTION_WORDS])), compounds: compounds(texts, words), related: relatedWords(corpus), family: familyWords(corpus) };
}
