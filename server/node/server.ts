/**
 * Node adapter: builds what is missing (knowledge, widget) unless the caller says the builds are
 * prebuilt, loads the index, and serves `createApp()` with @hono/node-server. The only server file
 * that touches the file system and sockets.
 *
 * Start-up cost matters here (issue 8: ready ≤ 500 ms): the knowledge pipeline and Vite are imported
 * only when a build is actually needed, and the prebuilt server (`npm start`, server/node/bundle.ts)
 * skips the checks, because server/node/start.mjs has already made every build current.
 */
import { createHmac } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { freshWidgetBuild, WIDGET_OUT_DIR } from '../../widget/fresh.ts';
import { createApp } from '../http/app.ts';
import { clientAddress } from '../http/client-key.ts';
import { contextSealer, randomContextSecret } from '../http/context-mac.ts';
import { ASSET_EXTENSIONS, createAssets, type Assets } from '../http/assets.ts';
import { DEFAULTS, parseConfig, type Config } from '../config.ts';
import { createEngine, type KnowledgeBuild } from '../engine/engine.ts';
import { topicTitles } from '../engine/owner.ts';
import { createAdminApp } from '../insights/admin.ts';
import { articleWords } from '../insights/scrub.ts';
import { openSqliteStore, scheduleRetention } from '../insights/sqlite.ts';
import { answerClientErrors, trackConnections } from './connections.ts';
import { loadKnowledgeBuild } from './load.ts';
import { openNodeOwnerLoop } from './owner.ts';
import { createLogger, type Log } from '../http/log.ts';
import type { Engine, FeedbackEvent, ReplyEvent, Store } from '../engine/types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the widget build lands (build/widget/widget.js + lazy chunks). */
export const WIDGET_DIR = WIDGET_OUT_DIR;
const KNOWLEDGE_DIR = join(ROOT, 'build', 'knowledge');

/**
 * What start-up does about the builds. `ensure` (default; `npm run dev`, tests): rebuild the
 * knowledge when its version hash changed and the widget when a source is newer. `prebuilt` (the
 * bundled server of `npm start` and containers): load build/ as it is, no hashing, no Vite.
 */
export type StartupBuilds = 'ensure' | 'prebuilt';

export interface StartOptions {
  /** Default: parsed from process.env. */
  config?: Config;
  /** Default: ensureKnowledgeBuilt() (unless `builds: 'prebuilt'`) + loadKnowledgeBuild() + createEngine(). */
  engine?: Engine;
  /**
   * The knowledge build the engine answers from; default the one loaded from build/knowledge. The
   * owner's edits on /admin are applied to it (not with a caller's `engine` and no `knowledge`).
   */
  knowledge?: KnowledgeBuild;
  /** Default: the files of build/widget/ (rebuilt first when stale, unless `builds: 'prebuilt'`). */
  assets?: Assets;
  /** Default `ensure`; see `StartupBuilds`. */
  builds?: StartupBuilds;
  /**
   * Insights storage. Default: the SQLite store in DATA_DIR (opened, purged daily and closed here);
   * a store passed in belongs to the caller; `false` records nothing.
   */
  store?: Store | false;
  /** Admin sub-app, mounted as-is. Default: the insights admin (routes exist only with ADMIN_TOKEN). */
  admin?: Hono<any>;
  log?: Log;
  /** Install SIGTERM/SIGINT handlers that close gracefully and exit 0. Default true. */
  signals?: boolean;
  /** How long close() waits for in-flight requests before cutting connections. */
  shutdownGraceMs?: number;
  /** Clients each rate limiter remembers (see AppOptions); default `DEFAULTS.rateLimitMaxKeys`. */
  rateLimitMaxKeys?: number;
}

export interface RunningServer {
  /** e.g. http://localhost:8787 */
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  close(): Promise<void>;
}

