import type { HelpContact } from './types.ts';

/**
 * The site's crisis help line (knowledge/crisis.json `helpLine`), baked into the build by
 * vite.config.ts, so the footer, the greeting and the notice shown when the panel cannot load say
 * where to turn even with no server.
 */
export const HELP_LINE: { text: string; contacts: HelpContact[] } = __FAQCHAT_HELP__;

/** Help links as DOM nodes, separated by " · " (for the loader, which has no Preact). */
export function helpLinkNodes(doc: Document, contacts: readonly HelpContact[]): Array<Node | string> {
  return contacts.flatMap((c, i) => {
    const a = doc.createElement('a');
    a.href = c.href;
    a.textContent = c.label;
    return i === 0 ? [a] : [' · ', a];
  });
}
