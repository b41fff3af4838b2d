/**
 * One wink-nlp pass over a visitor message. Every later stage (safety, intent, query understanding)
 * reads this instead of calling wink again, so a message costs one parse.
 */
import { its, lemma, nlp } from './nlp.ts';
import { normalizeText } from './normalize.ts';
import type { Analysis } from './types.ts';

export { normalizeText };

const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)$/;
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred)$/;

/**
 * The entities faqchat reads (durations and numbers), from the tokens: wink's NER stage is not in the
 * pipe (server/nlp.ts), it cost a quarter of every message's parse for two entity types.
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
 * Reads a message once with wink-nlp.
 *
 * @example analyze("I don't want to live").negated // [false, false, false, true, true, true]
 */
export function analyze(message: string): Analysis {
  const normalized = normalizeText(message);
  const doc = nlp.readDoc(normalized);
  const tokens = doc.tokens();
  let entities: Analysis['entities'] | undefined;
  return {
    text: message,
    normalized,
    tokens: tokens.out(its.normal),
    lemmas: tokens.out(lemma),
    pos: tokens.out(its.pos),
    stop: tokens.out(its.stopWordFlag) as boolean[],
    negated: tokens.out(its.negationFlag) as boolean[],
    types: tokens.out(its.type),
    // Entities are read at build time (sentence features), not for a visitor message: made on demand.
    get entities() {
      entities ??= timeAndNumberEntities(this.tokens, this.types);
      return entities;
    },
    sentences: doc.sentences().out(),
  };
}
