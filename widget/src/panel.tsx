// Entry of the lazily loaded panel chunk (Preact + the UI); the loader imports it on first open.
import { render } from 'preact';
import { createApi } from './api.ts';
import { panelOptions } from './config.ts';
import { report } from './dom.ts';
import panelCss from './panel.css?inline';
import themeCss from './theme.css?inline';
import { createStore } from './storage.ts';
import type { Strings } from './strings.ts';
import type { MountOptions, PanelHandle } from './types.ts';
import { Boundary, Panel, type PanelController } from './ui/Panel.tsx';

/** Language code → its string table chunk, next to this one (build time; the English source in dev and tests). */
const TABLES: Record<string, string> = typeof __FAQCHAT_TABLES__ === 'object' ? __FAQCHAT_TABLES__ : { en: './i18n/en.ts' };

/**
 * Renders the panel into the loader's shadow root once the strings of the page's language are in
 * (English when there is no table for it; each language is its own chunk, so a visitor downloads
 * only one); the loader drives it through the handle. The table goes
 * under the site owner's overrides and into config.strings, which the launcher reads too.
 */
export async function mount(options: MountOptions): Promise<PanelHandle> {
  const { container, config } = options;
  const file = TABLES[config.lang.toLowerCase().split(/[-_]/)[0]!] ?? TABLES.en!;
  const table = ((await import(/* @vite-ignore */ new URL(file, import.meta.url).href)) as { default: Partial<Strings> }).default;
  const { storage, theme, overrides } = panelOptions(config);
  // The theme is the panel's business (panel.css); color-scheme is set here rather than in the CSS,
  // where the minifier would add its emulation of light-dark().
  const wrap = container.parentElement!;
  if (theme) wrap.classList.add(theme);
  wrap.style.colorScheme = theme ?? 'light dark';
  config.strings = { ...config.strings, ...table, ...overrides };
  options.adoptCss(themeCss + panelCss);
  const api = createApi(config.apiBase);
  const store = createStore(storage, window, `faqchat:${config.apiBase}`);
  const strings = config.strings as Strings;
  const ctl: PanelController = {};
  let open = false;
  const draw = () => {
    try {
      render(
        <Boundary strings={strings} open={open}>
          <Panel config={config} strings={strings} api={api} store={store} open={open} ctl={ctl} onOpen={options.onOpen} onClose={options.onClose} emit={options.emit} />
        </Boundary>,
        container,
      );
    } catch (error) {
      report(error);
    }
  };
  draw();
  return {
    open() {
      open = true;
      draw();
    },
    close() {
      open = false;
      draw();
    },
    ask(text) {
      ctl.send?.(text);
    },
    tease() {
      ctl.tease?.();
    },
  };
}
