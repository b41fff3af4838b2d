/**
 * Starting and stopping the faqchat server as a child process for the HTTP, cold-start and widget
 * parts: loopback only, a free random port, rate limit off, insights data in a temp folder.
 * Each child gets its own process group, so stopping it ends exactly the processes this bench
 * started (npm → sh → node, or npm → sh → tsx → node) and nothing else.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../knowledge/version.ts';
import { sleep } from './stats.ts';

/**
 * How the server is started. `npm` is exactly `npm start` (npm → sh → node server/node/start.mjs, which
 * checks the build stamp and runs the prebuilt server in the same process); `start` is that node
 * process without npm, with the flags package.json gives it; `bundle` is the container command
 * `node build/server/main.js`; `dev` is `npm run dev` (npm → tsx CLI → node) and `node-tsx` its node
 * process alone, from source through tsx, for comparison.
 */
export type StartVariant = 'npm' | 'start' | 'bundle' | 'dev' | 'node-tsx';

/** The prebuilt server entry (server/node/bundle.ts builds it; `npm start` / `npm run build` keep it current). */
export const BUNDLE_ENTRY = join(REPO_ROOT, 'build', 'server', 'main.js');

/** The entry a variant needs built first, if any. */
export function variantEntry(variant: StartVariant): string | null {
  return variant === 'bundle' || variant === 'start' || variant === 'npm' ? BUNDLE_ENTRY : null;
}

/** package.json's `start` script as node arguments (`node [flags] server/node/start.mjs` → [flags, server/node/start.mjs]); the V8 flags are also what README tells containers to use. */
export function npmStartArgs(): string[] {
  const script = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
  const [cmd, ...args] = script.trim().split(/\s+/);
  if (cmd !== 'node') throw new Error(`faqchat: the bench expects package.json "start" to be \`node …\`, got "${script}"`);
  return args;
}

export const VARIANT_LABEL: Record<StartVariant, string> = {
  npm: 'npm start (npm → node server/node/start.mjs → prebuilt)',
  start: 'node server/node/start.mjs (npm start without npm)',
  bundle: 'node <same flags> build/server/main.js (containers)',
  dev: 'npm run dev (npm → tsx CLI → node, from source)',
  'node-tsx': 'node --import tsx server/node/main.ts (dev, no npm)',
};

function command(variant: StartVariant, nodeFlags: string[]): [string, string[]] {
  switch (variant) {
    case 'npm':
      return ['npm', ['start', '--silent']];
    case 'start':
      return [process.execPath, [...nodeFlags, ...npmStartArgs()]];
    case 'bundle':
      return [process.execPath, [...nodeFlags, ...npmStartArgs().filter((a) => a.startsWith('--')), BUNDLE_ENTRY]];
    case 'dev':
      return ['npm', ['run', 'dev', '--silent']];
    case 'node-tsx':
      return [process.execPath, [...nodeFlags, '--import', 'tsx', 'server/node/main.ts']];
  }
}

/** A free TCP port on loopback (the OS picks; released right away for the child to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** One GET on loopback; resolves with the status, or null when the connection fails. */
export function getStatus(port: number, path: string, timeoutMs = 1000): Promise<number | null> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? null));
    });
    req.on('error', () => resolve(null));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

export interface ServerChild {
  variant: StartVariant;
  port: number;
  url: string;
  child: ChildProcess;
  /** ms from spawn() to the first 200 of /healthz. */
  readyMs: number;
  /** The process that serves (the leaf node process under npm/tsx). */
  serverPid: number;
  /** Everything the child wrote to stderr (startup errors). */
  stderr(): string;
  /** SIGTERM, then SIGKILL after 5 s; says how long the graceful exit took and whether it happened. */
  stop(): Promise<StopResult>;
}

export interface StopResult {
  ms: number;
  /** True when SIGTERM alone ended it (graceful shutdown worked). */
  graceful: boolean;
  code: number | null;
}

export interface SpawnOptions {
  variant: StartVariant;
  /** Extra env on top of the bench defaults. */
  env?: Record<string, string>;
  /** Extra node flags (e.g. --cpu-prof); not for the npm variants (`npm`, `dev`). */
  nodeFlags?: string[];
  timeoutMs?: number;
}

