/**
 * Builds the widget into build/widget/ (node only):
 * - `widget-panel-<hash>.js`: the lazily loaded ES module (Preact + the UI), content-hashed so the
 *   server can cache it forever;
 * - `widget-<lang>-<hash>.js`: one interface-string table per language (widget/src/i18n/), which
 *   the panel imports for the page's language only;
 * - `widget.js`: the classic-script loader (IIFE) that knows the panel's file name.
 * Shared settings (outDir, target, minify) live in vite.config.ts `build`.
 *
 * @example await ensureWidgetBuilt(); // builds only when build/widget is missing or stale
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { freshWidgetBuild, WIDGET_CONFIG_FILE as CONFIG_FILE, WIDGET_OUT_DIR, type WidgetBuild } from './fresh.ts';

export { WIDGET_OUT_DIR, type WidgetBuild };

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const I18N = join(ROOT, 'widget/src/i18n');
type Output = Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
const entryFiles = (out: Output) => ([out].flat()[0]?.output ?? []).flatMap((o) => (o.type === 'chunk' && o.isEntry ? [o.fileName] : []));

/** Where to build, and the help line to bake in instead of knowledge/crisis.json's (tests). */
export interface WidgetBuildOptions {
  outDir?: string;
  helpLine?: { text: string; contacts: Array<{ kind: string; label: string; href: string }> };
}

/**
 * Runs the three Vite builds now, replacing build/widget (or `outDir`): the string tables, then the
 * panel (which is told their file names; a plain import() of each would bring Vite's preload helper
 * along), then the loader (told the panel's).
 */
export async function buildWidget(options: WidgetBuildOptions = {}): Promise<WidgetBuild> {
  const outDir = options.outDir ?? WIDGET_OUT_DIR;
  const help = options.helpLine ? { __FAQCHAT_HELP__: JSON.stringify(options.helpLine) } : {};
  const common = { root: ROOT, configFile: CONFIG_FILE, mode: 'production', logLevel: 'warn' as const, publicDir: false as const };
  const langs = readdirSync(I18N).filter((f) => /^[a-z]{2}\.ts$/.test(f)).map((f) => f.slice(0, 2));
  const tableOut = (await build({
    ...common,
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: Object.fromEntries(langs.map((l) => [`widget-${l}`, join(I18N, `${l}.ts`)])),
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: '[name]-[hash].js' },
      },
    },
  })) as Output;
  const tableFiles = entryFiles(tableOut);
  const tables = Object.fromEntries(langs.map((l) => [l, tableFiles.find((f) => f.startsWith(`widget-${l}-`))]));
  const panelOut = (await build({
    ...common,
    define: { ...help, __FAQCHAT_TABLES__: JSON.stringify(tables) },
    build: {
      outDir,
      emptyOutDir: false,
      rolldownOptions: {
        input: { 'widget-panel': join(ROOT, 'widget/src/panel.tsx') },
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: '[name]-[hash].js', chunkFileNames: 'widget-[name]-[hash].js' },
      },
    },
  })) as Output;
  const panel = entryFiles(panelOut)[0];
  if (!panel) throw new Error('faqchat: the widget panel build produced no entry chunk');
  await build({
    ...common,
    define: { ...help, __FAQCHAT_PANEL__: JSON.stringify(panel) },
    build: {
      outDir,
      emptyOutDir: false,
      rolldownOptions: {
        input: join(ROOT, 'widget/src/loader.ts'),
        output: { format: 'iife', entryFileNames: 'widget.js' },
      },
    },
  });
  return { dir: outDir, loader: 'widget.js', panel };
}

/**
 * Builds the widget when build/widget is missing or older than anything under widget/ (or the Vite
 * config); otherwise returns what is there. The check itself is widget/fresh.ts (no Vite), which
 * `npm start` uses without loading this file.
 */
export async function ensureWidgetBuilt(): Promise<WidgetBuild> {
  return freshWidgetBuild() ?? buildWidget();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildWidget().then(
    (b) => console.log(`faqchat: widget built in ${b.dir} (${b.loader}, ${b.panel})`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
