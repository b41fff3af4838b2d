/**
 * Turns two evaluation reports (faqchat and the naive peer, same run) into the printed report:
 * the markdown comparison table and every failure. Pure: returns strings.
 */
import { figures, type EvalReport, type Figures } from './evaluate.ts';
import { formatFailure, markdownTable, pct, type CaseResult, type TableRow } from './metrics.ts';

/** The floors issue 3 sets; eval.test.ts asserts them and the report marks them. */
export const FLOORS = {
  inscope: 0.9,
  outOfScope: 0.9,
  crisisRecall: 1,
  crisisFalsePositives: 0,
  smalltalk: 1,
  /** Median characters of `answer` replies. */
  answerLengthMedian: 300,
} as const;

function chars(n: number): string {
  return Number.isNaN(n) ? '–' : `${Math.round(n)}`;
}

/** Rows of the README table, in a fixed order. */
export function comparisonRows(a: Figures, b: Figures): TableRow[] {
  const row = (label: string, pick: (f: Figures) => { passed: number; total: number }): TableRow => ({
    label,
    n: pick(a).total,
    faqchat: pct(pick(a)),
    naive: pct(pick(b)),
  });
  return [
    row(`In-scope: right section (floor ${FLOORS.inscope * 100} %)`, (f) => f.inscope),
    row(`Out-of-scope → fallback (floor ${FLOORS.outOfScope * 100} %)`, (f) => f.outOfScope),
    row('&nbsp;&nbsp;in the domain, not in the article', (f) => f.outOfScopeInDomain),
    row('&nbsp;&nbsp;off the domain', (f) => f.outOfScopeOffDomain),
    row('Crisis recall (floor 100 %)', (f) => f.crisisRecall),
    {
      label: 'Crisis false positives, all non-crisis messages (floor 0)',
      n: a.crisisFalsePositives.total,
      faqchat: `${a.crisisFalsePositives.count}`,
      naive: `${b.crisisFalsePositives.count}`,
    },
    row('Tricky non-crisis: right reply', (f) => f.nonCrisis),
    row('Small talk (floor 100 %)', (f) => f.smalltalk),
    row('Referral (personal medical decisions)', (f) => f.referral),
    row('Dialogue turns (with context)', (f) => f.dialogueTurns),
    {
      label: `Answer length, median characters (goal ≤ ${FLOORS.answerLengthMedian})`,
      n: '',
      faqchat: chars(a.answerLengthMedian),
      naive: chars(b.answerLengthMedian),
    },
  ];
}

/** The table alone, for README. */
export function readmeTable(engine: EvalReport, naive: EvalReport): string {
  return markdownTable(comparisonRows(figures(engine), figures(naive)));
}

const LABELS: Record<keyof EvalReport['results'], string> = {
  inscope: 'In-scope',
  outOfScopeInDomain: 'Out-of-scope, in the domain',
  outOfScopeOffDomain: 'Out-of-scope, off the domain',
  crisis: 'Crisis (missed)',
  nonCrisis: 'Tricky non-crisis',
  referral: 'Referral',
  smalltalk: 'Small talk',
  dialogues: 'Dialogue turns',
};

/** Every failure of one system, by category, plus its crisis false positives. */
export function failureReport(report: EvalReport): string {
  const out: string[] = [`## Failures: ${report.system}`];
  for (const [key, label] of Object.entries(LABELS) as Array<[keyof EvalReport['results'], string]>) {
    const failed: CaseResult[] = report.results[key].filter((r) => !r.verdict.pass);
    out.push(`\n### ${label}: ${failed.length} of ${report.results[key].length}`);
    for (const r of failed) out.push(formatFailure(r));
  }
  out.push(`\n### Crisis false positives: ${report.falsePositives.length}`);
  for (const r of report.falsePositives) out.push(formatFailure(r));
  return out.join('\n');
}

/** The whole printed report: failures of both systems, then the table and the timing line. */
export function fullReport(engine: EvalReport, naive: EvalReport): string {
  return [
    failureReport(engine),
    '',
    failureReport(naive),
    '',
    '## faqchat vs the naive peer (same run)',
    '',
    readmeTable(engine, naive),
    '',
    `Mean time per message: faqchat ${engine.msPerMessage.toFixed(2)} ms, naive peer ${naive.msPerMessage.toFixed(2)} ms (informative).`,
  ].join('\n');
}
