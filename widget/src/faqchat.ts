import { findScript, readConfig, type WidgetConfig } from './config.ts';
import { adoptCss, guard, report } from './dom.ts';
import launcherCss from './launcher.css?inline';
import type { PanelHandle, PanelModule, WidgetEvent } from './types.ts';
import { HELP_LINE, helpLinkNodes } from './help.ts';

type Listener = (payload?: unknown) => void;

/** `window.FaqChat` once loaded: callable like the stub (`FaqChat('open')`) and as methods. */
export interface FaqChatApi {
  (method: string, ...args: unknown[]): unknown;
  open(): void;
  close(): void;
  toggle(): void;
  ask(text: string): void;
  /** Subscribes to `ready`, `open`, `close` or `message`; returns a function that unsubscribes. */
  on(event: WidgetEvent, fn: Listener): () => void;
  /** Marks a loaded widget so a second copy of the script does not start another one. */
  readonly loaded: true;
}

/** The stub README shows: it queues `arguments` objects in `FaqChat.q` until the script loads. */
interface Stub {
  (...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
}

declare global {
  interface Window {
    FaqChat?: FaqChatApi | Stub;
  }
}

export interface StartOptions {
  /** Loads the panel chunk; defaults to a dynamic import of its absolute URL. */
  importPanel?: (url: string) => Promise<PanelModule>;
  /** Runs work once the page is idle; defaults to requestIdleCallback. */
  idle?: (fn: () => void) => void;
}

const SVG = 'http://www.w3.org/2000/svg';
const CHAT_ICON = 'M4 4h16v12H9l-5 4z';
const CLOSE_ICON = 'M6 6l12 12M18 6 6 18';
const PANEL_FILE = typeof __FAQCHAT_PANEL__ === 'string' ? __FAQCHAT_PANEL__ : 'widget-panel.js';
/** Below this width the panel fills the screen (panel.css), so `data-open` leaves it closed. */
const PHONE_WIDTH = 640;

/**
 * Starts the widget in `win`: draws the launcher in its own shadow root, installs `window.FaqChat`,
 * and, once the page is idle, replays the calls the stub queued. Returns the existing API when the
 * widget already runs on the page.
 */
export function start(win: Window, options: StartOptions = {}): FaqChatApi {
  const existing = win.FaqChat;
  if (existing && 'loaded' in existing) return existing;
  const doc = win.document;
  const config = readConfig(findScript(doc), doc.baseURI, doc.documentElement.lang);
  const importPanel = options.importPanel ?? ((url: string) => import(/* @vite-ignore */ url) as Promise<PanelModule>);
  // Safari has no requestIdleCallback; setTimeout there ignores the options object (runs next task).
  const idle = options.idle ?? ((fn: () => void) => (win.requestIdleCallback ?? win.setTimeout).call(win, fn, { timeout: 3000 }));

  const listeners: Partial<Record<WidgetEvent, Listener[]>> = {};
  let ready = false;
  let opened = false;
  let panel: PanelHandle | null = null;
  let loading: Promise<PanelHandle | null> | undefined;
  let fallback: HTMLElement | null = null;

  const emit = (event: WidgetEvent, payload?: unknown) => {
    for (const fn of listeners[event] ?? []) guard(fn)(payload);
  };

  // ── The launcher, in its own shadow root so page CSS cannot reach it ──
  const host = doc.createElement('faqchat-widget');
  // Inline CSSOM beats hostile `* { all: unset }`; `contents` keeps the host out of page layout.
  host.style.setProperty('display', 'contents');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCss(shadow, launcherCss);
  const wrap = doc.createElement('div');
  wrap.className = `fc ${config.position}`;
  wrap.dir = config.dir;
  if (config.lang) wrap.lang = config.lang;
  const vars = { 'fc-z': config.zIndex, 'fc-accent': config.accent, 'fc-on-accent': config.onAccent, 'faqchat-offset-x': config.offsetX, 'faqchat-offset-y': config.offsetY };
  for (const [name, value] of Object.entries(vars)) if (value !== null) wrap.style.setProperty(`--${name}`, String(value));
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-haspopup', 'dialog');
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG, 'path');
  svg.append(path);
  button.append(svg);
  const container = doc.createElement('div');
  wrap.append(button, container);
  shadow.append(wrap);

