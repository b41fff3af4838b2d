/**
 * Builds the widget into build/widget/ (node only):
 * - `widget-panel-<hash>.js`: the lazily loaded ES module (Preact + the UI), content-hashed so the
 *   server can cache it forever;
 * - `widget-lang-<code>-<hash>.js`: one interface-string table per language (widget/src/i18n/),
 *   fetched by the loader only on pages in that language;
 * - `widget.js`: the classic-script loader (IIFE) that knows the panel's and the tables' file names.
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

/** Runs both Vite builds now, replacing build/widget. */
export async function buildWidget(): Promise<WidgetBuild> {
  const langs = readdirSync(I18N).filter((f) => /^[a-z]{2}\.ts$/.test(f)).map((f) => f.slice(0, 2));
  const common = { root: ROOT, configFile: CONFIG_FILE, mode: 'production', logLevel: 'warn' as const, publicDir: false as const };
  const panelOut = (await build({
    ...common,
    build: {
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          'widget-panel': join(ROOT, 'widget/src/panel.tsx'),
          ...Object.fromEntries(langs.map((l) => [`widget-lang-${l}`, join(I18N, `${l}.ts`)])),
        },
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: '[name]-[hash].js', chunkFileNames: 'widget-[name]-[hash].js' },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const entries = ([panelOut].flat()[0]?.output ?? []).filter((o) => o.type === 'chunk' && o.isEntry).map((o) => o.fileName);
  const panel = entries.find((f) => f.startsWith('widget-panel-'));
  if (!panel) throw new Error('faqchat: the widget panel build produced no entry chunk');
  const tables = Object.fromEntries(langs.map((l) => [l, entries.find((f) => f.startsWith(`widget-lang-${l}-`))]));
  await build({
    ...common,
    define: { __FAQCHAT_PANEL__: JSON.stringify(panel), __FAQCHAT_LANGS__: JSON.stringify(tables) },
    build: {
      emptyOutDir: false,
      rolldownOptions: {
        input: join(ROOT, 'widget/src/loader.ts'),
        output: { format: 'iife', entryFileNames: 'widget.js' },
      },
    },
  });
  return { dir: WIDGET_OUT_DIR, loader: 'widget.js', panel };
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
