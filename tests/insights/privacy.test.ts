import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { insightsFile, openSqliteStoreStrict } from '../../server/insights/sqlite.ts';
import { feedback, reply, tempDir } from './helpers.ts';

let cleanup = (): void => undefined;
afterEach(() => cleanup());

// Markers no scrub rule touches, so their absence is the policy, not the scrubber.
const CRISIS_TEXT = 'I want to end it all tonight zebracrisismarker';
const CRISIS_SESSION = 'crisis-session-qqzx';
const ANSWERED_TEXT = 'what does ketamine feel like zebraanswermarker';
const UNANSWERED_TEXT = 'can my cat take ketamine zebrafallbackmarker';
const RAW_SESSION = 'visitor-session-kkwy';

/** Every byte SQLite has on disk for this database: main file, WAL and shared-memory index. */
function diskText(file: string): string {
  const parts = [file, `${file}-wal`, `${file}-shm`].filter(existsSync).map((f) => readFileSync(f));
  return Buffer.concat(parts).toString('latin1').toLowerCase();
}

describe('privacy on disk', () => {
  it('never writes crisis text, answered questions or raw ids — before and after checkpoint and close', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const store = await openSqliteStoreStrict({ dataDir: t.dir });
    const file = insightsFile(t.dir);
    await store.recordReply(reply({ kind: 'crisis', question: CRISIS_TEXT, sessionId: CRISIS_SESSION, messageId: 'crisis-msg-zzq' }));
    await store.recordFeedback(feedback({ sessionId: CRISIS_SESSION, messageId: 'crisis-msg-zzq', helpful: false }));
    await store.recordReply(reply({ kind: 'answer', question: ANSWERED_TEXT, sessionId: RAW_SESSION, messageId: 'answer-msg-zzq' }));
    await store.recordReply(reply({ kind: 'fallback', question: UNANSWERED_TEXT, sessionId: RAW_SESSION, messageId: 'fallback-msg-zzq' }));

    const check = (stage: string): void => {
      const text = diskText(file);
      // Control: the fallback question IS stored, so the search below would find text if it were there.
      expect(text, stage).toContain('zebrafallbackmarker');
      for (const secret of ['zebracrisismarker', 'end it all tonight', 'zebraanswermarker', CRISIS_SESSION, RAW_SESSION, 'crisis-msg-zzq', 'answer-msg-zzq', 'fallback-msg-zzq']) {
        expect(text, `${stage}: ${secret}`).not.toContain(secret);
      }
    };

    expect(existsSync(`${file}-wal`)).toBe(true);
    check('in the WAL, before checkpoint');
    const other = new Database(file);
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.close();
    check('after checkpoint');
    await store.close();
    check('after close');

    // The crisis left a count and nothing else.
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count FROM crisis_hourly').all()).toEqual([{ count: 1 }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM feedback').get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps no text of an unanswered message that told of suicide or self-harm as history, and still keeps an ordinary one', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const store = await openSqliteStoreStrict({ dataDir: t.dir });
    await store.recordReply(reply({ kind: 'fallback', question: 'i attempted years ago zebratoldmarker, does weather matter', told: true }));
    await store.recordReply(reply({ kind: 'fallback', question: UNANSWERED_TEXT }));
    await store.close();
    const text = diskText(insightsFile(t.dir));
    expect(text).toContain('zebrafallbackmarker');
    expect(text).not.toContain('zebratoldmarker');
  });

  it('has no column for IP address or user agent, and the schema refuses a crisis row or stray text', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const store = await openSqliteStoreStrict({ dataDir: t.dir });
    await store.close();
    const db = new Database(insightsFile(t.dir));
    const columns = ['replies', 'feedback', 'crisis_hourly', 'meta'].flatMap((table) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name),
    );
    expect(columns.join(' ')).not.toMatch(/ip|agent|ua\b|user|text|message_id|session_id/i);
    const insert = db.prepare('INSERT INTO replies VALUES (?, ?, 0, ?, NULL, ?, ?, ?)');
    expect(() => insert.run('h1', 's', 'crisis', 'low', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('h2', 's', 'answer', 'high', 'some text', null)).toThrow(/CHECK/);
    db.close();
  });
});
