/**
 * Which of a fixed list of literal strings occur in a text, all found in one pass (Aho–Corasick over
 * UTF-16 code units, the units a regular expression without the `u` flag compares). The automaton
 * lives in flat typed arrays: a search reads a few entries per character, where a compiled
 * alternation of thousands of literals is a large piece of machine code that falls out of the CPU's
 * caches between messages.
 */

/** Nodes with more children than this find a child by binary search instead of a linear walk. */
const LINEAR = 8;

/** A node's record in `table`, at its address: FAIL, REPORT, TERM, COUNT, then COUNT pairs
 * (character, child address) sorted by character. */
const FAIL = 0;
const REPORT = 1;
const TERM = 2;
const COUNT = 3;
const EDGES = 4;

export class LiteralSearch {
  /**
   * The automaton, one record per node (layout above) in depth-first order: a node's first child
   * follows it, so reading along a literal walks forward through memory instead of jumping between
   * arrays. FAIL is the address of the longest proper suffix of the node's path that is a path of
   * the trie; REPORT the nearest node on its fail chain, itself included, where a literal ends
   * (0, the root: none); TERM the literal that ends at the node (-1: none). The root is at 0.
   */
  private readonly table: Int32Array;
  /** The root's child address per ASCII character (-1: none): after a failure the search is at the root. */
  private readonly rootAscii: Int32Array;
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
    const kidsOf = (n: number): number[] => {
      const kids: number[] = [];
      for (let c = first[n]!; c >= 0; c = sibling[c]!) kids.push(c);
      return kids.sort((x, y) => char[x]! - char[y]!);
    };
    // Addresses in depth-first order.
    const address = new Int32Array(char.length);
    let size = 0;
    const stack = [0];
    while (stack.length > 0) {
      const n = stack.pop()!;
      const kids = kidsOf(n);
      address[n] = size;
      size += EDGES + 2 * kids.length;
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
    }
    const table = new Int32Array(size);
    for (let n = 0; n < char.length; n++) {
      const at = address[n]!;
      const kids = kidsOf(n);
      table[at + TERM] = term[n]!;
      table[at + COUNT] = kids.length;
      kids.forEach((kid, k) => {
        table[at + EDGES + 2 * k] = char[kid]!;
        table[at + EDGES + 2 * k + 1] = address[kid]!;
      });
    }
    this.table = table;
    this.rootAscii = new Int32Array(128).fill(-1);
    for (let k = 0; k < table[COUNT]!; k++) if (table[EDGES + 2 * k]! < 128) this.rootAscii[table[EDGES + 2 * k]!] = table[EDGES + 2 * k + 1]!;
    // Fail and report links, breadth first (a node's fail node is shallower, so already linked).
    // The root's children fail to the root (FAIL is 0 already).
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head]!;
      if (at !== 0) table[at + REPORT] = table[at + TERM]! >= 0 ? at : table[table[at + FAIL]! + REPORT]!;
      for (let k = 0; k < table[at + COUNT]!; k++) {
        const c = table[at + EDGES + 2 * k]!;
        const kid = table[at + EDGES + 2 * k + 1]!;
        queue.push(kid);
        if (at === 0) continue;
        let f = table[at + FAIL]!;
        let to = this.child(f, c);
        while (to < 0 && f !== 0) {
          f = table[f + FAIL]!;
          to = this.child(f, c);
        }
        table[kid + FAIL] = to < 0 ? 0 : to;
      }
    }
    this.seen = new Uint32Array(literals.length);
    this.found = new Int32Array(literals.length);
  }

  /** The address of the child of the node at `at` along character `c`, or -1. */
  private child(at: number, c: number): number {
    if (at === 0 && c < 128) return this.rootAscii[c]!;
    const table = this.table;
    const count = table[at + COUNT]!;
    let lo = at + EDGES;
    if (count <= LINEAR) {
      for (const end = lo + 2 * count; lo < end; lo += 2) if (table[lo] === c) return table[lo + 1]!;
      return -1;
    }
    let l = 0;
    let h = count;
    while (l < h) {
      const mid = (l + h) >> 1;
      const m = table[lo + 2 * mid]!;
      if (m === c) return table[lo + 2 * mid + 1]!;
      if (m < c) l = mid + 1;
      else h = mid;
    }
    return -1;
  }

  /** Finds every literal in `text`: returns how many distinct ones, listed in `found`. */
  find(text: string): number {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { seen, stamp, found, table } = this;
    let count = 0;
    let at = 0;
    for (let p = 0; p < text.length; p++) {
      const c = text.charCodeAt(p);
      let to = this.child(at, c);
      while (to < 0 && at !== 0) {
        at = table[at + FAIL]!;
        to = this.child(at, c);
      }
      at = to < 0 ? 0 : to;
      for (let r = table[at + REPORT]!; r !== 0; r = table[table[r + FAIL]! + REPORT]!) {
        const id = table[r + TERM]!;
        if (seen[id] !== stamp) {
          seen[id] = stamp;
          found[count++] = id;
        }
      }
    }
    return count;
  }
}
