/**
 * Where the widget build lives and whether it is current, WITHOUT Vite: the server checks this at
 * every start, and importing Vite only to learn "nothing to do" cost ~110 ms and ~30 MB.
 * widget/build.ts (which does import Vite) is loaded only when a rebuild is needed.
 *
 * @example if (!freshWidgetBuild()) await (await import('./build.ts')).buildWidget();
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const WIDGET_OUT_DIR = join(ROOT, 'build', 'widget');
export const WIDGET_CONFIG_FILE = join(ROOT, 'vite.config.ts');
/**
 * What the widget build is made from: widget/ (minus its test screenshots), the Vite config and the
 * crisis data it bakes in (vite.config.ts `define`).
 */
const SOURCES = [join(ROOT, 'widget'), WIDGET_CONFIG_FILE, join(ROOT, 'knowledge', 'crisis.json')];

export interface WidgetBuild {
  dir: string;
  /** `widget.js` and the panel chunk's file name. */
  loader: string;
  panel: string;
}

/** The build in build/widget, or null when it is incomplete. */
export function existingWidgetBuild(dir = WIDGET_OUT_DIR): WidgetBuild | null {
  if (!existsSync(join(dir, 'widget.js'))) return null;
  const panel = readdirSync(dir).find((f) => /^widget-panel-.+\.js$/.test(f));
  return panel ? { dir, loader: 'widget.js', panel } : null;
}

/** The current build when it is newer than every source, else null (missing or stale). */
export function freshWidgetBuild(): WidgetBuild | null {
  const current = existingWidgetBuild();
  if (!current) return null;
  const oldest = Math.min(...[current.loader, current.panel].map((f) => statSync(join(current.dir, f)).mtimeMs));
  return oldest >= newestMtime(SOURCES) ? current : null;
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'screenshots') newest = Math.max(newest, newestMtime([join(p, entry)]));
    } else newest = Math.max(newest, st.mtimeMs);
  }
  return newest;
}