/** Reads every servable file under `dir` into an Assets lookup keyed by URL path (`/widget.js`). */
export function readAssetsDir(dir: string = WIDGET_DIR): Assets & { paths(): string[] } {
  const files: Array<[string, Uint8Array]> = [];
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return; // no build yet: no assets
    }
    for (const name of names) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (ASSET_EXTENSIONS.includes(name.slice(name.lastIndexOf('.') + 1).toLowerCase())) {
        files.push([`/${relative(dir, full).split(sep).join('/')}`, new Uint8Array(readFileSync(full))]);
      }
    }
  };
  walk(dir);
  return createAssets(files);
}

/**
 * Builds the widget when missing or stale. The freshness check is Vite-free (widget/fresh.ts); Vite
 * is imported only to rebuild. A checkout without widget/build.ts still serves what build/widget holds.
 */
async function buildWidgetIfStale(log: Log): Promise<void> {
  if (freshWidgetBuild() || !existsSync(join(ROOT, 'widget', 'build.ts'))) return;
  try {
    const { buildWidget } = await import('../../widget/build.ts');
    await buildWidget();
  } catch (err) {
    // The chat API still works without the widget; say why the demo page has no chat button.
    log({ level: 'warn', msg: `faqchat: widget build failed (${err instanceof Error ? err.message.split('\n')[0] : String(err)})` });
  }
}

/** Builds the knowledge when missing or stale (unless prebuilt) and loads it. */
async function loadKnowledge(builds: StartupBuilds): Promise<KnowledgeBuild> {
  if (builds === 'ensure') {
    // The pipeline (and its version hash over every source) is loaded only on this path.
    const { ensureKnowledgeBuilt } = await import('../../knowledge/build.ts');
    ensureKnowledgeBuilt();
  }
  return loadKnowledgeBuild(KNOWLEDGE_DIR);
}

/**
 * Store writes run after the response has gone out (setImmediate, not a microtask of the request),
 * and are tracked so a graceful shutdown waits for them before it closes the database.
 */
function deferredStore(store: Store, pending: Set<Promise<unknown>>): Store {
  const later = <T>(work: () => Promise<T>): Promise<T> => {
    const task = new Promise<void>((done) => setImmediate(done)).then(work);
    pending.add(task);
    const forget = () => pending.delete(task);
    task.then(forget, forget);
    return task;
  };
  return {
    recordReply: (event: ReplyEvent) => later(() => store.recordReply(event)),
    recordFeedback: (event: FeedbackEvent) => later(() => store.recordFeedback(event)),
    purge: (now: Date) => store.purge(now),
    close: () => store.close(),
  };
}

let stdoutSink: ((text: string) => void) | undefined;

/**
 * A log sink for stdout that writes each event-loop turn's lines in one write: under load that is one
 * write(2) per turn instead of one per request (stdout to a file or pipe is synchronous on Linux).
 * Lines still pending when the process exits are written by an `exit` listener.
 *
 * @example const log = createLogger('info', stdoutLines());
 */
export function stdoutLines(): (text: string) => void {
  if (stdoutSink) return stdoutSink;
  let buffer = '';
  const flush = () => {
    if (!buffer) return;
    const out = buffer;
    buffer = '';
    process.stdout.write(out);
  };
  process.on('exit', flush);
  stdoutSink = (text) => {
    if (!buffer) setImmediate(flush);
    buffer += `${text}\n`;
  };
  return stdoutSink;
}

