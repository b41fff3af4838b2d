/**
 * The one wink-nlp instance of the process. A second `winkNLP(model)` silently breaks custom
 * entities, so every stage imports `nlp` and `its` from here and nowhere else.
 *
 * The pipe is trimmed to what faqchat reads: sentence boundaries, negation and POS (lemmas need it).
 * Sentiment, NER and custom entities are never read per message; sentiment alone doubled the cost of
 * a message, NER added a third. The two entity kinds the index uses (durations, numbers) come from
 * the tokens (server/engine/understand/analyze.ts).
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink pipe stages in use (wink's default adds `sentiment`, `ner` and `cer`). */
export const PIPE = ['sbd', 'negation', 'pos'];

export const nlp = winkNLP(model, PIPE);
export const its = nlp.its;
export const as = nlp.as;
/** `its.lemma` is missing from wink-nlp's typings of `out()`. */
export const lemma = its.lemma as unknown as ItsFunction<string>;
