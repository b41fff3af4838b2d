/**
 * Literal strings derived from a regular expression's own source, for the safety gate's prefilter
 * (safety-prefilter.ts): "factors", as in code-search prefilters, are sets of literals such that
 * EVERY match of the pattern contains a member of each set; "prefixes" are the strings every match
 * starts with. Sound by construction: a text without a member of some factor set cannot match. A
 * pattern that cannot be bounded yields no factors ("always run it"), never a guessed list, and
 * syntax the reader does not know is refused loudly, so a new rule can make the prefilter slower
 * but never blind.
 */
import { alternation, ANY_CHAR, type Info, literal, rank, repeat, sequence, ZERO_WIDTH } from './factor-sets.ts';

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
