/**
 * The site owner's edits from /admin (links, owner-written Q&A pairs, dismissals), kept in the
 * insights database beside the report's tables: the same SQL on the Node SQLite file and on D1.
 * Web-standard only. A version row changes with every edit, so a process that did not make the
 * change (another Workers isolate) can see that its engine is stale with one cheap read.
 */
import type { OwnerEdits } from '../engine/owner.ts';
import { hourBucket } from './record.ts';
import { OWNER_SQL } from './schema.ts';
import { migrate, type SqlDriver } from './sql-store.ts';

export type OwnerAction = 'link' | 'answer' | 'dismiss';

/** One edit as stored and as the admin API returns it. */
export interface OwnerEdit {
  id: string;
  /** ISO time of the edit. */
  at: string;
  action: OwnerAction;
  /** Key words of the unanswered group the edit resolves; null when none (or past retention). */
  topic: string | null;
  /** link: the section or FAQ pair id. */
  sectionId: string | null;
  /** link: the alternate question; answer: the owner's question. */
  question: string | null;
  /** answer: the owner's answer text. */
  answer: string | null;
  /** answer: where it is published ('' or null for none). */
  url: string | null;
}

export type NewOwnerEdit = Omit<OwnerEdit, 'id' | 'at'>;

export interface OwnerStore {
  /** Bumped with every added or removed edit. */
  version(): Promise<number>;
  list(): Promise<OwnerEdit[]>;
  add(edit: NewOwnerEdit, now?: Date): Promise<OwnerEdit>;
  /** True when the edit existed. */
  remove(id: string): Promise<boolean>;
  /** Drops dismissals and group keys older than `retentionDays` (they name visitors' key words). */
  purge(now: Date, retentionDays: number): Promise<number>;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toEdit(row: Record<string, unknown>): OwnerEdit {
  return {
    id: String(row.id),
    at: new Date(Number(row.at) * 1000).toISOString(),
    action: String(row.action) as OwnerAction,
    topic: str(row.topic),
    sectionId: str(row.section_id),
    question: str(row.question),
    answer: str(row.answer),
    url: str(row.url),
  };
}

function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The edits as the engine applies them, oldest first. Dismissals change nothing the bot knows.
 *
 * @example withOwnerEdits(build, engineEdits(await store.list()))
 */
export function engineEdits(edits: readonly OwnerEdit[]): OwnerEdits {
  const out: OwnerEdits = { links: [], pairs: [] };
  for (const e of edits) {
    if (e.action === 'link' && e.sectionId && e.question) out.links.push({ sectionId: e.sectionId, question: e.question });
    if (e.action === 'answer' && e.question && e.answer) out.pairs.push({ key: e.id, question: e.question, answer: e.answer, url: e.url ?? '' });
  }
  return out;
}

/** Migrates (the owner tables come with the insights migrations) and returns the store. */
export async function openOwnerStore(driver: SqlDriver): Promise<OwnerStore> {
  await migrate(driver);
  return {
    async version() {
      const rows = await driver.all(OWNER_SQL.version, []);
      return Number(rows[0]?.version ?? 0);
    },
    async list() {
      return (await driver.all(OWNER_SQL.list, [])).map(toEdit);
    },
    async add(edit, now = new Date()) {
      const id = newId();
      const at = Math.floor(now.getTime() / 1000);
      await driver.write([
        { sql: OWNER_SQL.insert, params: [id, at, edit.action, edit.topic, edit.sectionId, edit.question, edit.answer, edit.url] },
        { sql: OWNER_SQL.bump, params: [] },
      ]);
      return { ...edit, id, at: new Date(at * 1000).toISOString() };
    },
    async remove(id) {
      const [removed = 0] = await driver.write([
        { sql: OWNER_SQL.remove, params: [id] },
        { sql: OWNER_SQL.bump, params: [] },
      ]);
      return removed > 0;
    },
    async purge(now, retentionDays) {
      const cutoff = hourBucket(now) - retentionDays * 86_400;
      const changed = await driver.write([
        { sql: OWNER_SQL.purgeDismissed, params: [cutoff] },
        { sql: OWNER_SQL.purgeTopics, params: [cutoff] },
      ]);
      return changed.reduce((a, b) => a + b, 0);
    },
  };
}
