import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { start, type FaqChatApi } from '../../widget/src/faqchat.ts';
import { STUB } from '../../widget/src/stub.ts';
import type { MountOptions, PanelHandle, PanelModule } from '../../widget/src/types.ts';

/** A stand-in panel chunk that records what the loader asks of it. */
function fakePanel() {
  const log: string[] = [];
  let options: MountOptions | undefined;
  const mod: PanelModule = {
    mount(o) {
      options = o;
      log.push('mount');
      const handle: PanelHandle = {
        open: () => log.push('open'),
        close: () => log.push('close'),
        ask: (t) => log.push(`ask:${t}`),
        tease: () => log.push('tease'),
      };
      return handle;
    },
  };
  const urls: string[] = [];
  const importPanel = async (url: string) => {
    urls.push(url);
    return mod;
  };
  return { log, urls, importPanel, options: () => options };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
let idleQueue: Array<() => void> = [];
const idle = (fn: () => void) => idleQueue.push(fn);
const runIdle = () => idleQueue.splice(0).forEach((fn) => fn());

function addScript(attrs: Record<string, string> = {}) {
  const script = document.createElement('script');
  script.type = 'text/x-not-run'; // happy-dom must not try to fetch it
  script.src = 'https://faq.example/widget.js';
  for (const [k, v] of Object.entries(attrs)) script.setAttribute(k, v);
  document.head.append(script);
}

const launcher = () => document.querySelector('faqchat-widget')!.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!;

beforeEach(() => {
  idleQueue = [];
  delete window.FaqChat;
  document.head.innerHTML = '';
  document.body.innerHTML = '<main><button id="host-button">host</button></main>';
  addScript();
});
afterEach(() => {
  document.querySelector('faqchat-widget')?.remove();
});

describe('the queue stub', () => {
  it('is exactly what docs/widget.md tells site owners to paste', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../docs/widget.md'), 'utf8');
    expect(readme).toContain(`<script>${STUB}</script>`);
  });

  it('queues calls made before load and the loader replays them in order once idle', async () => {
    new Function(STUB)();
    const events: string[] = [];
    const stub = window.FaqChat as unknown as (...a: unknown[]) => void;
    stub('on', 'ready', () => events.push('ready'));
    stub('on', 'open', () => events.push('open'));
    stub('ask', 'How long does ketamine last?');
    expect((window.FaqChat as unknown as { q: unknown[] }).q).toHaveLength(3);

    const panel = fakePanel();
    const api = start(window, { importPanel: panel.importPanel, idle });
    expect(window.FaqChat).toBe(api);
    // Only the launcher exists before idle: nothing replayed, no panel loaded.
    expect(launcher().getAttribute('aria-label')).toBe('Open chat');
    expect(panel.urls).toEqual([]);

    runIdle();
    await flush();
    expect(panel.log).toEqual(['mount', 'open', 'ask:How long does ketamine last?']);
    expect(events).toEqual(['ready', 'open']);
    // The panel chunk is fetched by absolute URL next to widget.js (not relative to the page).
    expect(panel.urls).toEqual(['https://faq.example/widget-panel.js']);
    expect(launcher().getAttribute('aria-label')).toBe('Close chat');
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
  });

  it('works without the stub, and as both FaqChat("open") and FaqChat.open()', async () => {
    const panel = fakePanel();
    const api = start(window, { importPanel: panel.importPanel, idle }) as FaqChatApi;
    const seen: string[] = [];
    api.on('open', () => seen.push('open'));
    const off = api.on('close', () => seen.push('close'));
    api('open');
    await flush();
    api.close();
    api.toggle();
    await flush();
    off();
    api.close();
    expect(seen).toEqual(['open', 'close', 'open']);
    expect(panel.log).toEqual(['mount', 'open', 'close', 'open', 'close']);
  });

  it('a `ready` listener added after ready runs at once; a throwing listener reaches nobody', async () => {
    const errors = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = start(window, { importPanel: fakePanel().importPanel, idle }) as FaqChatApi;
    runIdle();
    const ready = vi.fn();
    api.on('ready', () => {
      throw new Error('host bug');
    });
    api.on('ready', ready);
    expect(ready).toHaveBeenCalledOnce();
    expect(() => api('no-such-method')).not.toThrow();
    expect(() => api.ask(42 as unknown as string)).not.toThrow();
    errors.mockRestore();
  });

  it('a second copy of the script keeps the first widget', () => {
    const first = start(window, { importPanel: fakePanel().importPanel, idle });
    expect(start(window, { importPanel: fakePanel().importPanel, idle })).toBe(first);
    expect(document.querySelectorAll('faqchat-widget')).toHaveLength(1);
  });

  it('shows crisis numbers when the panel cannot load, and retries on the next open', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    const panel = fakePanel();
    const api = start(window, {
      importPanel: (url) => (fail ? Promise.reject(new TypeError('Failed to fetch')) : panel.importPanel(url)),
      idle,
    }) as FaqChatApi;
    api.open();
    await flush();
    const root = document.querySelector('faqchat-widget')!.shadowRoot!;
    const notice = root.querySelector('.unavailable');
    expect(notice?.getAttribute('role')).toBe('alert');
    expect([...notice!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['tel:988', 'sms:988']);
    api.close();
    expect(root.querySelector('.unavailable')).toBeNull();
    fail = false;
    api.open();
    await flush();
    expect(panel.log).toEqual(['mount', 'open']);
    warn.mockRestore();
  });

  it('Escape on the launcher closes, and closing returns focus to the launcher', async () => {
    const panel = fakePanel();
    const api = start(window, { importPanel: panel.importPanel, idle }) as FaqChatApi;
    launcher().click();
    await flush();
    // The panel's own close request (Escape inside it) returns focus to the launcher.
    const input = document.createElement('input');
    panel.options()!.container.append(input);
    input.focus();
    panel.options()!.onClose();
    expect(document.querySelector('faqchat-widget')!.shadowRoot!.activeElement).toBe(launcher());
    expect(launcher().getAttribute('aria-label')).toBe('Open chat');
    api.open();
    await flush();
    launcher().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
  });

  it('a host page calling close() keeps its own focus', async () => {
    const api = start(window, { importPanel: fakePanel().importPanel, idle }) as FaqChatApi;
    api.open();
    await flush();
    const hostButton = document.getElementById('host-button')!;
    hostButton.focus();
    api.close();
    expect(document.activeElement).toBe(hostButton);
  });
});