function displayUrl(host: string | undefined, port: number): string {
  if (!host || host === '0.0.0.0' || host === '::') return `http://localhost:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Starts the HTTP server. Resolves once it is listening and serving the loaded index.
 *
 * @example
 * const server = await startServer({ config: { ...parseConfig(process.env), port: 0 }, signals: false });
 * await fetch(`${server.url}/healthz`); await server.close();
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config = options.config ?? parseConfig(process.env);
  const log = options.log ?? createLogger(config.logLevel);
  const builds = options.builds ?? 'ensure';
  const knowledge = options.knowledge ?? (options.engine ? undefined : await loadKnowledge(builds));
  const engine = options.engine ?? createEngine(knowledge!);
  let assets = options.assets;
  if (!assets) {
    if (builds === 'ensure') await buildWidgetIfStale(log);
    const found = readAssetsDir();
    if (!found.get('/widget.js')) log({ level: 'warn', msg: 'faqchat: build/widget/widget.js is missing; the demo page will have no chat widget' });
    assets = found;
  }

  let store: Store | undefined = options.store || undefined;
  let admin = options.admin;
  let closeInsights = async () => {};
  let current: () => Engine = () => engine;
  if (options.store === undefined) {
    const opened = openSqliteStore({
      dataDir: config.dataDir,
      retentionDays: config.retentionDays,
      knownWords: articleWords(engine.corpus),
      log: (line) => log({ level: 'warn', msg: line }),
    });
    const stopRetention = scheduleRetention(opened);
    store = opened;
    // The owner's edits apply to a build; kept edits apply even while ADMIN_TOKEN is unset.
    const owner = knowledge ? await openNodeOwnerLoop(config, knowledge, engine, log) : undefined;
    if (owner) current = () => owner.loop.engine;
    admin ??= createAdminApp({
      token: config.adminToken,
      reader: opened,
      sectionTitles: () => topicTitles(current().corpus),
      owner: owner?.loop,
      log: (line) => log({ level: 'warn', msg: line }),
    });
    closeInsights = async () => {
      stopRetention();
      await owner?.close();
      await opened.close();
    };
  }

  const addressing = { trustProxy: config.trustProxy, clientIpHeader: config.clientIpHeader };
  const clientIp = (c: Context): string => clientAddress((name) => c.req.header(name), getConnInfo(c).remote.address, addressing);
  // Store writes in flight; close() lets them finish before the database closes.
  const pending = new Set<Promise<unknown>>();
  const app = createApp({
    engine: current,
    contact: knowledge?.site.contact ?? null,
    config,
    assets,
    store: store && deferredStore(store, pending),
    admin,
    clientIp,
    log,
    compress: true,
    rateLimitMaxKeys: options.rateLimitMaxKeys,
    // The same HMAC-SHA-256 as the Web Crypto default, synchronously: ~15 µs instead of ~250 µs per chat turn.
    contextSealer: contextSealer(config.contextSecret ?? randomContextSecret(), { hmac: (key, data) => createHmac('sha256', key).update(data).digest() }),
    // Node has no execution context (Hono's c.executionCtx throws an Error per request there); the
    // deferred store already tracks its tasks.
    waitUntil: () => {},
  });

  const server = createAdaptorServer({ fetch: app.fetch });
  const http = server as import('node:http').Server;
  answerClientErrors(http);
  const connections = trackConnections(http);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const where = `${config.host ?? '*'}:${config.port}`;
      reject(new Error(err.code === 'EADDRINUSE' ? `faqchat: port ${config.port} is in use; set PORT to a free port` : `faqchat: cannot listen on ${where} (${err.code ?? err.message})`));
    });
    server.listen(config.port, config.host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      log({ level: 'warn', msg: `faqchat: ${signal} again, exiting now` });
      process.exit(1);
    }
    log({ level: 'info', msg: `faqchat: ${signal}, finishing in-flight requests` });
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolveClose, reject) => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      // Stop accepting; busy connections close after their response, idle ones after a short pause.
      connections
        .drain({ idleMs: DEFAULTS.drainIdleMs, graceMs: options.shutdownGraceMs ?? DEFAULTS.shutdownGraceMs })
        .then(() => Promise.allSettled([...pending]))
        .then(() => closeInsights())
        .then(resolveClose, reject);
    });
    return closing;
  };
  if (options.signals !== false) {
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
  return { url: displayUrl(config.host, port), port, close };
}
