/**
 * What the engine forgets after each reply. Stages share one message's reading in slots (the safety
 * view, the query's word groups and weights): they go with every reply. The memos of single words
 * (word → stem, spelling guesses) speed up ordinary questions; after a reply to a visitor in
 * distress they go back to the site's own words, so nothing a visitor in distress wrote is kept.
 */
import { forgetGuesses, forgetQuery, type CorpusModel } from './model.ts';
import { forgetView } from './safety/view.ts';
import { forgetGroups } from './understand/groups.ts';
import { resetTermMemo } from './understand/terms.ts';

export function forgetMessage(model: CorpusModel, distress: boolean): void {
  forgetView();
  forgetGroups();
  forgetQuery(model);
  if (distress) {
    forgetGuesses(model);
    resetTermMemo();
  }
}
