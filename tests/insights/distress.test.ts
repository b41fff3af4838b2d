/**
 * A conversation in distress leaves no text behind: not in the tables, not in the WAL, not in any
 * file of DATA_DIR. Learned from the reply kind (crisis or concern), never from the words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config.ts';
import type { ReplyEvent } from '../../server/engine/types.ts';
import { isDistressKind } from '../../server/insights/distress.ts';
import { insightsFile, openSqliteStoreStrict } from '../../server/insights/sqlite.ts';
import { startServer } from '../../server/node/server.ts';
import { realEngine } from '../api/engine.ts';
import { reply, tempDir } from './helpers.ts';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Every byte of every file under `dir` (database, WAL, shared memory, anything else), lower-cased. */
function everyFileText(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const bytes = readFileSync(full);
        // latin1 finds ASCII text at any byte offset; utf16le catches text written two bytes a character.
        parts.push(bytes.toString('latin1'), bytes.toString('utf16le'));
      }
    }
  };
  walk(dir);
  return parts.join('\n').toLowerCase();
}

describe('distress kinds', () => {
  it('crisis and concern put a conversation into distress; other kinds do not', () => {
    expect(['crisis', 'concern'].map(isDistressKind)).toEqual([true, true]);
    expect(['answer', 'fallback', 'clarify', 'referral', 'smalltalk', 'Crisis', ''].map(isDistressKind)).toEqual(Array(7).fill(false));
  });
});

