/**
 * The safety gate's prefilter (server/engine/safety/prefilter.ts) skips the lexicon's patterns on messages
 * that cannot match them. It must be DERIVED from the lexicon (a pattern added tomorrow is covered
 * without anyone editing a trigger list) and SOUND (it never drops a pattern that matches). These
 * tests check both, the look-back cache, and the small-talk and referral shortcuts.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { factorsOf, prefixesOf } from '../../server/engine/safety/factors.ts';
import { anyOf, prefilterOf } from '../../server/engine/safety/prefilter.ts';
import { COMPILED, TOPIC } from '../../server/engine/safety/lexicon.ts';
import { viewOf, viewOfText, type View } from '../../server/engine/safety/view.ts';
import { LEM_FILTER, TOK_FILTER } from '../../server/engine/safety/gate.ts';
import { detectCrisis } from './detect.ts';
import { FILLER, PHRASES, detectSmalltalk, smalltalkOpening } from '../../server/engine/safety/smalltalk.ts';
import * as golden from '../golden/index.ts';

const LEM_RULES = COMPILED.filter((r) => r.on === 'lem');
const TOK_RULES = COMPILED.filter((r) => r.on === 'tok');

/** Every lexicon pattern that really matches a view (the reference: all patterns, no prefilter). */
function matching(v: View): { lem: number[]; tok: number[] } {
  const hit = (re: RegExp, s: string): boolean => {
    re.lastIndex = 0;
    const m = re.test(s);
    re.lastIndex = 0;
    return m;
  };
  return {
    lem: [...LEM_RULES.map((r) => r.re), TOPIC].flatMap((re, i) => (hit(re, v.lem) ? [i] : [])),
    tok: TOK_RULES.flatMap((r, i) => (hit(r.re, v.tok) ? [i] : [])),
  };
}

/** The prefilter names every pattern that matches (it may name more, never fewer). */
function expectSound(v: View, label: string): void {
  const real = matching(v);
  const lem = LEM_FILTER.candidates(v.lem);
  const tok = TOK_FILTER.candidates(v.tok);
  for (const i of real.lem) expect(lem, `${label}: lem pattern ${i} matches but was filtered out`).toContain(i);
  for (const i of real.tok) expect(tok, `${label}: tok pattern ${i} matches but was filtered out`).toContain(i);
}

const article = readFileSync(new URL('../../knowledge/sources/article.txt', import.meta.url), 'utf8')
  .split(/(?<=[.?!])\s+|\n+/)
  .map((s) => s.trim())
  .filter((s) => s.length > 3);

describe('the prefilter is derived from the lexicon itself', () => {
  it('has factor sets for every rule and for the topic words (no pattern is "always run")', () => {
    expect(LEM_FILTER.factors).toHaveLength(LEM_RULES.length + 1);
    expect(TOK_FILTER.factors).toHaveLength(TOK_RULES.length);
    const unbounded = [...LEM_FILTER.factors, ...TOK_FILTER.factors].filter((f) => f.length === 0);
    expect(unbounded).toEqual([]);
  });
  it('takes each factor set from the rule\'s own source, nothing hand-kept', () => {
    // The same sets; the scan may look for a smaller one first.
    const same = (a: readonly string[][] | undefined, b: string[][]) => expect([...(a ?? [])].sort()).toEqual([...b].sort());
    LEM_RULES.forEach((r, i) => same(LEM_FILTER.factors[i], factorsOf(r.re)));
    TOK_RULES.forEach((r, i) => same(TOK_FILTER.factors[i], factorsOf(r.re)));
    same(LEM_FILTER.factors[LEM_RULES.length], factorsOf(TOPIC));
  });
  it('a pattern added to a list is covered at once: its own words open the gate', () => {
    const added = / (?:zorbify|quuxle) (?:myself|my soul)(?= )/g;
    const filter = prefilterOf([...LEM_RULES.map((r) => r.re), added]);
    const index = LEM_RULES.length;
    expect(filter.candidates(' i want to zorbify myself ')).toContain(index);
    expect(filter.candidates(' i want to zorbify the cat ')).not.toContain(index);
    expect(filter.candidates(' how long do ketamine last ')).not.toContain(index);
  });
  it('skips most ordinary questions entirely', () => {
    const skipped = golden.inscope.filter((c) => {
      const v = viewOf(analyze(c.q));
      return LEM_FILTER.candidates(v.lem).length === 0 && TOK_FILTER.candidates(v.tok).length === 0;
    });
    // The levelled patterns (method in a first-person frame, means questions) have commoner
    // literals than the old list; the engine bench watches what that costs.
    expect(skipped.length / golden.inscope.length).toBeGreaterThan(0.85);
  });
});

