/**
 * Candidate questions each sentence answers, derived at build time by rules (doc2query without a
 * model), so a visitor's short or paraphrased question meets the sentence's subject AND the kind of
 * answer it gives in one document: "Light therapy is generally safe, but it can cause mild side
 * effects …" → "what are the side effects of light therapy".
 *
 * What a sentence offers comes from its own features (the same question-type marks the index keeps:
 * a number with a time unit, a definitional "X is a …", a list's lead-in, causal words); what it is
 * about comes from wink's parse: the noun phrase it opens with, or its section's heading when it
 * opens with a pronoun. Nothing here knows any article's subject.
 */
import { placesOnly } from '../server/engine/heading-questions.ts';
import { isCitationsHeading } from './backmatter.ts';
import { abbreviations } from './lexicon.ts';
import { analyze } from '../server/engine/understand/analyze.ts';
import { FEATURE_INTENTS, type FeatureIntent, META, sentenceFeatures } from '../server/engine/understand/intent.ts';
import type { Corpus } from '../server/engine/types.ts';

/** A question derived from one sentence (`sid`). */
export interface CandidateQuestion {
  sid: number;
  text: string;
}

/** How strongly a sentence must offer a question type before a question of that type is derived. */
const OFFERS = 0.5;
const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEAD_POS = new Set(['NOUN', 'PROPN']);
/** Pronouns and pointers that stand for the section's subject ("It is a type of …"). */
const POINTERS = new Set(['it', 'this', 'they', 'these', 'that']);

interface Parse {
  tokens: string[];
  lemmas: string[];
  pos: string[];
}

/**
 * The noun phrase that starts at `from` (determiners skipped; adjectives, nouns, numbers and the
 * hyphens between them), ending on a noun, or null.
 */
function nounPhrase(p: Parse, from: number, max = 6, linked = false): string | null {
  let i = from;
  while (i < p.tokens.length && (p.pos[i] === 'DET' || p.tokens[i] === 'the')) i += 1;
  const start = i;
  let lastHead = -1;
  while (i < p.tokens.length && i - start < max) {
    const tok = p.tokens[i]!;
    // "and", and in a heading "of"/"for" ("Treatments for SAD"), join two noun phrases.
    const link = p.pos[i] === 'CCONJ' || (linked && (tok === 'of' || tok === 'for'));
    const joins = (tok === '-' || link) && i > start && PHRASE_POS.has(p.pos[i + 1] ?? '');
    // Any word joined by a hyphen belongs to the phrase ("longer-term effects").
    const hyphened = p.tokens[i + 1] === '-' || p.tokens[i - 1] === '-';
    if (PHRASE_POS.has(p.pos[i]!) || joins || (hyphened && /^[a-z0-9]+$/.test(tok))) {
      if (HEAD_POS.has(p.pos[i]!)) lastHead = i;
      i += 1;
      continue;
    }
    break;
  }
  if (lastHead < start) return null;
  return join(p.tokens.slice(start, lastHead + 1));
}

const join = (tokens: string[]): string => tokens.join(' ').replace(/ - /g, '-');

const WH = new Set(['what', 'how', 'why', 'who', 'when', 'which', 'where']);
const DO = new Set(['does', 'do', 'did', 'can', 'could', 'will', 'should']);

