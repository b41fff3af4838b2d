/**
 * Which of a fixed list of literal strings occur in a text, all found in one pass (Aho–Corasick over
 * UTF-16 code units, the units a regular expression without the `u` flag compares). The automaton
 * lives in flat typed arrays: a search reads a few entries per character, where a compiled
 * alternation of thousands of literals is a large piece of machine code that falls out of the CPU's
 * caches between messages.
 */

/** Nodes with more children than this find a child by binary search instead of a linear walk. */
const LINEAR = 8;

/** Fields of a node in `nodes`: its children's range in `edges`, its fail link, its report link. */
const START = 0;
const END = 1;
const FAIL = 2;
const REPORT = 3;
const STRIDE = 4;

export class LiteralSearch {
  /** Per node (breadth-first order, so the often-visited shallow nodes share cache lines), STRIDE
   * fields: START/END (its children in `edges`, sorted by character), FAIL (the longest proper
   * suffix of its path that is a path of the trie), REPORT (the nearest node on its fail chain,
   * itself included, where a literal ends; 0: none). */
  private readonly nodes: Int32Array;
  /** Pairs (character, child node). */
  private readonly edges: Int32Array;
  /** The root's child per ASCII character (-1: none); after a failure the search is at the root. */
  private readonly rootAscii: Int32Array;
  /** Per node, the literal that ends there (-1: none). */
  private readonly term: Int32Array;
  /** `seen[id] === stamp`: literal `id` was found by the latest `find`. */
  private readonly seen: Uint32Array;
  private stamp = 0;
  /** The distinct literals the latest `find` found, `found[0..count)`. */
  readonly found: Int32Array;

  /** `literals[id]`, non-empty and distinct. */
  constructor(literals: readonly string[]) {
    // The trie as sibling lists while it grows.
    const first: number[] = [-1];
    const sibling: number[] = [-1];
    const char: number[] = [0];
    const term: number[] = [-1];
    literals.forEach((lit, id) => {
      if (lit === '') throw new Error('faqchat: LiteralSearch takes non-empty literals');
      let n = 0;
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        let child = first[n]!;
        while (child >= 0 && char[child] !== c) child = sibling[child]!;
        if (child < 0) {
          child = char.length;
          first.push(-1);
          char.push(c);
          term.push(-1);
          sibling.push(first[n]!);
          first[n] = child;
        }
        n = child;
      }
      term[n] = id;
    });
    const count = char.length;
    // Breadth-first numbering: node `k` of the growing trie becomes `number[k]`.
    const order: number[] = [0];
    for (let head = 0; head < order.length; head++) {
      const kids: number[] = [];
      for (let c = first[order[head]!]!; c >= 0; c = sibling[c]!) kids.push(c);
      kids.sort((x, y) => char[x]! - char[y]!);
      for (const k of kids) order.push(k);
    }
    const number = new Int32Array(count);
    order.forEach((k, i) => (number[k] = i));
    const nodes = new Int32Array(count * STRIDE);
    const edges = new Int32Array(2 * (count - 1));
    this.term = new Int32Array(count);
    let at = 0;
    order.forEach((k, n) => {
      this.term[n] = term[k]!;
      nodes[n * STRIDE + START] = at;
      const kids: number[] = [];
      for (let c = first[k]!; c >= 0; c = sibling[c]!) kids.push(c);
      kids.sort((x, y) => char[x]! - char[y]!);
      for (const kid of kids) {
        edges[at++] = char[kid]!;
        edges[at++] = number[kid]!;
      }
      nodes[n * STRIDE + END] = at;
    });
    this.nodes = nodes;
    this.edges = edges;
    this.rootAscii = new Int32Array(128).fill(-1);
    for (let e = nodes[START]!; e < nodes[END]!; e += 2) if (edges[e]! < 128) this.rootAscii[edges[e]!] = edges[e + 1]!;
    // Fail and report links, breadth first (a node's fail node is shallower, so already linked).
    // The root's children fail to the root (FAIL is 0 already).
    for (let n = 1; n < count; n++) {
      const base = n * STRIDE;
      for (let e = nodes[base + START]!; e < nodes[base + END]!; e += 2) {
        const c = edges[e]!;
        const kid = edges[e + 1]!;
        let f = nodes[base + FAIL]!;
        let to = this.child(f, c);
        while (to < 0 && f !== 0) {
          f = nodes[f * STRIDE + FAIL]!;
          to = this.child(f, c);
        }
        nodes[kid * STRIDE + FAIL] = to < 0 ? 0 : to;
      }
      nodes[base + REPORT] = this.term[n]! >= 0 ? n : nodes[nodes[base + FAIL]! * STRIDE + REPORT]!;
    }
    this.seen = new Uint32Array(literals.length);
    this.found = new Int32Array(literals.length);
  }

  /** The child of node `n` along character `c`, or -1. */
  private child(n: number, c: number): number {
    if (n === 0 && c < 128) return this.rootAscii[c]!;
    const edges = this.edges;
    let lo = this.nodes[n * STRIDE + START]!;
    let hi = this.nodes[n * STRIDE + END]!;
    if (hi - lo <= 2 * LINEAR) {
      for (; lo < hi; lo += 2) if (edges[lo] === c) return edges[lo + 1]!;
      return -1;
    }
    lo >>= 1;
    hi >>= 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = edges[2 * mid]!;
      if (m === c) return edges[2 * mid + 1]!;
      if (m < c) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Finds every literal in `text`: returns how many distinct ones, listed in `found`. */
  find(text: string): number {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { seen, stamp, found, nodes, term } = this;
    let count = 0;
    let n = 0;
    for (let p = 0; p < text.length; p++) {
      const c = text.charCodeAt(p);
      let to = this.child(n, c);
      while (to < 0 && n !== 0) {
        n = nodes[n * STRIDE + FAIL]!;
        to = this.child(n, c);
      }
      n = to < 0 ? 0 : to;
      for (let r = nodes[n * STRIDE + REPORT]!; r !== 0; r = nodes[nodes[r * STRIDE + FAIL]! * STRIDE + REPORT]!) {
        const id = term[r]!;
        if (seen[id] !== stamp) {
          seen[id] = stamp;
          found[count++] = id;
        }
      }
    }
    return count;
  }
}
