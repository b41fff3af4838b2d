/**
 * The algebra of literal factors (factors.ts): what one piece of a pattern can match as far as
 * literal strings go, and how alternation, sequence and repetition combine those sets, bounded so
 * start-up stays cheap.
 */

/** What one piece of a pattern can match, as far as literal strings go. */
export interface Info {
  /** Every string the piece can match, when that set is finite and small; else null. */
  exact: Set<string> | null;
  /** Every match starts with one of these (`{''}` = nothing known). */
  prefix: Set<string>;
  /** Every match ends with one of these. */
  suffix: Set<string>;
  /** Factor sets, best first: every match contains a member of EACH of them. */
  must: Set<string>[];
  /** A lookahead `(?=…)`: what follows starts with one of these; it matches no characters. */
  ahead?: Set<string>;
}

/** Bigger cross products stop being useful and cost start-up time. */
const LIMIT = 128;
/** Factor sets kept per piece. */
const KEEP = 4;
/** Past this length a literal is rare enough; among such sets the smaller one is the better. Long
 * enough that a set of short common words never wins over a longer, rarer one (a smaller scan). */
const ENOUGH = 12;

const NOTHING = (): Set<string> => new Set(['']);

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/**
 * A smaller set that keeps the property: each member cut to its first (or last) `k` characters,
 * `k` as long as the set stays within LIMIT. A piece of a necessary string is still necessary.
 */
function compact(s: Set<string>, fromEnd = false): Set<string> {
  if (s.size <= LIMIT) return s;
  const cutAt = (k: number): Set<string> => {
    const cut = new Set<string>();
    for (const x of s) cut.add(fromEnd ? x.slice(-k) : x.slice(0, k));
    return cut;
  };
  // The number of distinct cuts grows with k: binary search for the longest cut that fits.
  let lo = 0;
  let hi = 0;
  for (const x of s) hi = Math.max(hi, x.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cutAt(mid).size <= LIMIT) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? cutAt(lo) : NOTHING();
}

/** A set's worth as a filter: its shortest member, capped (a set holding '' filters nothing). */
function score(s: Set<string>): number {
  let min = s.size === 0 ? 0 : ENOUGH;
  for (const x of s) if (x.length < min) min = x.length;
  return min;
}
/** 1 when every member starts at a word (a leading space): the regex engine then only tries the
 * text's spaces, several times faster than trying every character. */
function anchored(s: Set<string>): number {
  for (const x of s) if (x[0] !== ' ') return 0;
  return 1;
}

/** A cheap fingerprint of a set with the spaces at its members' ends ignored (a collision only
 * costs a factor set, never soundness). */
function shapeOf(s: Set<string>): string {
  let lo = '\uffff';
  let hi = '';
  let chars = 0;
  for (const x of s) {
    const t = x.trim();
    if (t < lo) lo = t;
    if (t > hi) hi = t;
    chars += t.length;
  }
  return `${lo}\u0000${hi}\u0000${chars}`;
}

/**
 * The best KEEP useful factor sets, one per shape: sets that differ only in the spaces at their
 * ends are the same factor, so the list keeps room for a factor from another part of the pattern.
 */
export function rank(candidates: Set<string>[]): Set<string>[] {
  // Most useful first: a long enough word-anchored set, then the longest shortest member, then the
  // smaller set.
  const worth = candidates
    .map((set) => ({ set, score: score(set) }))
    .filter((c) => c.score > 1)
    .map((c) => ({ ...c, anchored: c.score >= 4 ? anchored(c.set) : 0 }))
    .sort((a, b) => b.anchored - a.anchored || b.score - a.score || a.set.size - b.set.size);
  const seen = new Set<string>();
  const out: Set<string>[] = [];
  for (const { set } of worth) {
    const key = shapeOf(set);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(set);
    if (out.length === KEEP) break;
  }
  return out;
}

export function literal(s: string): Info {
  const e = new Set([s]);
  return { exact: e, prefix: e, suffix: e, must: s.length > 1 ? [e] : [] };
}
export const ZERO_WIDTH = (): Info => literal('');
export const ANY_CHAR = (): Info => ({ exact: null, prefix: NOTHING(), suffix: NOTHING(), must: [] });

export function alternation(alts: Info[]): Info {
  const union = (pick: (i: Info) => Set<string> | null): Set<string> | null => {
    const out = new Set<string>();
    for (const a of alts) {
      const s = pick(a);
      if (!s) return null;
      for (const x of s) out.add(x);
    }
    return out;
  };
  const exact = union((a) => a.exact);
  // Each alternative contributes its best factor; one without any makes the union useless.
  const must = alts.every((a) => a.must.length > 0) ? rank([compact(union((a) => a.must[0]!)!)]) : [];
  return {
    exact: exact && exact.size <= LIMIT ? exact : null,
    prefix: compact(union((a) => a.prefix)!),
    suffix: compact(union((a) => a.suffix)!, true),
    must,
  };
}

export function sequence(items: Info[]): Info {
  if (items.length === 1) return items[0]!;
  let exact: Set<string> | null = NOTHING();
  for (const p of items) if (!p.ahead) exact = exact && p.exact ? cross(exact, p.exact) : null;
  // prefix: exact pieces from the left, then the first inexact piece's prefix.
  let prefix = NOTHING();
  for (const p of items) {
    if (p.ahead) continue;
    const next = cross(prefix, p.exact ?? p.prefix);
    if (!next) break;
    prefix = next;
    if (!p.exact) break;
  }
  let suffix = NOTHING();
  for (let i = items.length - 1; i >= 0; i--) {
    const p = items[i]!;
    if (p.ahead) continue;
    const next = cross(p.exact ?? p.suffix, suffix);
    if (!next) break;
    suffix = next;
    if (!p.exact) break;
  }
  // must: each piece's own factors, and every run of exact pieces, widened on the left by the
  // suffix of the inexact piece before it and on the right by the prefix of the one after it (or
  // by a lookahead). One pass: a run that grows too big starts again at the piece that overflowed.
  const must: Set<string>[] = exact ? [exact] : [];
  for (const p of items) must.push(...p.must);
  let run = NOTHING();
  for (const p of items) {
    if (p.ahead) {
      const ahead = cross(run, p.ahead);
      if (ahead) must.push(ahead);
      continue;
    }
    const next = cross(run, p.exact ?? p.prefix);
    if (next) must.push(next);
    run = p.exact ? (next ?? p.exact) : p.suffix;
  }
  return { exact, prefix, suffix, must: rank(must) };
}

export function repeat(child: Info, min: number, max: number): Info {
  if (child.ahead) return ZERO_WIDTH();
  let exact: Set<string> | null = null;
  if (child.exact && Number.isFinite(max)) {
    exact = new Set<string>();
    let power: Set<string> | null = NOTHING();
    for (let k = 0; k <= max; k++) {
      if (!power) {
        exact = null;
        break;
      }
      if (k >= min) for (const x of power) exact.add(x);
      if (exact.size > LIMIT) {
        exact = null;
        break;
      }
      if (k < max) power = cross(power, child.exact);
    }
  }
  if (min === 0) {
    const withEmpty = (s: Set<string>): Set<string> => new Set([...s, '']);
    return { exact, prefix: withEmpty(child.prefix), suffix: withEmpty(child.suffix), must: [] };
  }
  return { exact, prefix: child.prefix, suffix: child.suffix, must: child.must };
}
