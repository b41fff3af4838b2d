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
import { crisisTable, devFailures, evaluateCrisisHalf, loadCrisisHalves, pooledBlind } from './crisis.ts';

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

// The blind crisis sets, each written after the one before was tuned on: dev halves are looked at
// case by case, test halves only as aggregates.
const crisisHalves = (await loadCrisisHalves(join(REPO_ROOT, 'tests', 'golden', 'crisis'))).map(
  ([name, cases]) => [name, evaluateCrisisHalf(systems.engine, name, cases)] as const,
);
if (crisisHalves.length === 0) throw new Error('faqchat: no crisis halves in tests/golden/crisis');
const devHalves = crisisHalves.filter(([n]) => n.startsWith('dev')).map(([, h]) => devFailures(h));
const [firstHalf, ...moreHalves] = crisisHalves;
console.log(`\n${devHalves.join('\n\n')}\n\n## Crisis set (C-SSRS levels), resources shown per half\n\n${crisisTable([firstHalf!, ...moreHalves])}\n\n${pooledBlind(crisisHalves)}`);

// `--articles <dir>` reads the article sets from another folder.
const at = process.argv.indexOf('--articles');
const sets = await loadArticleSets(at > 0 ? process.argv[at + 1] : ARTICLES_DIR);
if (sets.length > 0) console.log(`\n${articleReport(runSets(sets))}`);
if (process.argv.includes('--readme')) {
  const n = Object.values(engineReport.results).flat().length;
  const note = `\n\n_${n} messages; corpus version ${systems.corpus.version.slice(0, 12)}; \`npm run eval\` lists every failure._`;
  writeReadme(readmeTable(engineReport, naiveReport) + note);
  writeReadme(`${crisisTable([firstHalf!, ...moreHalves])}\n\n${pooledBlind(crisisHalves)}`, '<!-- crisis-table -->', '<!-- /crisis-table -->');
}
