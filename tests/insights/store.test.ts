import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { hourBucket } from '../../server/insights/record.ts';
import { MIGRATIONS } from '../../server/insights/schema.ts';
import { insightsFile, openSqliteStoreStrict } from '../../server/insights/sqlite.ts';
import type { SqlStore } from '../../server/insights/sql-store.ts';
import { feedback, reply, tempDir } from './helpers.ts';

const NOW = new Date('2025-06-15T12:00:00Z');
const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function open(options: { retentionDays?: number; salt?: string } = {}): Promise<{ store: SqlStore; dir: string; file: string }> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const store = await openSqliteStoreStrict({ dataDir: dir, ...options });
  cleanups.push(() => store.close());
  return { store, dir, file: insightsFile(dir) };
}

describe('SQLite store: record → aggregate → report', () => {
  it('creates DATA_DIR and one WAL-mode file at the current schema version', async () => {
    const { dir } = tempDir();
    cleanups.push(() => undefined);
    const nested = `${dir}/deeper/data`;
    const store = await openSqliteStoreStrict({ dataDir: nested });
    await store.close();
    const db = new Database(insightsFile(nested), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT MAX(version) AS v FROM schema_version').get()).toEqual({ v: MIGRATIONS.at(-1)!.version });
    db.close();
    // Opening again applies nothing twice.
    const again = await openSqliteStoreStrict({ dataDir: nested });
    await again.close();
  });

  it('reports questions per day by kind, sessions, sections and unanswered groups', async () => {
    const { store } = await open();
    const day1 = new Date('2025-06-14T09:10:00Z');
    const day2 = new Date('2025-06-15T11:59:00Z');
    await store.recordReply(reply({ at: day1, sessionId: 's1', kind: 'answer', sectionId: 'dosing', confidence: 0.9 }));
    await store.recordReply(reply({ at: day1, sessionId: 's1', kind: 'fallback', sectionId: null, confidence: 0.1, question: 'Can I drive after ketamine?' }));
    await store.recordReply(reply({ at: day2, sessionId: 's2', kind: 'fallback', sectionId: null, confidence: 0.2, question: 'driving after ketamine? my name is Ann' }));
    await store.recordReply(reply({ at: day2, sessionId: 's2', kind: 'clarify', sectionId: null, confidence: 0.5, question: 'is it covered by insurance' }));
    await store.recordReply(reply({ at: day2, sessionId: 's3', kind: 'crisis', sectionId: null, confidence: 1, question: 'i want to die' }));
    await store.recordReply(reply({ at: day2, sessionId: 's3', kind: 'answer', sectionId: 'dosing', confidence: 0.5 }));

    const report = await store.report(NOW);
    expect(report.from).toBe('2025-05-17');
    expect(report.to).toBe('2025-06-15');
    expect(report.perDay).toHaveLength(30);
    expect(report.perDay.at(-2)).toEqual({ day: '2025-06-14', sessions: 1, byKind: { answer: 1, clarify: 0, fallback: 1, referral: 0, crisis: 0, concern: 0, smalltalk: 0 } });
    expect(report.perDay.at(-1)).toEqual({ day: '2025-06-15', sessions: 2, byKind: { answer: 1, clarify: 1, fallback: 1, referral: 0, crisis: 1, concern: 0, smalltalk: 0 } });
    expect(report.totals.questions).toBe(6);
    expect(report.totals.sessions).toBe(3);
    expect(report.totals.answerConfidence).toEqual({ low: 0, medium: 1, high: 1 });
    expect(report.sections).toEqual([{ sectionId: 'dosing', replies: 2, helpful: 0, notHelpful: 0, helpfulRate: null }]);
    expect(report.unanswered).toEqual([
      // Two wordings, one group; the example is the latest, scrubbed.
      { topic: 'drive ketamine', count: 2, fallback: 2, clarify: 0, example: 'driving after ketamine? my name is [name]', lastSeen: '2025-06-15' },
      { topic: 'cover insurance', count: 1, fallback: 0, clarify: 1, example: 'is it covered by insurance', lastSeen: '2025-06-15' },
    ]);
  });

  it('leaves rows outside the window out of the report', async () => {
    const { store } = await open({ retentionDays: 7 });
    await store.recordReply(reply({ at: new Date('2025-06-01T00:00:00Z') }));
    await store.recordReply(reply({ at: new Date('2025-06-16T00:00:00Z') })); // tomorrow (clock skew)
    await store.recordReply(reply({ at: new Date('2025-06-09T00:00:00Z') }));
    const report = await store.report(NOW);
    expect(report.perDay.map((d) => d.day)).toEqual(['2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13', '2025-06-14', '2025-06-15']);
    expect(report.totals.questions).toBe(1);
  });
});

describe('SQLite store: feedback joins its reply by messageId', () => {
  it('counts helpful / not helpful per section, the last click per reply winning', async () => {
    const { store } = await open();
    const a = reply({ messageId: 'a', sectionId: 'dosing' });
    const b = reply({ messageId: 'b', sectionId: 'dosing' });
    const c = reply({ messageId: 'c', sectionId: 'risks' });
    for (const r of [a, b, c]) await store.recordReply(r);
    await store.recordFeedback(feedback({ messageId: 'a', helpful: true }));
    await store.recordFeedback(feedback({ messageId: 'b', helpful: true }));
    await store.recordFeedback(feedback({ messageId: 'b', helpful: false })); // changed their mind
    await store.recordFeedback(feedback({ messageId: 'c', helpful: false }));
    const report = await store.report(NOW);
    expect(report.sections).toEqual([
      { sectionId: 'dosing', replies: 2, helpful: 1, notHelpful: 1, helpfulRate: 0.5 },
      { sectionId: 'risks', replies: 1, helpful: 0, notHelpful: 1, helpfulRate: 0 },
    ]);
    expect([report.totals.helpful, report.totals.notHelpful]).toEqual([1, 2]);
  });

  it('drops feedback for an unknown reply, another session\'s reply, or a crisis reply', async () => {
    const { store, file } = await open();
    await store.recordReply(reply({ messageId: 'mine', sessionId: 'me' }));
    await store.recordReply(reply({ messageId: 'crisis-1', sessionId: 'me', kind: 'crisis' }));
    await store.recordFeedback(feedback({ messageId: 'nope', sessionId: 'me' }));
    await store.recordFeedback(feedback({ messageId: 'mine', sessionId: 'someone-else' }));
    await store.recordFeedback(feedback({ messageId: 'crisis-1', sessionId: 'me' }));
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM feedback').get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps the salt in the database so feedback after a restart still finds its reply', async () => {
    const { dir } = tempDir();
    const first = await openSqliteStoreStrict({ dataDir: dir });
    await first.recordReply(reply({ messageId: 'before-restart', sectionId: 'dosing' }));
    await first.close();
    const second = await openSqliteStoreStrict({ dataDir: dir });
    cleanups.push(() => second.close());
    await second.recordFeedback(feedback({ messageId: 'before-restart', helpful: true }));
    expect((await second.report(NOW)).sections[0]?.helpful).toBe(1);
  });
});

describe('SQLite store: retention', () => {
  it('purges replies, feedback and crisis counts older than RETENTION_DAYS and keeps the rest', async () => {
    const { store, file } = await open({ retentionDays: 30 });
    const old = new Date(NOW.getTime() - 31 * 86_400_000);
    const edge = new Date(NOW.getTime() - 30 * 86_400_000); // exactly 30 days: kept
    const recent = new Date(NOW.getTime() - 86_400_000);
    await store.recordReply(reply({ at: old, messageId: 'old', kind: 'fallback', question: 'an old unanswered zebraquestion' }));
    await store.recordFeedback(feedback({ at: old, messageId: 'old', helpful: false }));
    await store.recordReply(reply({ at: old, kind: 'crisis', sessionId: 'old-crisis' }));
    await store.recordReply(reply({ at: edge, messageId: 'edge' }));
    await store.recordReply(reply({ at: recent, messageId: 'recent' }));
    await store.recordFeedback(feedback({ at: recent, messageId: 'recent' }));
    await store.recordReply(reply({ at: recent, kind: 'crisis', sessionId: 'recent-crisis' }));

    const fileText = (): string =>
      Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f))).toString('latin1');
    expect(fileText()).toContain('zebraquestion'); // control: the byte search can see stored text

    expect(await store.purge(NOW)).toBe(4); // old reply, its feedback, the old crisis hour and its distress marker
    const db = new Database(file, { readonly: true });
    const count = (t: string): unknown => (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect([count('replies'), count('feedback'), count('crisis_hourly')]).toEqual([2, 1, 1]);
    const hours = db.prepare('SELECT hour FROM replies ORDER BY hour').all();
    expect(hours).toEqual([{ hour: hourBucket(edge) }, { hour: hourBucket(recent) }]);
    db.close();
    expect(await store.purge(NOW)).toBe(0);
    // Purged text is gone from the file itself (secure_delete + checkpoint), not just from queries.
    expect(fileText()).not.toContain('zebraquestion');
  });
});
