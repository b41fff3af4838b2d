/**
 * `npm run insights`: the admin report as tables in the terminal, read straight from the SQLite file
 * in DATA_DIR (works while the server runs: WAL lets a reader in beside the writer).
 *
 *   npm run insights            # tables
 *   npm run insights -- --json  # the same JSON as GET /api/admin/insights
 *   npm run insights -- --from=2025-06-01 --to=2025-06-07   # those days only (UTC)
 */
import { existsSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseConfig } from '../config.ts';
import type { InsightsReport } from '../engine/types.ts';
import { countOf, dayNumber, REPLY_KINDS } from './report.ts';
import { openSqlStore } from './sql-store.ts';
import { insightsFile, openSqliteDriver } from './sqlite.ts';

/** Renders rows as an aligned plain-text table; numbers are right-aligned. */
export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (r: string[]): string =>
    r.map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const pct = (rate: number | null): string => (rate === null ? '-' : `${Math.round(rate * 100)}%`);

/** The whole report as text. */
export function formatReport(report: InsightsReport): string {
  const t = report.totals;
  const out: string[] = [];
  out.push(`faqchat insights ${report.from} to ${report.to} (UTC; ${report.retentionDays} days kept)`);
  out.push(
    `${t.questions} questions in ${t.sessions} conversations; feedback: ${t.helpful} helpful, ${t.notHelpful} not helpful; ` +
      `answer confidence: ${t.answerConfidence.high} high, ${t.answerConfidence.medium} medium, ${t.answerConfidence.low} low`,
  );
  out.push('', 'Questions per day by kind');
  const days = report.perDay.filter((d) => REPLY_KINDS.some((k) => countOf(d.byKind, k) > 0));
  out.push(
    days.length === 0
      ? '(none yet)'
      : table(
          ['day', ...REPLY_KINDS, 'conversations'],
          days.map((d) => [d.day, ...REPLY_KINDS.map((k) => countOf(d.byKind, k)), d.sessions]),
        ),
  );
  out.push('', 'Helpful rate per section');
  out.push(
    report.sections.length === 0
      ? '(none yet)'
      : table(
          ['section', 'replies', 'helpful', 'not helpful', 'rate'],
          report.sections.map((s) => [s.title ?? s.sectionId, s.replies, s.helpful, s.notHelpful, pct(s.helpfulRate)]),
        ),
  );
  out.push('', 'Top unanswered questions (scrubbed)');
  out.push(
    report.unanswered.length === 0
      ? '(none yet)'
      : table(
          ['count', 'key words', 'example', 'last seen'],
          report.unanswered.map((u) => [u.count, u.topic, u.example, u.lastSeen]),
        ),
  );
  return out.join('\n');
}

async function main(): Promise<void> {
  // The server's own parsing: same defaults, same one-line error for a bad DATA_DIR / RETENTION_DAYS.
  const config = parseConfig(process.env);
  const file = insightsFile(config.dataDir);
  if (!existsSync(file)) {
    console.log(`faqchat: no insights yet (${file} does not exist; the server creates it on start)`);
    return;
  }
  const driver = openSqliteDriver(file, { fileMustExist: true });
  try {
    // The salt is only needed to record; a placeholder keeps the CLI from ever creating one.
    const store = await openSqlStore(driver, { retentionDays: config.retentionDays, salt: '-' });
    const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
    const range = { from: arg('from'), to: arg('to') };
    for (const [name, value] of Object.entries(range)) {
      if (value !== undefined && dayNumber(value) === null) throw new Error(`faqchat: --${name} must be a day as YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
    const report = await store.report(new Date(), range);
    console.log(process.argv.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
  } finally {
    await driver.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
