/** Discourse words that open a sentence; no imports, so the eval's pure metrics can share it. */

/**
 * A word that links a sentence to the one before it ("Additionally, …", "But …"): without that
 * sentence it reads as a loose end, so a reply may start after it. What follows stays verbatim.
 */
export const DISCOURSE = /^(?:additionally|also|however|but|and|moreover|furthermore|in addition|besides|still|similarly|likewise|meanwhile|plus|thus|therefore|as a result|on the other hand)\b,?\s+(?=\S)/i;