describe('the prefilter never drops a pattern that matches', () => {
  // Slang is site data (knowledge/safety.json), matched beside the core lexicon.
  const core = golden.crisis.filter((c) => !detectCrisis(analyze(c.q)).reason.startsWith('vocabulary:'));
  it.each(core.map((c) => [c.q] as const))('crisis golden: %s', (q) => {
    const v = viewOf(analyze(q));
    expect(matching(v).lem.length + matching(v).tok.length, 'a golden crisis message matches some pattern').toBeGreaterThan(0);
    expectSound(v, q);
  });
  it('every crisis golden message also passes on the plain-text (look-back) path', () => {
    for (const c of golden.crisis) expectSound(viewOfText(c.q), c.q);
  });
  it('tricky non-crisis, referral, in-scope, out-of-scope, small talk, dialogue turns and the article', () => {
    const all = [
      ...golden.nonCrisis, ...golden.referral, ...golden.inscope, ...golden.outofscope, ...golden.smalltalk,
      ...golden.dialogues.flatMap((d) => d.turns),
    ].map((c) => c.q);
    for (const q of [...all, ...article]) {
      expectSound(viewOf(analyze(q)), q);
      expectSound(viewOfText(q), q);
    }
  });
  it('random splices of golden messages (property)', () => {
    const pool = [...golden.crisis, ...golden.nonCrisis, ...golden.inscope].map((c) => c.q.split(/\s+/));
    const piece = fc.tuple(fc.nat(pool.length - 1), fc.nat(30), fc.integer({ min: 1, max: 8 }))
      .map(([m, at, n]) => pool[m]!.slice(at % pool[m]!.length, (at % pool[m]!.length) + n).join(' '));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 3 }), (pieces) => {
        const q = pieces.join(' ');
        expectSound(viewOf(analyze(q)), q);
      }),
      { numRuns: 400, seed: 8 },
    );
  });
});

describe('factorsOf: every match holds a member of each factor set', () => {
  it('reads sequences, alternations, classes, quantifiers and lookaheads', () => {
    // Every literal of the best set starts with the verb and holds the object (a lookahead may add the space).
    const best = factorsOf(/ (?:kill|hurt) (?:myself|me)(?= )/)[0]!;
    expect(best.map((l) => l.trimEnd()).sort()).toEqual([' hurt me', ' hurt myself', ' kill me', ' kill myself']);
    expect(factorsOf(/ unaliv[^ .]*(?= )/)[0]).toEqual([' unaliv']);
    expect(factorsOf(/ (?:a|b)?c{0,2}/)).toEqual([]); // can match " " alone: no useful factor
    // Both parts around the gap are factors: a text needs "how long|fast" AND "to die".
    const gap = factorsOf(/ how (?:long|fast) (?:[^ ]+ ){0,3}to die(?! for)/);
    expect(gap.some((set) => set.map((l) => l.trimEnd()).sort().join('|') === ' how fast| how long')).toBe(true);
    expect(gap.some((set) => set.every((lit) => lit.includes('to die')))).toBe(true);
  });
  it('refuses what it cannot read instead of guessing', () => {
    expect(() => factorsOf(/(a)\1/)).toThrow(/faqchat: prefilter/);
    expect(() => factorsOf(/kill/i)).toThrow(/faqchat: prefilter/);
    expect(prefilterOf([/(a)\1/]).factors).toEqual([[]]); // unreadable: always a candidate
    expect(prefilterOf([/(a)\1/]).candidates('anything')).toEqual([0]);
  });

  // Random patterns from a small grammar, each with a string it matches: the factors must be in it.
  type Node = { lit: string } | { seq: Node[] } | { alt: Node[] } | { opt: Node } | { rep: Node; max: number } | { any: true };
  const word = fc.constantFrom('kill', 'me', 'die', 'want', 'to', 'a', 'not', 'od', 'it');
  const node: fc.Arbitrary<Node> = fc.letrec<{ n: Node }>((tie) => ({
    n: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      word.map((w) => ({ lit: ` ${w}` })),
      fc.constant({ any: true as const }),
      fc.array(tie('n'), { minLength: 1, maxLength: 4 }).map((seq) => ({ seq })),
      fc.array(tie('n'), { minLength: 2, maxLength: 4 }).map((alt) => ({ alt })),
      tie('n').map((opt) => ({ opt })),
      fc.tuple(tie('n'), fc.integer({ min: 1, max: 3 })).map(([rep, max]) => ({ rep, max })),
    ),
  })).n;
  const source = (n: Node): string =>
    'lit' in n ? n.lit
    : 'any' in n ? ' [^ ]+'
    : 'seq' in n ? n.seq.map(source).join('')
    : 'alt' in n ? `(?:${n.alt.map(source).join('|')})`
    : 'opt' in n ? `(?:${source(n.opt)})?`
    : `(?:${source(n.rep)}){0,${n.max}}`;
  const sample = (n: Node, pick: () => number): string =>
    'lit' in n ? n.lit
    : 'any' in n ? ` x${pick() % 7}`
    : 'seq' in n ? n.seq.map((c) => sample(c, pick)).join('')
    : 'alt' in n ? sample(n.alt[pick() % n.alt.length]!, pick)
    : 'opt' in n ? (pick() % 2 ? sample(n.opt, pick) : '')
    : Array.from({ length: pick() % (n.max + 1) }, () => sample(n.rep, pick)).join('');

  it('holds for random patterns and strings they match (property)', () => {
    fc.assert(
      fc.property(node, fc.array(fc.nat(), { minLength: 50, maxLength: 50 }), (n, picks) => {
        let k = 0;
        const text = `${sample(n, () => picks[k++ % picks.length]!)} `;
        const re = new RegExp(`${source(n)}(?= )`);
        expect(re.test(text)).toBe(true);
        for (const set of factorsOf(re)) expect(set.some((lit) => text.includes(lit)), `${re.source} on "${text}"`).toBe(true);
      }),
      { numRuns: 600, seed: 3 },
    );
  });
});

