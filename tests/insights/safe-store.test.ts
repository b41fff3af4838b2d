import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardStore, InsightsUnavailableError, type GuardedStore } from '../../server/insights/safe-store.ts';
import { openSqlStore } from '../../server/insights/sql-store.ts';
import { insightsFile, openSqliteDriver, openSqliteStore, openSqliteStoreStrict, scheduleRetention } from '../../server/insights/sqlite.ts';
import { feedback, reply, tempDir } from './helpers.ts';

let cleanup = (): void => undefined;
afterEach(() => cleanup());

/** Every write-path method, called the way the API calls them; none may throw or reject. */
async function exerciseWrites(store: GuardedStore): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await expect(store.recordReply(reply({ messageId: `m${i}` }))).resolves.toBeUndefined();
    await expect(store.recordFeedback(feedback({ messageId: `m${i}` }))).resolves.toBeUndefined();
  }
  await expect(store.purge(new Date())).resolves.toBe(0);
}

describe('safe store: a broken storage never reaches the visitor', () => {
  it('an unwritable DATA_DIR (its parent is a regular file) gives a no-op store that logs once', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = join(t.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const lines: string[] = [];
    const store = openSqliteStore({ dataDir: join(file, 'data'), log: (l) => lines.push(l) });
    await exerciseWrites(store);
    expect(store.state).toBe('unavailable');
    await expect(store.report(new Date())).rejects.toBeInstanceOf(InsightsUnavailableError);
    await expect(store.close()).resolves.toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^faqchat: insights storage could not open \(ENOTDIR/);
  });

  it('a corrupt database file gives a no-op store that logs once', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    writeFileSync(insightsFile(t.dir), 'this is not a database '.repeat(500));
    const lines: string[] = [];
    const store = openSqliteStore({ dataDir: t.dir, log: (l) => lines.push(l) });
    await exerciseWrites(store);
    expect(store.state).toBe('unavailable');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SQLITE_NOTADB/);
  });

  it('a full disk mid-run is logged once, later writes are dropped quietly, and recovery is logged', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const driver = openSqliteDriver(insightsFile(t.dir));
    const lines: string[] = [];
    let clock = 0;
    const store = guardStore(openSqlStore(driver), { log: (l) => lines.push(l), cooldownMs: 1000, clock: () => clock });
    await store.recordReply(reply({ messageId: 'fits' }));
    // SQLite's own "database or disk is full": cap the file at its current size.
    const pages = driver.db.pragma('page_count', { simple: true }) as number;
    driver.db.pragma(`max_page_count = ${pages}`);
    for (let i = 0; i < 200; i++) {
      await store.recordReply(reply({ messageId: `big-${i}`, kind: 'fallback', question: `${'long question '.repeat(30)}${i}` }));
    }
    expect(store.state).toBe('failing');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/insights storage failed \(SQLITE_FULL/);

    driver.db.pragma('max_page_count = 1073741823');
    await store.recordReply(reply({ messageId: 'during-cooldown' })); // dropped, no retry storm
    clock += 1001;
    await store.recordReply(reply({ messageId: 'after-recovery' }));
    expect(store.state).toBe('ready');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/recovered; \d+ event\(s\) were not recorded/);
    const report = await store.report(new Date('2025-06-15T12:00:00Z'));
    expect(report.totals.questions).toBeGreaterThanOrEqual(2);
    await store.close();
  });

  it('a file locked by another process fails fast and is logged once', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const lines: string[] = [];
    const store = openSqliteStore({ dataDir: t.dir, log: (l) => lines.push(l) });
    await store.recordReply(reply({ messageId: 'before-lock' }));
    const locker = new Database(insightsFile(t.dir));
    locker.exec('BEGIN EXCLUSIVE');
    await store.recordReply(reply({ messageId: 'while-locked-1' }));
    await store.recordReply(reply({ messageId: 'while-locked-2' }));
    locker.exec('ROLLBACK');
    locker.close();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SQLITE_BUSY/);
    expect(store.dropped).toBe(2);
    await store.close();
  });

  it('a store whose methods throw synchronously is still contained', async () => {
    const lines: string[] = [];
    const exploding = {
      recordReply: () => { throw new Error('boom'); },
      recordFeedback: () => { throw new Error('boom'); },
      purge: () => { throw new Error('boom'); },
      report: () => Promise.reject(new Error('boom')),
      close: () => { throw new Error('boom'); },
    };
    const store = guardStore(Promise.resolve(exploding as never), { log: (l) => lines.push(l) });
    await exerciseWrites(store);
    await expect(store.close()).resolves.toBeUndefined();
    expect(lines).toHaveLength(1);
  });
});

describe('retention schedule', () => {
  it('purges at once, then daily, until stopped', () => {
    vi.useFakeTimers();
    try {
      const calls: Date[] = [];
      const stop = scheduleRetention({ purge: async (now) => (calls.push(now), 0) }, { now: () => new Date(0) });
      expect(calls).toHaveLength(1);
      vi.advanceTimersByTime(2 * 24 * 60 * 60 * 1000);
      expect(calls).toHaveLength(3);
      stop();
      vi.advanceTimersByTime(2 * 24 * 60 * 60 * 1000);
      expect(calls).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('safe store: storage that could not open at start', () => {
  it('is tried again with doubling pauses, and records once DATA_DIR becomes usable', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const blocker = join(t.dir, 'not-yet-a-folder');
    writeFileSync(blocker, 'x');
    const dataDir = join(blocker, 'data');
    const lines: string[] = [];
    let clock = 0;
    let tries = 0;
    const store = guardStore(
      () => {
        tries++;
        return openSqliteStoreStrict({ dataDir });
      },
      { log: (l) => lines.push(l), clock: () => clock, openRetryMs: 1_000, openRetryMaxMs: 4_000 },
    );
    await store.recordReply(reply({ messageId: 'lost-1' }));
    expect([store.state, tries]).toEqual(['unavailable', 1]);
    // Within the pause nothing is tried; then each try doubles the pause (1 s, 2 s, 4 s, 4 s).
    clock = 999;
    await store.recordReply(reply({ messageId: 'lost-2' }));
    expect(tries).toBe(1);
    const triesAt: number[] = [];
    for (clock = 1_000; clock <= 11_000; clock += 500) {
      const before = tries;
      await store.recordReply(reply({ messageId: `lost-at-${clock}` }));
      if (tries > before) triesAt.push(clock);
    }
    expect(triesAt).toEqual([1_000, 3_000, 7_000, 11_000]);
    await expect(store.report(new Date())).rejects.toBeInstanceOf(InsightsUnavailableError);

    // The folder becomes usable: the next try after the pause opens it, and events are recorded again.
    rmSync(blocker);
    clock += 4_000;
    await store.recordReply(reply({ messageId: 'kept', kind: 'fallback', sectionId: null, question: 'is parking free' }));
    expect(store.state).toBe('ready');
    const report = await store.report(new Date('2025-06-15T12:00:00Z'));
    expect(report.totals.questions).toBe(1);
    expect(report.unanswered.map((u) => u.example)).toEqual(['is parking free']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/could not open \(ENOTDIR.*trying again in 1 s/);
    expect(lines[1]).toMatch(/opened on try 6; \d+ event\(s\) before it were not recorded/);
    await store.close();
  });

  it('a store given as a promise is not retried', async () => {
    let clock = 0;
    const store = guardStore(Promise.reject(new Error('gone')), { log: () => {}, clock: () => clock });
    await store.recordReply(reply());
    clock = 10 * 60_000;
    await store.recordReply(reply());
    expect(store.state).toBe('unavailable');
  });
});