/** What a heading is about: its first noun phrase, question words and verbs aside ("What Causes SAD?" → "sad"). */
export function headingSubject(title: string): string | null {
  const p = parse(title.replace(/\?$/, ''));
  let i = 0;
  let verbFollows = false;
  // A question heading's own words ("What Causes …", "How Long Does …") are not its subject; after
  // "does" the word that ends the subject is the verb ("How Does Ketamine Work?").
  if (WH.has(p.tokens[0] ?? '')) {
    i = 1;
    if (/^(?:long|much|many|often)$/.test(p.tokens[1] ?? '')) i = 2;
    // An auxiliary ("is", "does"), or else one verb ("Who Gets …", "What Causes …", read as a noun).
    const aux = i;
    while (i < p.tokens.length && (p.pos[i] === 'AUX' || p.pos[i] === 'PART' || DO.has(p.tokens[i]!))) {
      if (DO.has(p.tokens[i]!)) verbFollows = true;
      i += 1;
    }
    if (i === aux && (p.pos[i] === 'VERB' || (/s$/.test(p.tokens[i] ?? '') && PHRASE_POS.has(p.pos[i + 1] ?? '')))) i += 1;
  }
  const from = i;
  // "What Is …?" names its subject whole, whatever wink makes of a capitalised word ("Blossom").
  const names = /^(?:what|who)$/.test(p.tokens[0] ?? '') && /^(?:is|are)$/.test(p.tokens[1] ?? '');
  const whole = p.tokens.slice(2);
  if (names && whole.length > 0 && whole.length <= 5 && whole.every((t) => /^[a-z0-9-]+$/.test(t))) return join(whole);
  // "How Does Ketamine Work (for …)?": the subject runs from the auxiliary to the verb before the end.
  if (verbFollows) {
    let end = from;
    while (end < p.tokens.length && p.pos[end] !== 'ADP' && /^[a-z0-9-]+$/.test(p.tokens[end]!)) end += 1;
    if (end - from >= 2 && end - from <= 5) return join(p.tokens.slice(from, end - 1));
  }
  for (; i < p.tokens.length; i += 1) {
    if (!PHRASE_POS.has(p.pos[i]!) && p.tokens[i + 1] !== '-') continue;
    const np = nounPhrase(p, i, 8, !verbFollows);
    if (!np) continue;
    const words = np.split(' ');
    return verbFollows && words.length > 1 ? words.slice(0, -1).join(' ') : np;
  }
  // A short heading wink reads no noun in ("Mulching"): its words are its subject.
  const rest = p.tokens.slice(from).filter((t) => /^[a-z0-9]/.test(t));
  return rest.length > 0 && rest.length <= 3 ? rest.join(' ') : null;
}

/** wink's parse, with an abbreviation written in capitals ("SAD", read as an adjective) a proper noun. */
function parse(text: string, a = analyze(text)): Parse {
  const caps = new Set([...text.matchAll(/\b[A-Z][A-Z0-9]+s?\b/g)].map((m) => m[0].toLowerCase()));
  return { tokens: a.tokens, lemmas: a.lemmas, pos: a.pos.map((pos, i) => (caps.has(a.tokens[i]!) ? 'PROPN' : pos)) };
}

/** The sentence's own subject: the noun phrase it opens with, when a verb follows it. */
function sentenceSubject(p: Parse): string | null {
  const np = nounPhrase(p, 0);
  if (!np) return null;
  const words = np.split(' ').length;
  let i = 0;
  while (i < p.tokens.length && (p.pos[i] === 'DET')) i += 1;
  const next = p.pos[i + words] ?? '';
  return next === 'VERB' || next === 'AUX' || p.tokens[i + words] === ',' ? np : null;
}

/** "…, called CBT-SAD, …", "… known as insomnia": a name the sentence gives something. */
function namedThings(p: Parse): string[] {
  const out: string[] = [];
  for (let i = 0; i < p.tokens.length - 1; i += 1) {
    const at = p.tokens[i] === 'called' ? i + 1 : p.tokens[i] === 'known' && p.tokens[i + 1] === 'as' ? i + 2 : -1;
    if (at < 0) continue;
    const np = nounPhrase(p, at, 4);
    if (np) out.push(np);
  }
  return out;
}

/** The plural nouns of a list's lead-in, in its last clause ("On most days, common signs include:" → signs). */
function leadNouns(p: Parse): string[] {
  const out: string[] = [];
  const from = p.tokens.lastIndexOf(',') + 1;
  p.tokens.forEach((tok, i) => {
    if (i >= from && p.pos[i] === 'NOUN' && p.lemmas[i] !== tok && tok.endsWith('s')) out.push(tok);
  });
  return out;
}

