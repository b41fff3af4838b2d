import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { saltedHash } from '../../server/insights/record.ts';
import { insightsFile, openSqliteStoreStrict } from '../../server/insights/sqlite.ts';
import { tempDir } from './helpers.ts';

const WRITER = fileURLToPath(new URL('./burst-writer.ts', import.meta.url));
const KILL_AFTER = 400;

let cleanup = (): void => undefined;
afterEach(() => cleanup());

describe('crash safety', () => {
  it('keeps every committed row when the writer is killed with SIGKILL mid-burst', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const salt = 'crash-test-salt';
    // `node --import tsx`, not the tsx binary: the binary runs the script in a grandchild process that
    // a SIGKILL to the child would not reach.
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, t.dir, salt], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: string[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let buffered = '';
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('burst-')) committed.push(line);
      if (committed.length >= KILL_AFTER && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    const { signal } = await exit;
    expect(signal, stderr).toBe('SIGKILL'); // killed mid-burst, not finished on its own
    expect(committed.length).toBeGreaterThanOrEqual(KILL_AFTER);

    // The file reopens intact, with every row the child reported (it may hold one more, unreported).
    const db = new Database(insightsFile(t.dir));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set((db.prepare('SELECT message_hash FROM replies').all() as Array<{ message_hash: string }>).map((r) => r.message_hash));
    db.close();
    const missing: string[] = [];
    for (const id of committed) if (!stored.has(await saltedHash(salt, id))) missing.push(id);
    expect(missing).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(committed.length);

    // And the store opens on it again and keeps working.
    const store = await openSqliteStoreStrict({ dataDir: t.dir, salt });
    await store.recordReply({ at: new Date(), sessionId: 's', messageId: 'after-crash', kind: 'answer', sectionId: 'dosing', confidence: 0.9, question: '' });
    const report = await store.report(new Date());
    expect(report.totals.questions).toBe(stored.size + 1);
    await store.close();
  });
});
