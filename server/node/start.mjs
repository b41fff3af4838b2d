/**
 * `npm start`: make sure build/ is current, then run the prebuilt server (build/server/main.js) in
 * this same process. Plain JavaScript on purpose: it runs before anything is compiled, and loading
 * tsx just to find that nothing changed would cost more than the server's whole start.
 *
 * Fast path (nothing changed since the last start): compare a stamp of every input file's size and
 * mtime (knowledge/, server/, widget/, the Vite config, package*.json) and of the build outputs with
 * the one written after the last successful preparation: ~100 stat calls, a few ms.
 * Slow path (a fresh clone, an edited source, a deleted build): run server/node/prepare.ts under tsx,
 * which rebuilds exactly what is stale (knowledge, widget, server bundle), then write the stamp.
 *
 *   node server/node/start.mjs            # npm start: prepare when needed, then serve
 *   node server/node/start.mjs --build    # npm run build: prepare when needed, don't serve
 *   node server/node/start.mjs --build --force   # rebuild everything
 *
 * Containers and process managers should run `node build/server/main.js` directly after
 * `npm run build` (npm does not reliably pass SIGTERM on to its child; the server shuts down
 * gracefully on SIGTERM/SIGINT).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const STAMP_FILE = join(ROOT, 'build', 'start-stamp.json');
export const SERVER_ENTRY = join(ROOT, 'build', 'server', 'main.js');
/** Folders whose files decide the builds (recursively; `screenshots` and `node_modules` skipped). */
const INPUT_DIRS = ['knowledge', 'server', 'widget'];
const INPUT_FILES = ['vite.config.ts', 'package.json', 'package-lock.json'];
/** Build outputs: one rewritten by anything else (a test run, `npm run build:widget`) also sends start down the slow path. */
const OUTPUTS = ['build/server/main.js', 'build/server/inputs.json', 'build/knowledge/corpus.json', 'build/knowledge/index.json', 'build/widget/widget.js'];
const SKIP = new Set(['node_modules', 'screenshots']);

/** `relative-path size mtime` of each file, one a line, sorted: changes when any file is added, removed or written. */
function describe(root, paths) {
  const lines = [];
  const visit = (full) => {
    let st;
    try {
      st = statSync(full);
    } catch {
      lines.push(`${relative(root, full)} missing`);
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(full)) if (!SKIP.has(name)) visit(join(full, name));
    } else lines.push(`${relative(root, full)} ${st.size} ${st.mtimeMs}`);
  };
  for (const p of paths) visit(join(root, p));
  return lines.sort().join('\n');
}

/** The stamp of the sources the builds are made from. */
export function inputStamp(root = ROOT) {
  return describe(root, [...INPUT_DIRS, ...INPUT_FILES]);
}

/** The stamp of the build outputs. */
export function outputStamp(root = ROOT) {
  return describe(root, OUTPUTS);
}

/** True when nothing changed since the stamp was written (and the stamp exists). */
export function buildsAreCurrent(root = ROOT, stampFile = STAMP_FILE) {
  let saved;
  try {
    saved = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return false;
  }
  return saved.outputs === outputStamp(root) && saved.inputs === inputStamp(root);
}

/**
 * Runs server/node/prepare.ts (tsx) and, when every build succeeded, records the stamp. The input stamp
 * is taken BEFORE building, so a file edited during the build still counts as changed next time.
 * Returns false when nothing can be served.
 */
export function prepare(root = ROOT, stampFile = STAMP_FILE, options = { force: false }) {
  const inputs = inputStamp(root);
  let tsx;
  try {
    tsx = import.meta.resolve('tsx');
  } catch {
    console.error('faqchat: build/ is missing or stale, and building it needs the dev dependencies (tsx, vite): run `npm install`, then `npm start` or `npm run build`');
    return false;
  }
  const args = ['--import', tsx, join(root, 'server', 'node', 'prepare.ts'), ...(options.force ? ['--force'] : [])];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0 && run.status !== 3) return false;
  if (run.status === 0) {
    mkdirSync(dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, `${JSON.stringify({ inputs, outputs: outputStamp(root) })}\n`);
  } else rmSync(stampFile, { force: true }); // the widget failed: try again next start
  return existsSync(join(root, 'build', 'server', 'main.js'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  if ((force || !buildsAreCurrent()) && !prepare(ROOT, STAMP_FILE, { force })) process.exit(1);
  if (process.argv.includes('--build')) console.log('faqchat: build/ is current (knowledge, widget, server bundle)');
  else await import(pathToFileURL(SERVER_ENTRY).href);
}
