/**
 * The live half of the owner's loop: holds the engine the HTTP app answers with and replaces it
 * when the owner's edits change, without a restart. Web-standard only; the Node server and the
 * Worker each make one per process/isolate.
 *
 * Node: the one process makes every change, so `sync()` after an edit is all it takes. Workers: an
 * isolate that did not make the change learns of it from the version row — `syncIfDue()` awaits
 * the first read of an isolate (its first answers must include the edits) and afterwards re-reads
 * in the background at most every `checkMs`.
 */
import { createEngine, type EngineOptions, type KnowledgeBuild } from '../engine/engine.ts';
import { withOwnerEdits } from '../engine/owner.ts';
import type { Engine } from '../engine/types.ts';
import { engineEdits, type OwnerStore } from './owner-store.ts';

export interface OwnerLoopOptions {
  /** The knowledge build as deployed (build/knowledge), without any edit. */
  base: KnowledgeBuild;
  /** The engine of `base`, already made by the adapter. */
  baseEngine: Engine;
  /** Null when the store is unavailable: the base engine answers and edits are refused. */
  store: Promise<OwnerStore | null>;
  engineOptions?: Partial<EngineOptions>;
  /** How often an isolate re-reads the version row (Workers). Default 15 s. */
  checkMs?: number;
  log?: (line: string) => void;
  clock?: () => number;
}

export interface SyncResult {
  version: number;
  /** Milliseconds to build the new engine; 0 when nothing changed. */
  rebuildMs: number;
}

export class OwnerLoop {
  #engine: Engine;
  #version = -1;
  /** The edits the current engine was built with (JSON), so an unchanged set is not rebuilt. */
  #applied = JSON.stringify({ links: [], pairs: [] });
  #checkedAt = -Infinity;
  #running: Promise<SyncResult> | null = null;
  readonly #options: OwnerLoopOptions;
  readonly #clock: () => number;

  constructor(options: OwnerLoopOptions) {
    this.#options = options;
    this.#engine = options.baseEngine;
    this.#clock = options.clock ?? (() => Date.now());
  }

  /** The engine to answer with now. */
  get engine(): Engine {
    return this.#engine;
  }

  /** The base build, for what the admin offers (sections to link to) and exports. */
  get base(): KnowledgeBuild {
    return this.#options.base;
  }

  store(): Promise<OwnerStore | null> {
    return this.#options.store;
  }

  /**
   * Reads the version and, when it changed, the edits, and swaps in an engine built from them.
   * Concurrent calls share one read. Rejects when the store fails (the current engine stays).
   */
  sync(): Promise<SyncResult> {
    this.#running ??= this.#sync().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #sync(): Promise<SyncResult> {
    const store = await this.#options.store;
    this.#checkedAt = this.#clock();
    if (!store) return { version: this.#version, rebuildMs: 0 };
    const version = await store.version();
    if (version === this.#version) return { version, rebuildMs: 0 };
    const edits = engineEdits(await store.list());
    const key = JSON.stringify(edits);
    // A dismissal changes the version but nothing the bot knows: no rebuild.
    if (key === this.#applied) {
      this.#version = version;
      return { version, rebuildMs: 0 };
    }
    const started = performance.now();
    const none = edits.links.length === 0 && edits.pairs.length === 0;
    this.#engine = none ? this.#options.baseEngine : createEngine(withOwnerEdits(this.#options.base, edits), this.#options.engineOptions);
    const rebuildMs = none ? 0 : Math.round((performance.now() - started) * 10) / 10;
    this.#version = version;
    this.#applied = key;
    if (!none) this.#options.log?.(`faqchat: owner edits applied (version ${version}, ${edits.links.length} linked questions, ${edits.pairs.length} owner answers, engine rebuilt in ${rebuildMs} ms)`);
    return { version, rebuildMs };
  }

  /**
   * For a request about to be answered (Workers): awaits the first sync of this isolate, then only
   * starts one in the background when the last is older than `checkMs`; `background` receives it
   * (ctx.waitUntil). Never rejects: a failing store leaves the current engine in place.
   */
  async syncIfDue(background: (work: Promise<unknown>) => void): Promise<void> {
    const quiet = (p: Promise<unknown>) =>
      p.catch((error: unknown) => this.#options.log?.(`faqchat: owner edits could not be read (${error instanceof Error ? error.message : String(error)}); answering without the latest`));
    if (this.#version < 0 && this.#checkedAt === -Infinity) {
      await quiet(this.sync());
      return;
    }
    if (this.#clock() - this.#checkedAt >= (this.#options.checkMs ?? 15_000)) background(quiet(this.sync()));
  }
}