/** Children of `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // gone, or not Linux
  }
  return out;
}

/** `pid` and all its descendants. */
export function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]!));
  return all;
}

function commOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/** The deepest `node` process of the tree: the one that loaded the app (npm and tsx spawn it). */
export function serverProcess(rootPid: number): number {
  const nodes = processTree(rootPid).filter((pid) => commOf(pid) === 'node');
  return nodes.at(-1) ?? rootPid; // breadth-first order: the last one is the deepest
}

/** VmRSS of a process in MB (1 MB = 2^20 bytes), from /proc/<pid>/status; NaN when unreadable. */
export function rssMB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Sum of VmRSS over the whole process tree (npm + tsx CLI + server for `npm start`). */
export function treeRssMB(rootPid: number): number {
  return processTree(rootPid).reduce((sum, pid) => sum + (rssMB(pid) || 0), 0);
}

/** Process groups of the servers this bench started and has not stopped yet. */
const live = new Set<number>();
let handlersInstalled = false;
/** Ctrl-C or a timeout's SIGTERM on the bench still ends the servers it started (each its own group). */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const killAll = () => {
    for (const pgid of live) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    live.clear();
  };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      killAll();
      process.exit(130);
    });
  }
}

let dataDir: string | null = null;
/** One temp insights folder for every child of this run, removed at exit. */
function benchDataDir(): string {
  if (!dataDir) {
    const dir = mkdtempSync(join(tmpdir(), 'faqchat-bench-data-'));
    dataDir = dir;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return dataDir;
}

/**
 * Spawns the server, polls /healthz every 2 ms until 200, and returns it running.
 * Throws (after stopping it) if it exits or is not ready within `timeoutMs`.
 */
export async function spawnServer(options: SpawnOptions): Promise<ServerChild> {
  const { variant } = options;
  const entry = variantEntry(variant);
  if (entry && !existsSync(entry)) throw new Error(`faqchat: ${entry} is missing; build it with \`npm run build\``);
  const port = await freePort();
  const [cmd, args] = command(variant, options.nodeFlags ?? []);
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MIN: '0',
    DATA_DIR: benchDataDir(),
    ...options.env,
  };
  let err = '';
  const started = performance.now();
  installSignalHandlers();
  const child = spawn(cmd, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const group = child.pid;
  if (group !== undefined) live.add(group);
  child.stderr!.on('data', (chunk: Buffer) => {
    if (err.length < 20_000) err += chunk.toString();
  });
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
    if (group !== undefined) live.delete(group);
  });

  let serverPid: number | undefined;
  const stop = async (): Promise<StopResult> => {
    const t0 = performance.now();
    if (exited !== undefined || child.pid === undefined) return { ms: 0, graceful: false, code: exited ?? null };
    const gone = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let killed = false;
    try {
      // SIGTERM to the serving process itself (its wrappers exit with it), then the whole group if it hangs.
      process.kill(serverPid ?? child.pid, 'SIGTERM');
    } catch {
      return { ms: 0, graceful: false, code: null };
    }
    const timer = setTimeout(() => {
      killed = true;
      try {
        process.kill(-child.pid!, 'SIGKILL'); // the child's own process group: only what we started
      } catch {
        // already gone
      }
    }, 5000);
    const code = await gone;
    clearTimeout(timer);
    return { ms: performance.now() - t0, graceful: !killed, code };
  };

  const timeoutMs = options.timeoutMs ?? 60_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`faqchat: server (${variant}) exited with ${exited} before ready:\n${err.trim()}`);
    if (performance.now() - started > timeoutMs) {
      await stop();
      throw new Error(`faqchat: server (${variant}) not ready after ${timeoutMs} ms:\n${err.trim()}`);
    }
    const status = await getStatus(port, '/healthz', 500);
    if (status === 200) break;
    await sleep(2);
  }
  const readyMs = performance.now() - started;
  serverPid = serverProcess(child.pid!);
  return {
    variant,
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    readyMs,
    serverPid,
    stderr: () => err,
    stop,
  };
}
