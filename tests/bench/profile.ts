/**
 * `npm run bench -- profile`: CPU profiles (node --cpu-prof) of
 * 1. the engine bench, faqchat only (the naive peer also runs MiniSearch and would blur the picture);
 * 2. server start-up, as `npm start` runs it (node server/node/start.mjs → prebuilt bundle) and from source (tsx);
 * 3. the server under chat load (wrk/autocannon, 5 s).
 * Each is summarised as the top self-time functions and packages; the raw .cpuprofile files stay in
 * build/bench/prof/ for Chrome DevTools (Performance → Load profile).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../knowledge/version.ts';
import { prepareBuilds } from './cold.ts';
import { printSummary, readProfile, summarize, type ProfileSummary } from './cpuprofile.ts';
import { chatBodies } from './http.ts';
import { loadGenerator } from './load.ts';
import { spawnServer, type StartVariant } from './server.ts';

export const PROF_DIR = join(REPO_ROOT, 'build', 'bench', 'prof');

export interface ProfileResults {
  dir: string;
  summaries: Record<string, ProfileSummary>;
}

/** One folder per profile: node writes one file per thread (the tsx loader runs in a worker thread). */
function profFlags(name: string, intervalUs: number): string[] {
  return ['--cpu-prof', `--cpu-prof-dir=${join(PROF_DIR, name)}`, `--cpu-prof-interval=${intervalUs}`];
}

/** The main thread's profile of a folder: node names files CPU.<date>.<time>.<pid>.<tid>.<seq>.cpuprofile, tid 0 = main. */
function mainThreadProfile(name: string): string {
  const dir = join(PROF_DIR, name);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  const main = files.find((f) => f.split('.')[4] === '0') ?? files[0];
  return main ? join(dir, main) : join(dir, '(none)');
}

async function profileEngine(): Promise<string> {
  const name = 'engine';
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [...profFlags(name, 250), '--import', 'tsx', 'tests/bench/run.ts', 'engine', '--faqchat-only', '--rounds', '40', '--no-save', '--quiet'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`faqchat: engine profile run exited ${code}`))));
  });
  return mainThreadProfile(name);
}

async function profileStart(variant: StartVariant, load: boolean): Promise<string> {
  const name = `${load ? 'server-load' : 'start'}-${variant}`;
  const server = await spawnServer({ variant, nodeFlags: profFlags(name, load ? 500 : 250) });
  if (load) {
    await loadGenerator().run(server.url, { method: 'POST', path: '/api/chat', bodies: chatBodies() }, { connections: 32, seconds: 5 });
  }
  const stopped = await server.stop();
  if (!stopped.graceful) throw new Error('faqchat: the profiled server needed SIGKILL, so it wrote no profile');
  return mainThreadProfile(name);
}

export async function runProfiles(log: (line: string) => void = console.log): Promise<ProfileResults> {
  rmSync(PROF_DIR, { recursive: true, force: true });
  mkdirSync(PROF_DIR, { recursive: true });
  await prepareBuilds(log);
  const files: Record<string, string> = {
    'engine bench (faqchat only)': await profileEngine(),
    'server start, node --import tsx server/node/main.ts': await profileStart('node-tsx', false),
    'server start, node server/node/start.mjs (npm start)': await profileStart('start', false),
    'server under chat load (npm start, 5 s)': await profileStart('start', true),
  };
  const summaries: Record<string, ProfileSummary> = {};
  for (const [title, file] of Object.entries(files)) {
    if (!existsSync(file)) {
      log(`  (no profile at ${file})`);
      continue;
    }
    summaries[title] = summarize(readProfile(file), 25);
  }
  return { dir: PROF_DIR, summaries };
}

export function printProfiles(r: ProfileResults): string {
  return [
    `CPU profiles in ${r.dir} (open in Chrome DevTools → Performance → Load profile)`,
    ...Object.entries(r.summaries).map(([title, s]) => `\n${printSummary(title, s, 15)}`),
  ].join('\n');
}
