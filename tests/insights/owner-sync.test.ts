/**
 * Two processes (or Workers isolates) over one database: the one that did not make an edit picks it
 * up from the version row, on its first request and then at most every `checkMs`, and a store that
 * fails leaves its engine answering as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import { OwnerLoop } from '../../server/insights/owner-loop.ts';
import { openOwnerStore, type OwnerStore } from '../../server/insights/owner-store.ts';
import { insightsFile, openSqliteDriver } from '../../server/insights/sqlite.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';
import { tempDir } from './helpers.ts';

const base = loadKnowledgeBuild('build/knowledge');
const baseEngine = createEngine(base);
const QUESTION = 'Is there parking at the clinic?';
const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function openStore(dir: string): Promise<OwnerStore> {
  const driver = openSqliteDriver(insightsFile(dir));
  closers.push(() => driver.close());
  return openOwnerStore(driver);
}

describe('OwnerLoop across processes', () => {
  it('picks up another process\'s edit on its first request, then only after checkMs', async () => {
    const t = tempDir();
    closers.push(t.cleanup);
    const writer = await openStore(t.dir);
    let now = 0;
    const reader = new OwnerLoop({ base, baseEngine, store: openStore(t.dir), checkMs: 1000, clock: () => now });
    const background: Array<Promise<unknown>> = [];
    const run = (p: Promise<unknown>) => background.push(p);

    await writer.add({ action: 'answer', topic: null, sectionId: null, question: QUESTION, answer: 'Yes, behind the building.', url: '' });
    await reader.syncIfDue(run);
    expect(background).toHaveLength(0);
    expect(reader.engine.answer(QUESTION).reply.kind).toBe('answer');

    const removed = (await writer.list())[0]!.id;
    await writer.remove(removed);
    now = 500;
    await reader.syncIfDue(run);
    expect(background).toHaveLength(0);
    expect(reader.engine.answer(QUESTION).reply.kind).toBe('answer');

    now = 1500;
    await reader.syncIfDue(run);
    await Promise.all(background);
    expect(reader.engine).toBe(baseEngine);
    expect(reader.engine.answer(QUESTION).reply.kind).toBe('fallback');
  });

  it('keeps answering with the engine it has when the store fails', async () => {
    const lines: string[] = [];
    const broken: OwnerStore = {
      version: () => Promise.reject(new Error('disk I/O error')),
      list: () => Promise.reject(new Error('disk I/O error')),
      add: () => Promise.reject(new Error('disk I/O error')),
      remove: () => Promise.reject(new Error('disk I/O error')),
      purge: () => Promise.reject(new Error('disk I/O error')),
    };
    const loop = new OwnerLoop({ base, baseEngine, store: Promise.resolve(broken), log: (l) => lines.push(l) });
    await loop.syncIfDue(() => undefined);
    expect(loop.engine).toBe(baseEngine);
    expect(lines.join('\n')).toMatch(/could not be read/);
  });

  it('forgets dismissals and group key words after the retention period, keeps links and answers', async () => {
    const t = tempDir();
    closers.push(t.cleanup);
    const store = await openStore(t.dir);
    const old = new Date('2025-01-01T10:00:00Z');
    await store.add({ action: 'dismiss', topic: 'gift card', sectionId: null, question: null, answer: null, url: null }, old);
    await store.add({ action: 'answer', topic: 'clinic parking', sectionId: null, question: QUESTION, answer: 'Yes.', url: '' }, old);
    await store.add({ action: 'dismiss', topic: 'recent thing', sectionId: null, question: null, answer: null, url: null }, new Date('2025-02-25T10:00:00Z'));
    await store.purge(new Date('2025-03-01T00:00:00Z'), 30);
    const left = await store.list();
    expect(left.map((e) => [e.action, e.topic])).toEqual([['answer', null], ['dismiss', 'recent thing']]);
    expect(left[0]!.question).toBe(QUESTION);
  });
});
