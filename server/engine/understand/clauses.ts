/** Clauses of a message: which clause each token stands in, from the one wink pass. */
import type { Analysis } from '../types.ts';

/** Punctuation that ends a clause: "dead tired, how long does it last" is a remark, then a question. */
const CLAUSE_END = new Set([',', ';', ':', '.', '?', '!', '(', ')']);

/**
 * Clause index of each token: a new clause after clause punctuation or a sentence boundary, found
 * by walking the tokens through the normalised text (no second wink pass).
 */
export function tokenSentences(a: Pick<Analysis, 'normalized' | 'tokens' | 'sentences' | 'types'> & { sentenceCount?: number }): number[] {
  const out = new Array<number>(a.tokens.length).fill(0);
  const ends: number[] = [];
  let from = 0;
  // With one sentence no boundary is ever passed: its text need not be read from the parse.
  const sentences = (a.sentenceCount ?? 2) > 1 ? a.sentences : [];
  for (const s of sentences) {
    const at = a.normalized.indexOf(s.trim(), from);
    if (at < 0) break;
    from = at + s.trim().length;
    ends.push(from);
  }
  let pos = 0;
  let k = 0;
  let clause = 0;
  // Token positions matter only for a boundary to pass or a dash to check.
  const track = ends.length > 1 || a.tokens.includes('-');
  const types = a.types;
  for (let i = 0; i < a.tokens.length; i += 1) {
    const tok = a.tokens[i]!;
    let at = -1;
    if (track) {
      at = a.normalized.indexOf(tok, pos);
      if (at >= 0) pos = at + tok.length;
      while (k < ends.length - 1 && pos > ends[k]!) {
        k += 1;
        clause += 1;
      }
    }
    out[i] = clause;
    // A dash ends a clause only between spaces ("appointment - what does…"), not in "half-life".
    const dash = tok === '-' && at > 0 && a.normalized[at - 1] === ' ' && a.normalized[at + 1] === ' ';
    if (types[i] === 'punctuation' && (CLAUSE_END.has(tok) || dash)) clause += 1;
  }
  return out;
}
