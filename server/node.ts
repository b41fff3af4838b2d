/**
 * Node adapter: builds what is missing (knowledge, widget), loads the index, and serves
 * `createApp()` with @hono/node-server. The only server file that touches the file system and sockets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { ensureKnowledgeBuilt } from '../knowledge/build.ts';
import { createApp, forwardedClientIp } from './app.ts';
import { ASSET_EXTENSIONS, createAssets, type Assets } from './assets.ts';
import { DEFAULTS, parseConfig, type Config } from './config.ts';
import { createEngine } from './engine.ts';
import { createAdminApp } from './insights/admin.ts';
import { openSqliteStore, scheduleRetention } from './insights/sqlite.ts';
import { loadKnowledgeBuild } from './load.ts';
import { createLogger, type Log } from './log.ts';
import type { Engine, Store } from './types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the widget build lands (build/widget/widget.js + lazy chunks). */
export const WIDGET_DIR = join(ROOT, 'build', 'widget');
const KNOWLEDGE_DIR = join(ROOT, 'build', 'knowledge');

export interface StartOptions {
  /** Default: parsed from process.env. */
  config?: Config;
  /** Default: ensureKnowledgeBuilt() + loadKnowledgeBuild() + createEngine(). */
  engine?: Engine;
  /** Default: the files of build/widget/ (built first by ensureWidgetBuilt() when that exists). */
  assets?: Assets;
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
 * Builds the widget when missing or stale. Imported lazily: Vite is only loaded at start-up, and a
 * checkout without widget/build.ts still serves whatever build/widget holds.
 */
async function buildWidgetIfPresent(log: Log): Promise<void> {
  if (!existsSync(join(ROOT, 'widget', 'build.ts'))) return;
  const { ensureWidgetBuilt } = await import('../widget/build.ts');
  try {
    await ensureWidgetBuilt();
  } catch (err) {
    // The chat API still works without the widget; say why the demo page has no chat button.
    log({ level: 'warn', msg: `faqchat: widget build failed (${err instanceof Error ? err.message.split('\n')[0] : String(err)})` });
  }
}

/** Builds the knowledge when missing or stale, loads it and creates the engine. */
function loadEngine(): Engine {
  ensureKnowledgeBuilt();
  const { corpus, indexJson } = loadKnowledgeBuild(KNOWLEDGE_DIR);
  return createEngine(corpus, indexJson);
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
  const engine = options.engine ?? loadEngine();
  let assets = options.assets;
  if (!assets) {
    await buildWidgetIfPresent(log);
    const found = readAssetsDir();
    if (!found.get('/widget.js')) log({ level: 'warn', msg: 'faqchat: build/widget/widget.js is missing; the demo page will have no chat widget' });
    assets = found;
  }

  let store: Store | undefined = options.store || undefined;
  let admin = options.admin;
  let closeInsights = async () => {};
  if (options.store === undefined) {
    const opened = openSqliteStore({
      dataDir: config.dataDir,
      retentionDays: config.retentionDays,
      log: (line) => log({ level: 'warn', msg: line }),
    });
    const stopRetention = scheduleRetention(opened);
    store = opened;
    admin ??= createAdminApp({
      token: config.adminToken,
      reader: opened,
      sectionTitles: Object.fromEntries(engine.corpus.sections.map((s) => [s.id, s.title])),
    });
    closeInsights = async () => {
      stopRetention();
      await opened.close();
    };
  }

  const socketIp = (c: Context): string => getConnInfo(c).remote.address ?? 'unknown';
  const clientIp = config.trustProxy ? (c: Context) => forwardedClientIp(c) ?? socketIp(c) : socketIp;
  const app = createApp({ engine, config, assets, store, admin, clientIp, log, compress: true });

  const server = createAdaptorServer({ fetch: app.fetch });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const where = `${config.host ?? '*'}:${config.port}`;
      reject(new Error(err.code === 'EADDRINUSE' ? `faqchat: port ${config.port} is in use; set PORT to a free port` : `faqchat: cannot listen on ${where} (${err.code ?? err.message})`));
    });
    server.listen(config.port, config.host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const http = server as import('node:http').Server;
  // Responses in progress, so close() can end their keep-alive connections once each is sent.
  const active = new Set<import('node:http').ServerResponse>();
  let draining = false;
  http.on('request', (_req, res: import('node:http').ServerResponse) => {
    if (draining) res.shouldKeepAlive = false;
    active.add(res);
    res.on('close', () => active.delete(res));
    res.on('finish', () => {
      active.delete(res);
      if (draining) setImmediate(() => http.closeIdleConnections());
    });
  });

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
      draining = true;
      for (const res of active) if (!res.headersSent) res.shouldKeepAlive = false;
      // Stop accepting; idle keep-alive sockets go now, busy ones once their response is sent.
      http.close((err) => (err ? reject(err) : closeInsights().then(resolveClose, reject)));
      http.closeIdleConnections();
      const timer = setTimeout(() => http.closeAllConnections(), options.shutdownGraceMs ?? DEFAULTS.shutdownGraceMs);
      timer.unref();
    });
    return closing;
  };
  if (options.signals !== false) {
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
  return { url: displayUrl(config.host, port), port, close };
}
