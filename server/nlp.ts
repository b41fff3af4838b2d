/**
 * The one wink-nlp instance of the process. A second `winkNLP(model)` silently breaks custom
 * entities, so every stage imports `nlp` and `its` from here and nowhere else.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const nlp = winkNLP(model);
export const its = nlp.its;
export const as = nlp.as;
/** `its.lemma` is missing from wink-nlp's typings of `out()`. */
export const lemma = its.lemma as unknown as ItsFunction<string>;
