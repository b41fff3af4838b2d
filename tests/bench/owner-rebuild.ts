/**
 * How long the owner's loop takes to apply edits: building an engine from the knowledge build plus
 * the edits (index rebuilt in memory), against loading the prebuilt index. Median of 7 after 2
 * warm-up runs, single process.
 *
 *   npx tsx tests/bench/owner-rebuild.ts
 */
import { createEngine } from '../../server/engine/engine.ts';
import { linkTargets, withOwnerEdits, type OwnerEdits } from '../../server/engine/owner.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';

const base = loadKnowledgeBuild('build/knowledge');
const targets = linkTargets(base);

function edits(pairs: number, links: number): OwnerEdits {
  return {
    pairs: Array.from({ length: pairs }, (_, i) => ({
      key: `k${i}`,
      question: `Is there parking at clinic number ${i}?`,
      answer: `Yes. Free parking for clinic ${i} is behind the building. Ask at the desk for a pass.`,
      url: '',
    })),
    links: Array.from({ length: links }, (_, i) => ({ sectionId: targets[i % targets.length]!.id, question: `Owner linked question number ${i}?` })),
  };
}

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    run();
    if (i >= 2) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const rows: Array<[string, number]> = [
  ['base build, prebuilt index (start-up path)', median(() => createEngine(base))],
  ['base build, index rebuilt (no edits)', median(() => createEngine({ ...base, indexJson: '' }))],
];
for (const [pairs, links] of [[1, 0], [0, 1], [10, 10], [50, 50]] as const) {
  rows.push([`${pairs} owner pairs + ${links} linked questions`, median(() => createEngine(withOwnerEdits(base, edits(pairs, links))))]);
}
console.log(`corpus: ${base.corpus.sentences.length} sentences, ${base.corpus.sections.length} sections, ${base.corpus.faqs.length} FAQ pairs`);
console.log('| Engine built from | median ms |\n|---|---:|');
for (const [label, ms] of rows) console.log(`| ${label} | ${ms.toFixed(1)} |`);
