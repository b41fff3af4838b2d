/**
 * Node side of the owner's loop: the edits live in DATA_DIR/insights.sqlite beside the report's
 * tables, read through a connection of their own (WAL lets it sit beside the recorder's), and the
 * engine is rebuilt in this process whenever the owner changes something on /admin.
 */
import { mkdirSync } from 'node:fs';
import type { Config } from '../config.ts';
import type { KnowledgeBuild } from '../engine/engine.ts';
import type { Engine } from '../engine/types.ts';
import { OwnerLoop } from '../insights/owner-loop.ts';
import { openOwnerStore } from '../insights/owner-store.ts';
import { insightsFile, openSqliteDriver, scheduleRetention, type SqliteDriver } from '../insights/sqlite.ts';
import type { Log } from '../http/log.ts';

export interface NodeOwnerLoop {
  loop: OwnerLoop;
  close(): Promise<void>;
}

/**
 * Opens the edits, applies them once (so the first visitor already gets them) and purges their
 * visitor-derived keys daily. A database that will not open leaves the base engine answering.
 */
export async function openNodeOwnerLoop(config: Config, base: KnowledgeBuild, baseEngine: Engine, log: Log): Promise<NodeOwnerLoop> {
  const warn = (line: string) => log({ level: 'warn', msg: line });
  let driver: SqliteDriver | undefined;
  const store = (async () => {
    mkdirSync(config.dataDir, { recursive: true });
    driver = openSqliteDriver(insightsFile(config.dataDir));
    return openOwnerStore(driver);
  })().catch((error: unknown) => {
    warn(`faqchat: owner edits unavailable (${error instanceof Error ? error.message : String(error)}); answering from the articles alone`);
    return null;
  });
  const loop = new OwnerLoop({ base, baseEngine, store, log: (line) => log({ level: 'info', msg: line }) });
  await loop.sync().catch((error: unknown) => warn(`faqchat: owner edits could not be read (${error instanceof Error ? error.message : String(error)})`));
  const stop = scheduleRetention({
    purge: async (now) => ((await store)?.purge(now, config.retentionDays) ?? 0),
  });
  return {
    loop,
    async close() {
      stop();
      await driver?.close();
    },
  };
}
