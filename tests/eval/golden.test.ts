// The golden set is well-formed and matches the current knowledge build: ids exist, every section
// and FAQ pair is asked about, the sizes issue 3 asks for are met, nothing is asked twice.
import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../golden/index.ts';
import type { GoldenCase } from '../golden/types.ts';
import { SINGLE_CATEGORIES } from './evaluate.ts';
import { foldText } from './metrics.ts';
import { goldenSet, loadCorpus } from './load.ts';

const golden = goldenSet();
const { corpus } = loadCorpus();
const singles: GoldenCase[] = SINGLE_CATEGORIES.flatMap((c) => golden[c]);
const turns: GoldenCase[] = golden.dialogues.flatMap((d) => d.turns);

describe('golden set', () => {
  it('names exactly the sections and FAQ pairs of the knowledge build', () => {
    const built = [...corpus.sections.map((s) => s.id), ...corpus.faqs.map((f) => f.id)].sort();
    expect([...SECTION_IDS].sort()).toEqual(built);
  });

  it('uses only known ids, and lists sections exactly where a section is expected', () => {
    const known = new Set<string>(SECTION_IDS);
    for (const c of [...singles, ...turns]) {
      for (const id of c.sections ?? []) expect(known.has(id), `${JSON.stringify(c.q)}: unknown id ${id}`).toBe(true);
      if (c.kind === 'answer') expect(c.sections?.length ?? 0, `${JSON.stringify(c.q)} needs sections`).toBeGreaterThan(0);
      if (c.kind === 'fallback' || c.kind === 'crisis' || c.kind === 'smalltalk') expect(c.sections ?? []).toEqual([]);
    }
  });

  it('asks at least 6 in-scope questions answered by every section and FAQ pair', () => {
    const targets = [...corpus.sections.filter((s) => !s.isFaq).map((s) => s.id), ...corpus.faqs.map((f) => f.id)];
    for (const id of targets) {
      const n = golden.inscope.filter((c) => c.sections?.includes(id)).length;
      expect(n, `in-scope cases for ${id}`).toBeGreaterThanOrEqual(6);
    }
  });

  it('has the sizes issue 3 asks for', () => {
    expect(golden.inscope.length).toBeGreaterThanOrEqual(160);
    expect(golden.inscope.every((c) => c.kind === 'answer')).toBe(true);
    const oos = golden.outOfScopeInDomain.length + golden.outOfScopeOffDomain.length;
    expect(oos).toBeGreaterThanOrEqual(40);
    expect(golden.outOfScopeInDomain.length * 2).toBeGreaterThanOrEqual(oos);
    expect([...golden.outOfScopeInDomain, ...golden.outOfScopeOffDomain].every((c) => c.kind === 'fallback')).toBe(true);
    expect(golden.dialogues.length).toBeGreaterThanOrEqual(12);
    expect(golden.dialogues.every((d) => d.turns.length >= 2)).toBe(true);
  });

  it('has dialogues with a crisis mid-way, small talk mid-way and a referral', () => {
    const midway = (kind: GoldenCase['kind']) =>
      golden.dialogues.some((d) => d.turns.slice(1).some((t) => t.kind === kind));
    expect(midway('crisis')).toBe(true);
    expect(midway('smalltalk')).toBe(true);
    expect(midway('referral')).toBe(true);
  });

  it('never asks the same question twice, and every message fits the API limit', () => {
    const seen = new Map<string, string[]>();
    for (const cat of SINGLE_CATEGORIES) {
      for (const c of golden[cat]) seen.set(foldText(c.q), [...(seen.get(foldText(c.q)) ?? []), cat]);
    }
    expect([...seen].filter(([, cats]) => cats.length > 1).map(([q, cats]) => `${q} (${cats.join(', ')})`)).toEqual([]);
    for (const c of [...singles, ...turns]) expect(c.q.length, c.q).toBeLessThanOrEqual(500);
  });
});
