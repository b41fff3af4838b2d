/**
 * The clause of a message that asks: a question's type is read from it, not from a cue word of the
 * story around it ("…, in my country the grandmother helps" names a place but asks for none).
 * Plain string work on the normalised text, so a visitor's message at run time and an owner's
 * question at build time are read the same way.
 */

/** Discourse words a clause may open with before it asks ("so how long…", "and is it safe"). */
const OPENERS = '(?:(?:so|and|but|or|ok|okay|also|then|well|like|now|hey|hi|um+|uh+)\\s+)*';
/** A wh-word opens the clause ("how long…", "wat are…", "y do i…"). */
const WH = new RegExp(`^${OPENERS}(?:what|whats|what's|wat|which|who|whom|whose|where|when|why|y|how|hw)\\b`);
/** Auxiliary inversion: the clause opens with its verb ("does it wear off", "r ther long term …"). */
const INVERTED = new RegExp(`^${OPENERS}(?:is|are|am|r|can|could|does|do|did|will|would|should|may|might|has|have|was|were|isn't|aren't|can't|doesn't|don't|won't)\\b`);

/** Clause ends: sentence marks, ";", ":", ",", and a dash between spaces (not "half-life"). */
const CLAUSE_SPLIT = /(?<=[.!?;:,])\s+|\s+[-–—]\s+/;

/** The clauses of a message, each with its own end mark kept. */
export function clausesOf(normalized: string): string[] {
  return normalized
    .split(CLAUSE_SPLIT)
    .map((c) => c.trim())
    .filter((c) => /[a-z0-9]/.test(c));
}

/** A clause that asks by its form: a wh-word or an inverted auxiliary first. */
export function asksByForm(clause: string): boolean {
  return WH.test(clause) || INVERTED.test(clause);
}

/**
 * The clause that asks, when the message has several: the last one that asks by its form, else the
 * last one ending in "?". Null for a one-clause message, or when no clause asks (a keyword query:
 * the whole message is the question).
 *
 * @example askingClause('my baby is 2 weeks old, how long does it last?') // 'how long does it last?'
 */
export function askingClause(normalized: string): string | null {
  const clauses = clausesOf(normalized);
  if (clauses.length < 2) return null;
  for (let i = clauses.length - 1; i >= 0; i -= 1) if (asksByForm(clauses[i]!)) return clauses[i]!;
  for (let i = clauses.length - 1; i >= 0; i -= 1) if (/\?\s*$/.test(clauses[i]!)) return clauses[i]!;
  return null;
}
