/**
 * Child process of crash.test.ts: writes replies as fast as it can and prints each message id on
 * stdout after its write committed (stdout to a pipe is synchronous on Linux, so a printed id was
 * committed before the parent can read it). Runs until killed.
 */
import { openSqliteStoreStrict } from '../../server/insights/sqlite.ts';

const [dataDir, salt] = process.argv.slice(2);
if (!dataDir || !salt) throw new Error('usage: burst-writer.ts <dataDir> <salt>');
const store = await openSqliteStoreStrict({ dataDir, salt });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  await store.recordReply({
    at: new Date(),
    sessionId: `burst-session-${i % 7}`,
    messageId: `burst-${i}`,
    kind: i % 3 === 0 ? 'fallback' : 'answer',
    sectionId: i % 3 === 0 ? null : 'dosing',
    confidence: 0.5,
    question: `question number ${i} about ketamine`,
  });
  process.stdout.write(`burst-${i}\n`);
}
