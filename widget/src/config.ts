import { LAUNCHER_STRINGS, RTL_LANGS, type LauncherStrings, type Strings } from './strings.ts';

export type StorageMode = 'local' | 'session' | 'none';

/** Everything the loader reads from its own `<script>` tag, resolved to final values. */
export interface WidgetConfig {
  /** Absolute URL of widget.js; the panel chunk is resolved against it. */
  scriptSrc: string;
  /** Origin the API lives on: the script's own origin. */
  apiBase: string;
  position: 'left' | 'right';
  /** Open the panel once the page is idle: on wide screens only (`desktop`), everywhere (`always`), or not. */
  open: 'desktop' | 'always' | false;
  /** From data-z-index (an integer); null leaves the stylesheet's default (see launcher.css). */
  zIndex: string | null;
  /** The script tag's data-* attributes; the panel reads its own options from them (panelOptions). */
  data: Record<string, string | undefined>;
  /** From data-lang, else the page's `<html lang>`; '' when neither says. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Launcher distance from the side and the bottom edge (data-offset-x/y, whole pixels), as CSS lengths. */
  offsetX: string | null;
  offsetY: string | null;
  /** Seconds before the greeting teaser shows next to the launcher; 0 = never (data-teaser). */
  teaser: number;
  /** A colour the browser accepts, or null for the theme default. */
  accent: string | null;
  /** Black or white, whichever contrasts more with `accent` (null when unknown). */
  onAccent: string | null;
  /**
   * Strings that replace the English defaults: the language table once loaded, then the site owner's
   * own (data-strings, data-title, data-greeting) on top. The panel merges them over its defaults.
   */
  overrides: Partial<Strings>;
  /** Launcher strings with the overrides applied. */
  strings: LauncherStrings;
}

/**
 * The script tag that loaded the widget: `document.currentScript` while it runs, else the last
 * script whose path ends with `widget.js` (some loaders inject scripts in ways that clear it).
 */
export function findScript(doc: Document): HTMLScriptElement | null {
  const current = doc.currentScript as HTMLScriptElement | null;
  return current?.src ? current : [...doc.scripts].reverse().find((s) => /\/widget\.js([?#]|$)/.test(s.src)) ?? null;
}

/** Reads `data-*` options from the script tag; bad values fall back to defaults, never throw. */
export function readConfig(script: HTMLScriptElement | null, pageUrl: string, pageLang = ''): WidgetConfig {
  const data = script?.dataset ?? {};
  const scriptSrc = new URL(script?.src || '/widget.js', pageUrl).href;
  const overrides: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(data.strings || '{}');
    for (const [k, v] of Object.entries(parsed ?? {})) if (typeof v === 'string' && v.trim()) overrides[k] = v;
  } catch {
    // A malformed data-strings keeps the defaults rather than breaking the widget.
  }
  const lang = (data.lang || pageLang).trim();
  const dir =
    data.dir === 'rtl' || data.dir === 'ltr'
      ? data.dir
      : RTL_LANGS.test(lang) ? 'rtl' : 'ltr';
  const accent = valid('color', data.accent);
  const position = data.position === 'left' || data.position === 'right' ? data.position : dir === 'rtl' ? 'left' : 'right';
  const open = data.open;
  return {
    scriptSrc,
    apiBase: new URL(scriptSrc).origin,
    position,
    open: open === 'always' ? open : open !== undefined && open !== 'false' && 'desktop',
    zIndex: int(data.zIndex),
    data,
    lang,
    dir,
    offsetX: px(data.offsetX),
    offsetY: px(data.offsetY),
    teaser: Math.max(0, Number(data.teaser) || 0),
    accent,
    onAccent: accent ? textOn(accent) : null,
    overrides,
    strings: { ...LAUNCHER_STRINGS, ...overrides },
  };
}

/** `value` when the browser accepts it for `property`, else null. */
function valid(property: string, value: string | undefined): string | null {
  try {
    return value && CSS.supports(property, value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The options only the panel uses, read when it loads rather than in the loader: where the
 * conversation is kept (data-storage), the theme (data-theme: `light` or `dark` forces one, else the
 * visitor's system setting), and the title and greeting (data-title, data-greeting), which go over
 * every other string.
 */
export function panelOptions(config: WidgetConfig): { storage: StorageMode; theme: 'light' | 'dark' | null; overrides: Partial<Strings> } {
  const { storage, theme, title, greeting } = config.data;
  const own = Object.entries({ title, greeting }).filter(([, v]) => v?.trim());
  return {
    storage: storage === 'local' || storage === 'none' ? storage : 'session',
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    overrides: { ...config.overrides, ...Object.fromEntries(own) },
  };
}

/** An integer attribute as written (`-5`, `1000`), else null. */
const int = (value?: string) => (/^-?\d+$/.test((value = String(value).trim())) ? value : null);
/** Whole pixels (`24` → `24px`); other lengths go through the --faqchat-offset-x/y variables. */
const px = (value?: string) => {
  const n = int(value);
  return n && `${n}px`;
};

/**
 * Black or white text, whichever has the higher WCAG contrast on a `#rgb`/`#rrggbb` background;
 * white for colours it cannot parse.
 *
 * @example textOn('#ffd400') // '#000'
 */
export function textOn(color: string): string {
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return '#fff';
  const [r = 0, g = 0, b = 0] = (hex.length === 3 ? [...hex].map((x) => x + x) : (hex.match(/../g) ?? [])).map(
    (x) => (parseInt(x, 16) / 255) ** 2.2,
  );
  // Relative luminance above 0.179 gives black text the higher contrast ratio.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 ? '#000' : '#fff';
}