/** Questions of each offered type about a subject. */
const FRAMES: Partial<Record<FeatureIntent, (s: string) => string[]>> = {
  duration: (s) => [`how long does ${s} last`],
  onset: (s) => [`how long does ${s} take to work`, `how soon does ${s} work`],
  dose: (s) => [`how much ${s}`],
  'side-effects': (s) => [`what are the side effects of ${s}`],
  mechanism: (s) => [`how does ${s} work`],
  comparison: (s) => [`how does ${s} compare`],
  why: (s) => [`why ${s}`, `what causes ${s}`],
};
/** What a visitor asks of an article's citations. */
const CITATION_QUESTIONS = ['where does the information on this page come from', 'what are the sources and references'];
/** Weak marks ("people" for who, any date for when) say too little to ask a question by. */
const STRONG = 0.75;

/**
 * Candidate questions for every sentence of the corpus's sections, deduplicated per section.
 *
 * @example deriveCandidates(corpus).find((q) => q.text.startsWith('what is'))
 */
export function deriveCandidates(corpus: Corpus): CandidateQuestion[] {
  const out: CandidateQuestion[] = [];
  for (const section of corpus.sections) {
    // FAQ pairs have their questions already.
    if (section.isFaq) continue;
    const first = section.paragraphs.flat()[0];
    if (isCitationsHeading(section.title)) {
      if (first !== undefined) for (const q of CITATION_QUESTIONS) out.push({ sid: first, text: q });
      continue;
    }
    const doc = corpus.docs.find((d) => d.id === section.docId);
    // A heading that only places a section ("Introduction") is about the document's subject.
    const heading = headingSubject(placesOnly(section.title) && doc ? doc.title : section.title);
    const seen = new Set<string>();
    const push = (sid: number, text: string) => {
      const key = text.toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ sid, text });
    };
    const sids = section.paragraphs.flat();
    for (const sid of sids) {
      const sentence = corpus.sentences[sid]!;
      if (sentence.item) continue;
      const a = analyze(sentence.text);
      const p = parse(sentence.text, a);
      const lead = /:["'”’)]*$/.test(sentence.text.trim()) && corpus.sentences[sid + 1]?.item === true;
      const f = sentenceFeatures(a.lemmas, a.entities.map((e) => e.type), { list: lead });
      // A sentence about the text ("In this article we look at why …") answers nothing it names.
      if ((f[META] ?? 0) > 0) continue;
      const own = sentenceSubject(p);
      const pointer = POINTERS.has(p.tokens[0] ?? '');
      const subject = own ?? (pointer ? heading : null);
      const offers = (k: FeatureIntent, min = OFFERS) => (f[FEATURE_INTENTS.indexOf(k)] ?? 0) >= min;
      if (offers('definition', STRONG) && subject) push(sid, `what is ${subject}`);
      for (const named of namedThings(p)) push(sid, `what is ${named}`);
      // "… cognitive behavioural therapy (CBT)": where an abbreviation is spelt out.
      for (const abbr of Object.keys(abbreviations([sentence.text]))) push(sid, `what does ${abbr} stand for`);
      if (lead) {
        const nouns = leadNouns(p);
        const about = heading ?? subject;
        for (const n of nouns.length > 0 ? nouns : ['things']) push(sid, about ? `what are the ${n} of ${about}` : `what are the ${n}`);
      }
      // What the section is about is what a visitor names; a sentence's own subject is often generic.
      for (const [k, frame] of Object.entries(FRAMES) as Array<[FeatureIntent, (s: string) => string[]]>) {
        if (!offers(k, k === 'duration' || k === 'onset' ? OFFERS : STRONG) || !heading) continue;
        for (const q of frame(heading)) push(sid, q);
      }
    }
  }
  return out;
}