  const paint = () => {
    button.setAttribute('aria-label', opened ? config.strings.closeChat : config.strings.openChat);
    button.setAttribute('aria-expanded', String(opened));
    path.setAttribute('d', opened ? CLOSE_ICON : CHAT_ICON);
    wrap.classList.toggle('open', opened);
  };
  paint();

  const load = (): Promise<PanelHandle | null> => {
    if (panel) return Promise.resolve(panel);
    loading ??= importPanel(new URL(PANEL_FILE, config.scriptSrc).href)
      .then((mod) => mod.mount({ container, config, adoptCss: (css) => adoptCss(shadow, css), onOpen: open, onClose: close, emit }))
      .then((p) => {
        // The panel has merged the page language's strings into config.strings: relabel the launcher.
        paint();
        return (panel = p);
      })
      .catch((error: unknown) => {
        report(error);
        loading = undefined;
        return null;
      });
    return loading;
  };

  const showFallback = () => {
    // The panel could not load (server down, offline): still say where crisis help is. Closing and
    // opening again retries the load.
    fallback?.remove();
    fallback = doc.createElement('p');
    fallback.className = 'unavailable';
    fallback.setAttribute('role', 'alert');
    const s = config.strings;
    fallback.append(`${s.unavailable} ${HELP_LINE.text} `, ...helpLinkNodes(doc, HELP_LINE.contacts));
    wrap.append(fallback);
  };

  const open = () => {
    if (opened) return;
    opened = true;
    paint();
    void load().then(
      guard((p: PanelHandle | null) => {
        if (!opened) return;
        if (p) p.open();
        else showFallback();
        wrap.classList.toggle('shown', !!p);
        emit('open');
      }),
    );
  };

  const close = () => {
    if (!opened) return;
    const hadFocus = shadow.activeElement !== null;
    opened = false;
    panel?.close();
    fallback?.remove();
    fallback = null;
    wrap.classList.remove('shown');
    paint();
    // Only take focus back when it was inside the widget; a host calling close() keeps its focus.
    if (hadFocus) button.focus();
    emit('close');
  };

  const ask = (text: unknown) => {
    if (typeof text !== 'string' || !text.trim()) return;
    open();
    void load().then(guard((p: PanelHandle | null) => p?.ask(text)));
  };

  const on = (event: WidgetEvent, fn: Listener): (() => void) => {
    if (typeof fn !== 'function') return () => {};
    (listeners[event] ??= []).push(fn);
    if (event === 'ready' && ready) guard(fn)();
    return () => {
      listeners[event] = (listeners[event] ?? []).filter((f) => f !== fn);
    };
  };

  const methods = { open, close, toggle: () => (opened ? close() : open()), ask, on } as const;
  const api = function FaqChat(method: string, ...args: unknown[]): unknown {
    try {
      const fn = methods[method as keyof typeof methods] as ((...a: unknown[]) => unknown) | undefined;
      return fn?.(...args);
    } catch (error) {
      report(error);
      return undefined;
    }
  } as FaqChatApi;
  for (const name of Object.keys(methods)) {
    (api as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => api(name, ...args);
  }
  (api as { loaded: boolean }).loaded = true;

  const queued = existing && 'q' in existing && existing.q ? Array.from(existing.q) : [];
  win.FaqChat = api;

  button.onclick = guard(() => api('toggle'));
  button.onkeydown = guard((e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  });
  // Warm the panel when the visitor shows intent, so the first open feels instant.
  button.onpointerenter = button.onfocus = guard(() => void load());
  // Before <body> exists (an early async load), <html> holds the host; display: contents keeps it inert.
  (doc.body ?? doc.documentElement).append(host);

  idle(guard(() => {
    for (const args of queued) {
      const [method, ...rest] = Array.from(args);
      if (typeof method === 'string') api(method, ...rest);
    }
    if (config.open === 'always' || (config.open && win.innerWidth >= PHONE_WIDTH)) open();
    // The teaser is drawn by the panel chunk: an owner who asks for one has it load after that delay.
    if (config.teaser) win.setTimeout(() => void load().then(guard((p: PanelHandle | null) => p?.tease())), config.teaser * 1000);
    ready = true;
    emit('ready');
  }));
  return api;
}

export type { WidgetConfig };
