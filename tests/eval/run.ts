/**
 * `npm run eval`: the golden set through faqchat and the naive peer in the same run. Prints every
 * failure of both, then the comparison table (markdown, ready for README).
 *
 *   npm run eval                 # report
 *   npm run eval -- --readme     # also writes the tables into docs/engine-and-safety.md (eval-table and crisis-table markers)
 *   npm run eval -- --articles <dir>   # article sets from another folder (default tests/golden/articles)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../knowledge/version.ts';
import { ARTICLES_DIR, loadArticleSets } from './articles.ts';
import { articleReport, runSets } from './article-report.ts';
import { evaluate } from './evaluate.ts';
import { fullReport, readmeTable } from './report.ts';
import { goldenSet, loadSystems } from './systems.ts';
import { crisisTable, devFailures, evaluateCrisisHalf } from './crisis.ts';
import { dev as crisisDev } from '../golden/crisis/dev.ts';
import { test as crisisTest } from '../golden/crisis/test.ts';
import { dev2 as crisisDev2 } from '../golden/crisis/dev2.ts';
import { test2 as crisisTest2 } from '../golden/crisis/test2.ts';
import { dev3 as crisisDev3 } from '../golden/crisis/dev3.ts';
import { test3 as crisisTest3 } from '../golden/crisis/test3.ts';
import { dev4 as crisisDev4 } from '../golden/crisis/dev4.ts';
import { test4 as crisisTest4 } from '../golden/crisis/test4.ts';

const START = '<!-- eval-table -->';
const END = '<!-- /eval-table -->';

/** Replaces what is between a pair of markers of docs/engine-and-safety.md; the markers must exist. */
function writeReadme(table: string, start = START, end = END): void {
  const path = join(REPO_ROOT, 'docs', 'engine-and-safety.md');
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`faqchat: ${path} has no ${start} … ${end} markers`);
  writeFileSync(path, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
  console.log(`faqchat: ${path} eval table updated`);
}

const systems = loadSystems((line) => console.log(line));
const golden = goldenSet();
const engineReport = evaluate(systems.faqchat, golden);
const naiveReport = evaluate(systems.naive, golden);
console.log(fullReport(engineReport, naiveReport));

// The blind crisis set: dev failures case by case, the test half as aggregates only.
const cDev = evaluateCrisisHalf(systems.engine, 'dev', crisisDev);
const cTest = evaluateCrisisHalf(systems.engine, 'test', crisisTest);
// A second blind set, written after the first was tuned on: dev2 is looked at, test2 never.
const cDev2 = evaluateCrisisHalf(systems.engine, 'dev2', crisisDev2);
const cTest2 = evaluateCrisisHalf(systems.engine, 'test2', crisisTest2);
// A third, weighted to hard negatives, written after the second was tuned on.
const cDev3 = evaluateCrisisHalf(systems.engine, 'dev3', crisisDev3);
const cTest3 = evaluateCrisisHalf(systems.engine, 'test3', crisisTest3);
// A fourth, written after the third was tuned on.
const cDev4 = evaluateCrisisHalf(systems.engine, 'dev4', crisisDev4);
const cTest4 = evaluateCrisisHalf(systems.engine, 'test4', crisisTest4);
const crisisHalves = [
  ['dev', cDev], ['test', cTest], ['dev2', cDev2], ['test2', cTest2], ['dev3', cDev3], ['test3', cTest3],
  ['dev4', cDev4], ['test4', cTest4],
] as const;
console.log(`\n${devFailures(cDev)}\n\n${devFailures(cDev2)}\n\n${devFailures(cDev3)}\n\n${devFailures(cDev4)}\n\n## Crisis set (C-SSRS levels), resources shown per half\n\n${crisisTable(crisisHalves)}`);

// `--articles <dir>` reads the article sets from another folder.
const at = process.argv.indexOf('--articles');
const sets = await loadArticleSets(at > 0 ? process.argv[at + 1] : ARTICLES_DIR);
if (sets.length > 0) console.log(`\n${articleReport(runSets(sets))}`);
if (process.argv.includes('--readme')) {
  const n = Object.values(engineReport.results).flat().length;
  const note = `\n\n_${n} messages; corpus version ${systems.corpus.version.slice(0, 12)}; \`npm run eval\` lists every failure._`;
  writeReadme(readmeTable(engineReport, naiveReport) + note);
  writeReadme(crisisTable(crisisHalves), '<!-- crisis-table -->', '<!-- /crisis-table -->');
}
