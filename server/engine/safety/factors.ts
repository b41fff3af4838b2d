/**
 * Literal strings derived from a regular expression's own source, for the safety gate's prefilter
 * (safety-prefilter.ts): "factors", as in code-search prefilters, are sets of literals such that
 * EVERY match of the pattern contains a member of each set; "prefixes" are the strings every match
 * starts with. Sound by construction: a text without a member of some factor set cannot match. A
 * pattern that cannot be bounded yields no factors ("always run it"), never a guessed list, and
 * syntax the reader does not know is refused loudly, so a new rule can make the prefilter slower
 * but never blind.
 */

/** What one piece of a pattern can match, as far as literal strings go. */
interface Info {
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
function rank(candidates: Set<string>[]): Set<string>[] {
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

function literal(s: string): Info {
  const e = new Set([s]);
  return { exact: e, prefix: e, suffix: e, must: s.length > 1 ? [e] : [] };
}
const ZERO_WIDTH = (): Info => literal('');
const ANY_CHAR = (): Info => ({ exact: null, prefix: NOTHING(), suffix: NOTHING(), must: [] });

function alternation(alts: Info[]): Info {
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

function sequence(items: Info[]): Info {
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

function repeat(child: Info, min: number, max: number): Info {
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

/** Derived groups by source: macros repeat the same groups across patterns. */
const GROUPS = new Map<string, Info>();
const SPECIAL = new Set([...'()[]{}\\.^$|?*+']);
const QUANTIFIER = new Set([...'?*+{']);
const BRACES = /\{(\d+)(,(\d*))?\}/y;

/** Index just past the `)` that closes the group opened at `open` (escapes and classes skipped). */
export function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`faqchat: prefilter found an unclosed group: ${src}`);
}

/**
 * Recursive-descent reader for the regular-expression syntax the lexicon uses. What it does not
 * know it reads as "any character" (sound, only less precise) or refuses loudly.
 */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Error(`faqchat: prefilter could not read pattern at ${this.i}: ${this.src}`);
    return info;
  }

  private alternation(): Info {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : alternation(alts);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    let text = ''; // a run of plain characters is one literal
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const c = this.src[this.i]!;
      if (!SPECIAL.has(c) && !QUANTIFIER.has(this.src[this.i + 1] ?? '')) {
        text += c;
        this.i++;
        continue;
      }
      if (text) parts.push(literal(text));
      text = '';
      parts.push(this.quantified(this.atom()));
    }
    if (text) parts.push(literal(text));
    return parts.length === 0 ? ZERO_WIDTH() : sequence(parts);
  }

  private quantified(atom: Info): Info {
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      BRACES.lastIndex = this.i;
      const m = BRACES.exec(this.src);
      if (!m) throw new Error(`faqchat: prefilter cannot read "{" at ${this.i}: ${this.src}`);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: the same strings
    return this.quantified(repeat(atom, min, max));
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '.') return ANY_CHAR();
    if (c === '^' || c === '$') return ZERO_WIDTH();
    if (SPECIAL.has(c)) throw new Error(`faqchat: prefilter cannot read "${c}" at ${this.i - 1}: ${this.src}`);
    return literal(c);
  }

  private group(): Info {
    const key = this.src.slice(this.i - 1, closingParen(this.src, this.i - 1));
    let info = GROUPS.get(key);
    if (info) this.i += key.length - 1;
    else GROUPS.set(key, (info = this.groupBody()));
    return info;
  }

  private groupBody(): Info {
    let kind: 'group' | 'ahead' | 'skip' = 'group';
    const rest = this.src.slice(this.i, this.i + 3);
    if (rest.startsWith('?:')) this.i += 2;
    else if (rest.startsWith('?=')) [kind, this.i] = ['ahead', this.i + 2];
    else if (rest.startsWith('?!')) [kind, this.i] = ['skip', this.i + 2];
    else if (rest === '?<=' || rest === '?<!') [kind, this.i] = ['skip', this.i + 3];
    else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
    else if (rest.startsWith('?')) throw new Error(`faqchat: prefilter cannot read group at ${this.i}: ${this.src}`);
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Error(`faqchat: prefilter found an unclosed group: ${this.src}`);
    if (kind === 'skip') return ZERO_WIDTH(); // negative or behind: no characters of the match
    if (kind === 'ahead') return { ...ZERO_WIDTH(), ahead: inner.prefix };
    return inner;
  }

  private charClass(): Info {
    // Which characters a class allows is never needed: it reads as any character.
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    if (this.src[this.i++] !== ']') throw new Error(`faqchat: prefilter found an unclosed class: ${this.src}`);
    return ANY_CHAR();
  }

  private escape(): Info {
    const c = this.src[this.i++]!;
    if (c === 'b' || c === 'B') return ZERO_WIDTH();
    if (/[dDwWsS]/.test(c)) return ANY_CHAR();
    if (/[\p{L}\p{N}]/u.test(c) && c !== 'n' && c !== 't') throw new Error(`faqchat: prefilter cannot read escape \\${c}: ${this.src}`);
    return literal(c === 'n' ? '\n' : c === 't' ? '\t' : c);
  }
}

export const byLength = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : 1);

/**
 * The factor sets of a pattern, most useful first: every match of `re` contains a member of EACH
 * set. Empty when no useful set exists (the caller must then always run the pattern).
 *
 * @example factorsOf(/ (?:kill|hurt) (?:myself|me)/)[0] // [' kill myself', ' hurt myself', ' kill me', ' hurt me']
 */
export function factorsOf(re: RegExp): string[][] {
  if (/[imsuvx]/.test(re.flags)) throw new Error(`faqchat: prefilter cannot derive triggers for flags "${re.flags}"`);
  const info = new Reader(re.source).parse();
  return rank(info.exact ? [info.exact, ...info.must] : info.must).map((s) => [...s].sort(byLength));
}

/**
 * The strings every match of `re` starts with (each match starts with one of them), or null when
 * some match may start with anything.
 *
 * @example prefixesOf(/\b(?:hi+|good (?:morning|day))\b/) // ['hi', 'good morning', 'good day']
 */
export function prefixesOf(re: RegExp): string[] | null {
  if (/[imsuvx]/.test(re.flags)) throw new Error(`faqchat: prefilter cannot derive prefixes for flags "${re.flags}"`);
  const { prefix } = new Reader(re.source).parse();
  return [...prefix].some((p) => p === '') ? null : [...prefix].sort(byLength);
}
