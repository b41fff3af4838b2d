/**
 * One wink-nlp pass over a visitor message. Every later stage (safety, intent, query understanding)
 * reads this instead of calling wink again, so a message costs one parse.
 */
import type { Document } from 'wink-nlp';
import { its, lemma, nlp } from './nlp.ts';
import { normalizeText } from './normalize.ts';
import type { Analysis } from '../types.ts';

export { normalizeText };

const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)$/;
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred)$/;

/**
 * The entities faqchat reads (durations and numbers), from the tokens: wink's NER stage is not in the
 * pipe (server/engine/understand/nlp.ts), it cost a quarter of every message's parse for two entity types.
 *
 * @example timeAndNumberEntities(['within', 'two', 'weeks'], ['word', 'word', 'word']) // [{ value: 'two', type: 'CARDINAL' }, { value: 'weeks', type: 'DURATION' }]
 */
export function timeAndNumberEntities(tokens: readonly string[], types: readonly string[]): Array<{ value: string; type: string }> {
  const out: Array<{ value: string; type: string }> = [];
  tokens.forEach((t, i) => {
    if (TIME_UNITS.test(t)) out.push({ value: t, type: 'DURATION' });
    else if (types[i] === 'number' || NUMBER_WORDS.test(t)) out.push({ value: t, type: 'CARDINAL' });
  });
  return out;
}

/**
 * An Analysis as `analyze` makes it. A class, not an object literal with getters: a literal with
 * accessors is built by the runtime's slow path on every message. What every message needs (words,
 * lemmas, negation: the safety gate reads them first) is read from the parse at once; the rest
 * when a stage first asks: a crisis or small-talk reply never reads POS tags, stop words or token
 * types, and query understanding needs the sentence texts only when there are several
 * (`sentenceCount`).
 */
export class ParsedAnalysis implements Analysis {
  readonly text: string;
  readonly normalized: string;
  readonly tokens: string[];
  readonly lemmas: string[];
  readonly negated: boolean[];
  /** Number of wink sentences (cheap; the texts are made on demand). */
  readonly sentenceCount: number;
  private readonly doc: Document;
  /** The token collection of the parse, made once (each `doc.tokens()` builds a new one). */
  private readonly toks: ReturnType<Document['tokens']>;
  private posMemo: string[] | undefined = undefined;
  private stopMemo: boolean[] | undefined = undefined;
  private typesMemo: string[] | undefined = undefined;
  private entitiesMemo: Analysis['entities'] | undefined = undefined;
  private sentencesMemo: string[] | undefined = undefined;

  constructor(text: string, normalized: string) {
    this.text = text;
    this.normalized = normalized;
    const doc = nlp.readDoc(normalized);
    const tokens = doc.tokens();
    this.doc = doc;
    this.toks = tokens;
    this.tokens = tokens.out(its.normal);
    const lemmas = tokens.out(lemma);
    // wink gives no lemma for a few contractions it keeps whole ("cannot." at a sentence end): the word is its own lemma.
    for (let i = 0; i < lemmas.length; i += 1) if (typeof lemmas[i] !== 'string') lemmas[i] = this.tokens[i]!;
    this.lemmas = lemmas;
    this.negated = tokens.out(its.negationFlag) as boolean[];
    this.sentenceCount = doc.sentences().length();
  }

  get pos(): string[] {
    this.posMemo ??= this.toks.out(its.pos);
    return this.posMemo;
  }

  get stop(): boolean[] {
    this.stopMemo ??= this.toks.out(its.stopWordFlag) as boolean[];
    return this.stopMemo;
  }

  get types(): string[] {
    this.typesMemo ??= this.toks.out(its.type);
    return this.typesMemo;
  }

  /** Entities are read at build time (sentence features), not for a visitor message: made on demand. */
  get entities(): Analysis['entities'] {
    this.entitiesMemo ??= timeAndNumberEntities(this.tokens, this.types);
    return this.entitiesMemo;
  }

  get sentences(): string[] {
    this.sentencesMemo ??= this.doc.sentences().out();
    return this.sentencesMemo;
  }
}

/**
 * Reads a message once with wink-nlp.
 *
 * @example analyze("I don't want to live").negated // [false, false, false, true, true, true]
 */
export function analyze(message: string): ParsedAnalysis {
  return new ParsedAnalysis(message, normalizeText(message));
}

/** Words whose spelling may differ between British and American English ("behaviour", "programme",
 * "generalised", "anaesthetic", "counselling", "centre"). */
const MAY_DIFFER = /our|is(?:e|ed|es|ing|ation)|ys(?:e|ed|es|ing)|ae|oe|mme|ll|tre/;

/**
 * Text in the spelling wink reads a visitor's words in: it normalises British spellings to
 * American ones, so site data written the British way must be read the same way to meet them.
 * One wink pass per word that may differ (made when an engine is built, never per message).
 *
 * @example usSpelling('anger management programme') // 'anger management program'
 */
export function usSpelling(text: string): string {
  return text.replace(/[a-z]+/g, (w) => {
    if (!MAY_DIFFER.test(w)) return w;
    const tokens = analyze(w).tokens;
    return tokens.length === 1 ? tokens[0]! : w;
  });
}