describe('the store and a session in distress', () => {
  for (const kind of ['crisis', 'concern'] as const) {
    it(`a ${kind} reply erases the session's earlier text and keeps none of its later text, and counts the hour`, async () => {
      const t = tempDir();
      cleanups.push(t.cleanup);
      const store = await openSqliteStoreStrict({ dataDir: t.dir });
      cleanups.push(() => store.close());
      const session = { sessionId: `distress-${kind}` };
      await store.recordReply(reply({ ...session, kind: 'fallback', sectionId: null, question: 'how do I bake sourdough quillfeather' }));
      await store.recordReply(reply({ ...session, kind: 'clarify', sectionId: null, question: 'is it the wexfordlane one' }));
      await store.recordReply(reply({ ...session, kind: kind as ReplyEvent['kind'], sectionId: null, question: 'I want it all to stop' }));
      await store.recordReply(reply({ ...session, kind: 'fallback', sectionId: null, question: 'I already wrote the letters brennick' }));
      await store.recordReply(reply({ ...session, kind: 'answer', question: 'how long does it last' }));
      // Another visitor's unanswered question is kept, as before.
      await store.recordReply(reply({ sessionId: 'calm', kind: 'fallback', sectionId: null, question: 'can my cat take it pellingham' }));

      const db = new Database(insightsFile(t.dir), { readonly: true });
      cleanups.push(() => void db.close());
      const texts = db.prepare('SELECT question, topic FROM replies WHERE question IS NOT NULL OR topic IS NOT NULL').all();
      expect(texts).toEqual([{ question: 'can my cat take it pellingham', topic: expect.stringContaining('pellingham') }]);
      // The rows stay (kind counts), without text; the distress reply is a count only.
      expect(db.prepare('SELECT kind, COUNT(*) AS n FROM replies GROUP BY kind ORDER BY kind').all()).toEqual([
        { kind: 'answer', n: 1 },
        { kind: 'clarify', n: 1 },
        { kind: 'fallback', n: 3 },
      ]);
      const table = kind === 'crisis' ? 'crisis_hourly' : 'concern_hourly';
      expect(db.prepare(`SELECT SUM(count) AS n FROM ${table}`).get()).toEqual({ n: 1 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM distress_sessions').get()).toEqual({ n: 1 });
      const report = await store.report(new Date('2025-06-15T12:00:00Z'));
      expect((report.totals.byKind as Record<string, number>)[kind]).toBe(1);
      expect(report.unanswered.map((u) => u.example)).toEqual(['can my cat take it pellingham']);
    });
  }

  it('the marker does not join the replies table: its hash differs from the session hash', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const store = await openSqliteStoreStrict({ dataDir: t.dir });
    cleanups.push(() => store.close());
    await store.recordReply(reply({ sessionId: 'joined?', kind: 'answer' }));
    await store.recordReply(reply({ sessionId: 'joined?', kind: 'crisis' }));
    const db = new Database(insightsFile(t.dir), { readonly: true });
    cleanups.push(() => void db.close());
    expect(db.prepare('SELECT COUNT(*) AS n FROM replies r JOIN distress_sessions d ON d.marker = r.session_hash').get()).toEqual({ n: 0 });
  });

  it('purges distress markers and concern counts with everything else', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const store = await openSqliteStoreStrict({ dataDir: t.dir, retentionDays: 1 });
    cleanups.push(() => store.close());
    await store.recordReply(reply({ kind: 'concern' as ReplyEvent['kind'] }));
    await store.recordReply(reply({ kind: 'crisis' }));
    await store.purge(new Date('2025-07-15T00:00:00Z'));
    const db = new Database(insightsFile(t.dir), { readonly: true });
    cleanups.push(() => void db.close());
    for (const table of ['distress_sessions', 'concern_hourly', 'crisis_hourly']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });
});

describe('every file in DATA_DIR after a conversation in crisis (real server, real engine)', () => {
  // Personal details a visitor might write, each a word no scrub rule removes, so only the distress
  // rule can keep them out.
  const BEFORE = 'my name is Harriet Quillfeather and I live at 42 Wexfordshaw Lane, how do I bake sourdough';
  const CRISIS = "I can't do this anymore, I want to end my life";
  const AFTER = [
    'I already wrote the letters to Tomasz Brennickova',
    'my address is 17 Pellinghamshire Road, call me on 07700 900461',
    'where can I buy a purple bicycle zanzibarquill',
  ];
  const SECRETS = ['quillfeather', 'wexfordshaw', 'wrote the letters', 'brennickova', 'pellinghamshire', '07700 900461', 'zanzibarquill', 'end my life', 'purple bicycle'];

  it('holds none of the text written before or after the crisis reply, while running and after shutdown', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const config = { ...parseConfig({ DATA_DIR: t.dir, RATE_LIMIT_PER_MIN: '0' }), port: 0, host: '127.0.0.1' };
    const server = await startServer({ config, engine: realEngine(), log: () => {}, signals: false });
    let closed = false;
    cleanups.push(() => (closed ? undefined : server.close()));
    const chat = async (message: string, sessionId?: string, context?: string) => {
      const res = await fetch(`${server.url}/api/chat`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ message, sessionId, context }),
      });
      expect(res.status).toBe(200);
      return (await res.json()) as { kind: string; sessionId: string; context: string };
    };

    // A control conversation whose unanswered question IS stored: the scan can see text.
    await chat('where can I buy a purple kayak controlmarker');
    const first = await chat(BEFORE);
    expect(first.kind).toBe('fallback');
    const crisis = await chat(CRISIS, first.sessionId, first.context);
    expect(crisis.kind).toBe('crisis');
    let context = crisis.context;
    const kinds: string[] = [];
    for (const message of AFTER) {
      const r = await chat(message, first.sessionId, context);
      kinds.push(r.kind);
      context = r.context;
    }
    expect(kinds).toContain('fallback'); // some follow-up is of a kind whose text would otherwise be kept

    // Writes land after each response: wait until every reply of the session is recorded.
    const file = insightsFile(t.dir);
    for (let i = 0; i < 200; i++) {
      const db = new Database(file, { readonly: true });
      const n = (db.prepare('SELECT COUNT(*) AS n FROM replies').get() as { n: number }).n;
      db.close();
      if (n >= 1 + 1 + AFTER.length) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const check = (stage: string): void => {
      const text = everyFileText(t.dir);
      expect(text, stage).toContain('controlmarker');
      for (const secret of SECRETS) expect(text, `${stage}: ${secret}`).not.toContain(secret.toLowerCase());
    };
    check('while the server runs');
    await server.close();
    closed = true;
    check('after shutdown');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT SUM(count) AS n FROM crisis_hourly').get()).toEqual({ n: 1 });
    db.close();
  });
});