describe('look-back: earlier messages pass on as cue flags only', () => {
  it('gives the same conversation verdicts on first and later reads', () => {
    const dismissal = () => detectCrisis(analyze("jk i'm fine"), ['i want to kill myself']);
    expect(dismissal()).toEqual(dismissal());
    expect(dismissal().crisis).toBe(true);
    const weak = () => detectCrisis(analyze('everything feels hopeless'), ['i lost my job and i hate my life']);
    expect(weak()).toEqual(weak());
    expect(weak().crisis).toBe(true);
    expect(detectCrisis(analyze('how long does it last?'), ['does ketamine help suicidal thoughts?']).crisis).toBe(false);
  });
});

describe('small talk and referral shortcuts give the same answers as the full checks', () => {
  /** The detector without its shortcuts (reference). */
  function fullSmalltalk(text: string): string | null {
    let rest = text;
    let type: string | null = null;
    for (const [t, re] of PHRASES) {
      re.lastIndex = 0;
      if (re.test(rest)) {
        type ??= t;
        re.lastIndex = 0;
        rest = rest.replace(re, ' ');
      }
    }
    FILLER.lastIndex = 0;
    return type && !/[\p{L}\p{N}]/u.test(rest.replace(FILLER, ' ')) ? type : null;
  }
  it('has an opening test (the conditions it rests on hold for the phrase data)', () => {
    const opening = smalltalkOpening();
    expect(opening).not.toBeNull();
    for (const c of golden.smalltalk) expect(opening!.test(analyze(c.q).normalized), c.q).toBe(true);
    const skipped = golden.inscope.filter((c) => !opening!.test(analyze(c.q).normalized));
    // The levelled patterns (method in a first-person frame, means questions) have commoner
    // literals than the old list; the engine bench watches what that costs.
    expect(skipped.length / golden.inscope.length).toBeGreaterThan(0.85);
  });
  it('agrees with the full detector on random small-talk-like messages (property)', () => {
    const vocab = ('hi hello hey yo whats what\'s up good morning bye goodbye see you later take care thanks thank thx ty cheers ' +
      'are you a real human bot doctor is it medical advice who can help me please ok so well just lol great and ' +
      'ketamine dose long last café 42').split(' ');
    const punct = ['', '', ',', '.', '!', '?', "'", ' :)'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...vocab), fc.constantFrom(...punct)), { minLength: 1, maxLength: 6 }), fc.boolean(), (words, upper) => {
        const q = words.map(([w, p]) => w + p).join(' ');
        const a = analyze(upper ? q.toUpperCase() : q);
        expect(detectSmalltalk(a)).toBe(fullSmalltalk(a.normalized));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
  it('prefixesOf reads where matches start', () => {
    expect(prefixesOf(/\b(?:hi+|good (?:morning|day))\b/)).toEqual(expect.arrayContaining(['hi', 'good morning', 'good day']));
    expect(prefixesOf(/\b(?:a|[^ ]x)/)).toBeNull();
  });
  it('anyOf merges patterns of one frame and matches exactly where one of them does', () => {
    expect(anyOf([/ (?:dose|mg)(?= )/, / (?:stop|quit)(?= )/]).source).toBe(' (?:dose|mg|stop|quit)(?= )');
    expect(anyOf([/ (?:a)|b/, / (?:c)/]).source).toBe('(?: (?:a)|b)|(?: (?:c))');
    const phrases = PHRASES.map(([, re]) => re);
    const any = anyOf(phrases);
    for (const q of [...golden.smalltalk, ...golden.inscope, ...golden.nonCrisis].map((c) => analyze(c.q).normalized)) {
      expect(any.test(q), q).toBe(phrases.some((re) => new RegExp(re.source).test(q)));
    }
  });
});
