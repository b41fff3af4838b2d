/**
 * The safety gate's prefilter: one literal scan over a message names the lexicon patterns that CAN
 * match it (from their factors, factors.ts), so the gate runs only those; most questions run none.
 * The scan is one pass of a literal automaton (literals.ts) over every factor literal at once, so
 * the tests after it are table reads, not regular expressions. Also `anyOf`, one union test in
 * front of a list of patterns.
 */
import { byLength, closingParen, factorsOf } from './factors.ts';
import { LiteralSearch } from './literals.ts';

/**
 * A cheap necessary condition for a list of patterns, derived from their own sources.
 * `candidates(text)` lists, in order, the patterns that may match `text`: the patterns whose best
 * factor set has a member in the text and each of whose other factor sets has one too. A pattern
 * left out cannot match. A pattern without factors is always listed.
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
  /** Every literal a candidate test reads, found in one pass. */
  search: LiteralSearch;
  /** Per literal id, `links[linkStart[id]..linkStart[id + 1])`: `i >= 0`, pattern i's scan set
   * (first factor set) holds the literal; `~g < 0`, gate set g holds it. Flat, so what a found
   * literal implies is one contiguous read. */
  linkStart: Int32Array;
  links: Int32Array;
  /** Patterns that are candidates without a literal found: no factors, or a scan set that holds ''. */
  always: number[];
  /** Per pattern, `gates[gateStart[i]..gateStart[i + 1])`: its other factor sets (those its scan
   * set does not imply; a set holding '' is left out, every text holds it), as gate set numbers. */
  gateStart: Int32Array;
  gates: Int32Array;
  /** Per pattern, the latest `candidates` call that listed it. */
  listed: Uint32Array;
  /** Per gate set, the latest `candidates` call that found a member of it. */
  held: Uint32Array;
  call: number;
}

const NONE: readonly number[] = Object.freeze([]);

/** A scan set larger than this makes the one literal scan slow; a smaller set of the pattern's is scanned instead. */
const SCAN_SET = 16;

/** Puts first the set the scan looks for: the best one, unless it is large and a small one exists. */
function scanFirst(sets: string[][]): string[][] {
  if (sets.length < 2 || sets[0]!.length <= SCAN_SET) return sets;
  const i = sets.findIndex((set) => set.length <= SCAN_SET && set.every((lit) => lit.trim().length >= 4));
  return i <= 0 ? sets : [sets[i]!, ...sets.filter((_, j) => j !== i)];
}

/** True when every text holding a member of `a` holds a member of `b` (each member of `a`
 * contains one of `b`); checked only for small sets (a miss merely keeps a redundant test). */
function implies(a: readonly string[], b: readonly string[]): boolean {
  if (a.length * b.length > 4096) return false;
  return a.every((x) => b.some((y) => x.includes(y)));
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
  const ids = new Map<string, number>();
  const idOf = (lit: string): number => {
    let id = ids.get(lit);
    if (id === undefined) ids.set(lit, (id = ids.size));
    return id;
  };
  const linked: number[][] = [];
  const link = (lit: string, v: number): number => (linked[idOf(lit)] ??= []).push(v);
  const always: number[] = [];
  const gateLists: number[][] = [];
  let sets = 0;
  factors.forEach((f, i) => {
    if (f.length === 0 || f[0]!.includes('')) always.push(i);
    else for (const lit of new Set(f[0]!)) link(lit, i);
    const rest = f.slice(1).filter((set) => !set.includes('') && !implies(f[0]!, set));
    gateLists.push(
      rest.map((set) => {
        for (const lit of new Set(set)) link(lit, ~sets);
        return sets++;
      }),
    );
  });
  const flat = (lists: ReadonlyArray<readonly number[] | undefined>, n: number): [Int32Array, Int32Array] => {
    const start = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) start[k + 1] = start[k]! + (lists[k]?.length ?? 0);
    const all = new Int32Array(start[n]!);
    for (let k = 0; k < n; k++) all.set(lists[k] ?? [], start[k]!);
    return [start, all];
  };
  const [linkStart, links] = flat(linked, ids.size);
  const [gateStart, gates] = flat(gateLists, patterns.length);
  return {
    factors,
    triggers,
    search: new LiteralSearch([...ids.keys()]),
    linkStart,
    links,
    always,
    gateStart,
    gates,
    listed: new Uint32Array(patterns.length),
    held: new Uint32Array(sets),
    call: 0,
  };
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
      const { search, linkStart, links, listed, held } = b;
      const count = search.find(text);
      if (count === 0 && b.always.length === 0) return NONE; // the common case: no literal at all
      const call = (b.call = (b.call + 1) >>> 0 || 1);
      const maybe: number[] = [];
      for (const i of b.always) {
        listed[i] = call;
        maybe.push(i);
      }
      for (let k = 0; k < count; k++) {
        const id = search.found[k]!;
        for (let j = linkStart[id]!, end = linkStart[id + 1]!; j < end; j++) {
          const v = links[j]!;
          if (v < 0) held[~v] = call;
          else if (listed[v] !== call) {
            listed[v] = call;
            maybe.push(v);
          }
        }
      }
      if (maybe.length === 0) return NONE;
      const { gateStart, gates } = b;
      const out: number[] = [];
      for (const i of maybe) {
        let ok = true;
        for (let j = gateStart[i]!, end = gateStart[i + 1]!; ok && j < end; j++) ok = held[gates[j]!] === call;
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
