/**
 * The safety gate's prefilter: one literal scan over a message names the lexicon patterns that CAN
 * match it (from their factors, safety-factors.ts), so the gate runs only those; most questions
 * run none. Also `anyOf`, one union test in front of a list of patterns.
 */
import { byLength, closingParen, factorsOf } from './factors.ts';

const SPECIAL_CHARS = /[.*+?^${}()|[\]\\/]/;
const escape = (s: string): string => (SPECIAL_CHARS.test(s) ? s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : s);

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

const newTrie = (): Trie => ({ end: false, next: new Map() });

/** Adds a literal; returns the node where it ends, or the node of a shorter literal it extends. */
function insert(root: Trie, literal: string): Trie {
  let n = root;
  for (const c of literal) {
    if (n.end) return n;
    let child = n.next.get(c);
    if (!child) n.next.set(c, (child = newTrie()));
    n = child;
  }
  n.end = true;
  n.next.clear();
  return n;
}

/** The literals as one alternation shaped like a trie (" w(?:ant|ish)"): the regex engine then
 * rejects a position after a character or two instead of trying every literal there. A literal
 * that extends another adds nothing to an "any of them" test and is dropped. */
function trieSource(node: Trie): string {
  if (node.end) return '';
  const alts: string[] = [];
  for (const [c, child] of node.next) {
    let run = escape(c);
    let n = child;
    while (!n.end && n.next.size === 1) {
      const [c2, only] = [...n.next][0]!;
      run += escape(c2);
      n = only;
    }
    alts.push(run + trieSource(n));
  }
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/** One test that is true when a text contains any of `literals`. */
export function literalTest(literals: readonly string[]): RegExp {
  const root = newTrie();
  for (const lit of literals) insert(root, lit);
  return new RegExp(root.end ? '' : trieSource(root));
}

/**
 * A cheap necessary condition for a list of patterns, derived from their own sources.
 * `candidates(text)` lists, in order, the patterns that may match `text`: one literal scan over
 * every pattern's best factor set names the patterns whose best set is present, then each of those
 * must also show a member of each of its other factor sets. A pattern left out cannot match. A
 * pattern without factors is always listed.
 */
export interface Prefilter {
  candidates(text: string): readonly number[];
  /** The literals of the scan (each pattern's best factor set), for tests and diagnostics. */
  readonly triggers: readonly string[];
  /** Per pattern, its factor sets (empty: no factors, always a candidate). */
  readonly factors: ReadonlyArray<readonly string[][]>;
}

interface Built {
  factors: string[][][];
  triggers: string[];
  /** Global; scanned one start position at a time, so overlapping literals are all seen. Several
   * when the literals are many: one huge alternation runs far slower than a few smaller ones. */
  scans: RegExp[];
  /** Minimal literal found → the patterns whose best set holds it or a literal extending it. */
  owners: Map<string, number[]>;
  /** Patterns without factors: always candidates. */
  always: number[];
  /** Per pattern: does finding its owned literal prove its best set present? */
  firstProven: boolean[];
  /** Per pattern, a test per other factor set (compiled on first use). */
  rest: Array<RegExp[] | undefined>;
}

const NONE: readonly number[] = Object.freeze([]);

/** Literals per scanning expression (V8 runs a few mid-sized alternations much faster than one huge one). */
const PER_SCAN = 500;

/** The literals in alphabetical runs of at most PER_SCAN, so each run's trie stays compact. */
function chunked(triggers: readonly string[]): string[][] {
  const sorted = [...triggers].sort();
  const out: string[][] = [];
  for (let i = 0; i < sorted.length; i += PER_SCAN) out.push(sorted.slice(i, i + PER_SCAN));
  return out.length > 0 ? out : [[]];
}

/** A scan set larger than this makes the one literal scan slow; a smaller set of the pattern's is scanned instead. */
const SCAN_SET = 16;

/** Puts first the set the scan looks for: the best one, unless it is large and a small one exists. */
function scanFirst(sets: string[][]): string[][] {
  if (sets.length < 2 || sets[0]!.length <= SCAN_SET) return sets;
  const i = sets.findIndex((set) => set.length <= SCAN_SET && set.every((lit) => lit.trim().length >= 4));
  return i <= 0 ? sets : [sets[i]!, ...sets.filter((_, j) => j !== i)];
}

function derive(patterns: readonly RegExp[]): Built {
  const factors = patterns.map((re) => {
    try {
      return scanFirst(factorsOf(re));
    } catch {
      return []; // unreadable: always run it (the safety tests assert this never happens)
    }
  });
  const triggers = [...new Set(factors.flatMap((f) => f[0] ?? []))].sort(byLength);
  const root = newTrie();
  for (const t of triggers) insert(root, t);
  // Each pattern owns the minimal literal each of its best-set literals starts with. When one of
  // them is only a start of its literal, finding it does not prove the best set present.
  const ownersOf = new Map<Trie, Set<number>>();
  const firstProven = factors.map((f, i) =>
    (f[0] ?? []).map((lit) => {
      let n = root;
      let depth = 0;
      for (const c of lit) {
        if (n.end) break;
        n = n.next.get(c)!;
        depth++;
      }
      if (!ownersOf.has(n)) ownersOf.set(n, new Set());
      ownersOf.get(n)!.add(i);
      return depth === lit.length;
    }).every(Boolean),
  );
  const owners = new Map<string, number[]>();
  const walk = (n: Trie, path: string): void => {
    if (n.end) owners.set(path, [...ownersOf.get(n)!].sort((a, b) => a - b));
    for (const [c, child] of n.next) walk(child, path + c);
  };
  walk(root, '');
  return {
    factors,
    triggers,
    // Only the minimal literals (the trie's ends, the owners' keys): a literal that extends another
    // must never be what a scan reports, or its owners would not be found.
    scans: chunked([...owners.keys()]).map((part) => {
      const r = newTrie();
      for (const t of part) insert(r, t);
      return new RegExp(r.end ? '(?:)' : trieSource(r), 'g');
    }),
    owners,
    always: factors.flatMap((f, i) => (f.length === 0 ? [i] : [])),
    firstProven,
    rest: [],
  };
}

/** True when every text holding a member of `a` holds a member of `b` (each member of `a`
 * contains one of `b`); checked only for small sets (a miss merely keeps a redundant test). */
function implies(a: readonly string[], b: readonly string[]): boolean {
  if (a.length * b.length > 4096) return false;
  return a.every((x) => b.some((y) => x.includes(y)));
}

/** Tests for a pattern's factor sets after the first (which the scan found, or found a start of:
 * then it is tested too), skipping sets the first implies, last first: the lower-ranked sets come
 * from other parts of the pattern ("want" found, is there a "die"?), so an ordinary text fails at
 * the first test. */
function gatesOf(sets: readonly string[][], firstProven: boolean): RegExp[] {
  const rest = sets.slice(1).filter((set) => !implies(sets[0]!, set)).reverse();
  return (firstProven ? rest : [...rest, sets[0]!]).map((set) => literalTest(set));
}

/**
 * Builds the prefilter of `patterns`. The derivation (~30 ms of cold code) runs on first use, not
 * at start-up; a pattern it cannot read gets no factors and is always a candidate (slower, never
 * blind).
 */
export function prefilterOf(patterns: readonly RegExp[]): Prefilter {
  let built: Built | undefined;
  const build = (): Built => (built ??= derive(patterns));
  return {
    candidates(text: string): readonly number[] {
      const b = build();
      let found: Set<number> | undefined;
      for (const scan of b.scans) {
        scan.lastIndex = 0;
        for (let m = scan.exec(text); m; m = scan.exec(text)) {
          found ??= new Set<number>(b.always);
          for (const i of b.owners.get(m[0]) ?? NONE) found.add(i);
          scan.lastIndex = m.index + 1; // the next start position: overlapping literals count too
        }
      }
      if (!found && b.always.length === 0) return NONE; // the common case: every scan failed
      found ??= new Set<number>(b.always);
      const out: number[] = [];
      for (const i of found) {
        const rest = (b.rest[i] ??= gatesOf(b.factors[i]!, b.firstProven[i]!));
        let ok = true;
        for (let k = 0; ok && k < rest.length; k++) ok = rest[k]!.test(text);
        if (ok) out.push(i);
      }
      return out.sort((x, y) => x - y);
    },
    get triggers() {
      return build().triggers;
    },
    get factors() {
      return build().factors;
    },
  };
}

/**
 * One regular expression that matches where any of `res` matches (their union), for a single test
 * before running them one by one. Patterns that share a frame, `P(?:X)S` with the same P and S
 * (the lexicons' " (?:…)(?= )" and "\\b(?:…)\\b"), are merged into `P(?:X1|X2|…)S`: the engine
 * then checks P once per position instead of once per pattern. Flags are dropped (tests only).
 *
 * @example anyOf([/ (?:dose|mg)(?= )/, / (?:stop|quit)(?= )/]).source // " (?:dose|mg|stop|quit)(?= )"
 */
export function anyOf(res: readonly RegExp[]): RegExp {
  if (res.some((re) => /[^gy]/.test(re.flags))) throw new Error('faqchat: anyOf takes patterns without flags other than g');
  const frames = res.map((re) => {
    const src = re.source;
    const open = src.indexOf('(?:');
    if (open < 0) return null;
    const close = closingParen(src, open);
    return { head: src.slice(0, open), inner: src.slice(open + 3, close - 1), tail: src.slice(close) };
  });
  const first = frames[0];
  // Only a plain frame (no group or alternation of its own, bar a final "(?= )") merges exactly.
  const framed =
    first &&
    !/[()|]/.test(first.head + first.tail.replace(/^\(\?= \)$/, '')) &&
    frames.every((f) => f && f.head === first.head && f.tail === first.tail);
  if (framed) return new RegExp(`${first.head}(?:${frames.map((f) => f!.inner).join('|')})${first.tail}`);
  return new RegExp(res.map((re) => `(?:${re.source})`).join('|'));
}
