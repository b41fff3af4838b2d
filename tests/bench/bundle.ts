/**
 * Prototype of a prebuilt server: `vite build --ssr server/main.ts` through Vite's programmatic API
 * into build/server/main.js, node_modules left external, so `npm start` could run plain `node`
 * without tsx's on-the-fly TypeScript transform. Behaviour is unchanged: a plugin rewrites each
 * module's `import.meta.url` to the URL of its source file, so the paths the code derives from it
 * (repo root, build/knowledge, build/widget, the knowledge version hash's file list) stay as in
 * the source tree.
 *
 * `lean: true` also replaces the start-up build checks (knowledge/build.ts ensureKnowledgeBuilt and
 * the lazy widget/build.ts import that loads Vite) by no-ops, into build/server-lean/: it measures
 * what a start costs when `npm run build` has already built everything. Measurement only.
 *
 *   npm run bench -- bundle          # builds both, then the cold-start part can time them
 *   npx tsx tests/bench/bundle.ts    # builds build/server/main.js only (then: node build/server/main.js)
 */
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import { REPO_ROOT } from '../../knowledge/version.ts';

export const BUNDLE_DIRS = { full: 'build/server', lean: 'build/server-lean' } as const;

/** `import.meta.url` of every bundled source module → the URL of its own source file. */
function keepModuleUrls(outDir: string): Plugin {
  return {
    name: 'faqchat-keep-module-urls',
    transform(code, id) {
      if (!code.includes('import.meta.url') || id.includes('/node_modules/') || !id.startsWith(REPO_ROOT)) return null;
      const rel = relative(outDir, id.split('?')[0]!).split('\\').join('/');
      return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), map: null };
    },
  };
}

/** Start-up builds replaced by no-ops (lean variant only). */
function skipStartupBuilds(): Plugin {
  const stubs: Record<string, string> = {
    [resolve(REPO_ROOT, 'knowledge/build.ts')]: 'export function ensureKnowledgeBuilt() { return { status: "fresh", reason: null }; }',
    [resolve(REPO_ROOT, 'widget/build.ts')]: 'export async function ensureWidgetBuilt() {}',
  };
  return {
    name: 'faqchat-skip-startup-builds',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && stubs[resolved.id]) return `\0faqchat-stub:${resolved.id}`;
      return null;
    },
    load(id) {
      return id.startsWith('\0faqchat-stub:') ? stubs[id.slice('\0faqchat-stub:'.length)]! : null;
    },
  };
}

/** Builds the server bundle; returns the path of its entry. */
export async function buildServerBundle(options: { lean?: boolean } = {}): Promise<string> {
  const outDir = resolve(REPO_ROOT, options.lean ? BUNDLE_DIRS.lean : BUNDLE_DIRS.full);
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    publicDir: false,
    plugins: [keepModuleUrls(outDir), ...(options.lean ? [skipStartupBuilds()] : [])],
    build: {
      ssr: resolve(REPO_ROOT, 'server/main.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js' } },
    },
  });
  return resolve(outDir, 'main.js');
}

export function bundleUrl(path: string): string {
  return pathToFileURL(path).href;
}

// `npx tsx tests/bench/bundle.ts [--lean]`: build one prototype and print where it went.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lean = process.argv.includes('--lean');
  buildServerBundle({ lean }).then(
    (entry) => console.log(`faqchat: prebuilt server at ${relative(process.cwd(), entry)}; run it with \`node ${relative(process.cwd(), entry)}\``),
    (err: unknown) => {
      console.error(`faqchat: server bundle failed (${err instanceof Error ? err.message : String(err)})`);
      process.exit(1);
    },
  );
}
