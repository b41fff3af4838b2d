import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { table } from '../../server/insights/cli.ts';
import { openSqliteStoreStrict } from '../../server/insights/sqlite.ts';
import { feedback, reply, tempDir } from './helpers.ts';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../server/insights/cli.ts', import.meta.url));
const cli = (env: Record<string, string>, args: string[] = []) =>
  run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env } });

let cleanup = (): void => undefined;
afterEach(() => cleanup());

describe('npm run insights', () => {
  it('prints the report as tables, read straight from the file in DATA_DIR', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const store = await openSqliteStoreStrict({ dataDir: t.dir });
    const at = new Date();
    await store.recordReply(reply({ at, messageId: 'a', sectionId: 'dosing' }));
    await store.recordFeedback(feedback({ at, messageId: 'a', helpful: true }));
    await store.recordReply(reply({ at, messageId: 'b', kind: 'fallback', sectionId: null, question: 'Can my cat take ketamine? call 555-123-4567' }));
    // The server may be running: the CLI reads beside an open writer.
    const { stdout } = await cli({ DATA_DIR: t.dir });
    await store.close();
    expect(stdout).toMatch(/2 questions in 1 conversations; feedback: 1 helpful, 0 not helpful/);
    expect(stdout).toMatch(/Questions per day by kind\nday\s+answer\s+clarify\s+fallback/);
    expect(stdout).toMatch(/dosing\s+1\s+1\s+0\s+100%/);
    expect(stdout).toContain('Can my cat take ketamine? call [phone]');
    expect(stdout).not.toContain('555-123');

    const json = JSON.parse((await cli({ DATA_DIR: t.dir }, ['--json'])).stdout) as { totals: { questions: number } };
    expect(json.totals.questions).toBe(2);
  });

  it('says there is nothing yet, and creates nothing, when the file is missing', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const { stdout } = await cli({ DATA_DIR: join(t.dir, 'none') });
    expect(stdout).toMatch(/^faqchat: no insights yet/);
    expect(existsSync(join(t.dir, 'none'))).toBe(false);
  });

  it('aligns columns, numbers to the right', () => {
    expect(table(['name', 'n'], [['a', 5], ['bbb', 10]])).toBe('name   n\n----  --\na      5\nbbb   10');
  });
});
