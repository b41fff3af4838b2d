/**
 * What the engine forgets after each reply. Stages share one message's reading in slots (the safety
 * view, the query's word groups and weights), and the memos of single words (word → stem, spelling
 * guesses) hold the message's own words on top of the site's: all of it goes with every reply, so
 * nothing a visitor wrote, in distress or not, outlives the reply. Each step is O(1) or bounded by
 * the one message.
 */
import { forgetGuesses, forgetQuery, type CorpusModel } from './model.ts';
import { forgetView } from './safety/view.ts';
import { forgetGroups } from './understand/groups.ts';
import { resetTermMemo } from './understand/terms.ts';

export function forgetMessage(model: CorpusModel): void {
  forgetView();
  forgetGroups();
  forgetQuery(model);
  forgetGuesses(model);
  resetTermMemo();
}
