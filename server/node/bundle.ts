/**
 * The prebuilt server that `npm start` runs: `vite build --ssr server/node/main.ts` (Vite's programmatic
 * API) into build/server/main.js, so production starts with plain `node` instead of tsx's on-the-fly
 * TypeScript transform (1.1 s → ~0.3 s to the first /healthz 200).
 *
 * The pure-JavaScript dependencies (hono, zod, MiniSearch, wink-nlp, …) are bundled too: loading one
 * file instead of a few hundred ES modules saved ~100 ms of the start (measured; see README
 * Performance). Left external: better-sqlite3 (a native addon), the wink model (mostly JSON data;
 * inlining it made the file 4.6 MB and the start no faster) and Vite (only for a rebuild).
 *
 * Behaviour is the source's: a plugin rewrites each module's `import.meta.url` to the URL of its own
 * source file, so the paths derived from it (repo root, build/knowledge, build/widget) stay as in the
 * source tree. The one difference is `__FAQCHAT_PREBUILT__`, defined here, which tells server/node/main.ts
 * to load build/ as it is (server/node/start.mjs has already rebuilt whatever was stale).
 *
 * What is baked into the bundle: every server/ module and the knowledge/*.json data they import
 * (synonyms, strings, …). Editing either needs a new bundle; `npm start` notices (server/node/start.mjs)
 * and `ensureServerBundle()` rebuilds when the hash of those inputs changed.
 *
 *   npm run build:server            # build/server/main.js (then: node build/server/main.js)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the bundle goes; its entry is `main.js`. */
export const SERVER_BUNDLE_DIR = join(ROOT, 'build', 'server');
export const SERVER_BUNDLE_ENTRY = join(SERVER_BUNDLE_DIR, 'main.js');
/** Written next to the bundle: the hash of the inputs it was built from. */
const INPUTS_FILE = 'inputs.json';
/** Packages loaded from node_modules at run time; every other import is bundled. */
export const BUNDLE_EXTERNAL = ['better-sqlite3', 'wink-eng-lite-web-model', 'vite'];

/** `import.meta.url` of every bundled source module → the URL of its own source file. */
function keepModuleUrls(outDir: string): Plugin {
  return {
    name: 'faqchat-keep-module-urls',
    transform(code, id) {
      if (!code.includes('import.meta.url') || id.includes('/node_modules/') || !id.startsWith(ROOT)) return null;
      const rel = relative(outDir, id.split('?')[0]!).split('\\').join('/');
      return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), map: null };
    },
  };
}

/**
 * The files whose content the bundle depends on: server/ (code and JSON), knowledge/'s top-level
 * code and owner data (not sources/: those are read at run time from build/knowledge), the widget
 * freshness/build modules the server imports, and the lockfile (the bundled dependencies' versions).
 */
export function bundleInputs(root = ROOT): string[] {
  const files: string[] = [];
  const walk = (dir: string, recursive: boolean) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recursive) walk(full, true);
      } else if (/\.(?:ts|mts|mjs|js|json)$/.test(entry.name)) files.push(full);
    }
  };
  walk(join(root, 'server'), true);
  walk(join(root, 'knowledge'), false);
  for (const f of ['widget/fresh.ts', 'widget/build.ts', 'package.json', 'package-lock.json']) {
    if (existsSync(join(root, f))) files.push(join(root, f));
  }
  return files.sort();
}

/** Hash of the bundle's inputs (paths and contents); 16 hex chars. */
export function bundleInputsHash(root = ROOT): string {
  const hash = createHash('sha256');
  for (const file of bundleInputs(root)) {
    const data = readFileSync(file);
    hash.update(`${relative(root, file)}\0${data.length}\0`);
    hash.update(data);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the server bundle now. Built into a temporary folder and swapped in, so a server starting
 * at the same moment never loads half a bundle. Returns the entry's path.
 */
export async function buildServerBundle(outDir = SERVER_BUNDLE_DIR): Promise<string> {
  const inputs = bundleInputsHash();
  const tmp = `${outDir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      publicDir: false,
      plugins: [keepModuleUrls(tmp)],
      define: { __FAQCHAT_PREBUILT__: 'true' },
      ssr: { noExternal: true, external: BUNDLE_EXTERNAL },
      build: {
        ssr: join(ROOT, 'server/node/main.ts'),
        outDir: tmp,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        sourcemap: false,
        copyPublicDir: false,
        reportCompressedSize: false,
        rolldownOptions: { output: { format: 'es', entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js' } },
      },
    });
    writeFileSync(join(tmp, INPUTS_FILE), `${JSON.stringify({ inputs })}\n`);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(tmp, outDir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return join(outDir, 'main.js');
}

/** The inputs hash recorded with the current bundle, or null when there is no complete bundle. */
export function builtBundleInputs(outDir = SERVER_BUNDLE_DIR): string | null {
  if (!existsSync(join(outDir, 'main.js'))) return null;
  try {
    return (JSON.parse(readFileSync(join(outDir, INPUTS_FILE), 'utf8')) as { inputs?: string }).inputs ?? null;
  } catch {
    return null;
  }
}

/**
 * Builds the bundle when it is missing or was built from other inputs; returns whether it built.
 *
 * @example await ensureServerBundle() // false: build/server/main.js is current
 */
export async function ensureServerBundle(outDir = SERVER_BUNDLE_DIR): Promise<boolean> {
  if (builtBundleInputs(outDir) === bundleInputsHash()) return false;
  await buildServerBundle(outDir);
  return true;
}

// `npm run build:server` (tsx server/node/bundle.ts [--if-stale])
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const started = performance.now();
  const run = process.argv.includes('--if-stale') ? ensureServerBundle() : buildServerBundle().then(() => true);
  run.then(
    (built) => {
      const where = relative(process.cwd(), SERVER_BUNDLE_ENTRY);
      console.log(built ? `faqchat: server bundle built in ${where} (${((performance.now() - started) / 1000).toFixed(1)} s); run it with \`node ${where}\`` : `faqchat: server bundle ${where} is up to date`);
    },
    (err: unknown) => {
      console.error(`faqchat: server bundle failed (${err instanceof Error ? err.message : String(err)})`);
      process.exit(1);
    },
  );
}
