import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { ApiClient, ChatResult } from '../../widget/src/api.ts';
import { readConfig, type WidgetConfig } from '../../widget/src/config.ts';
import type { ConversationStore, Saved } from '../../widget/src/storage.ts';
import en from '../../widget/src/i18n/en.ts';
import { LAUNCHER_STRINGS } from '../../widget/src/strings.ts';
import type { ChatReply } from '../../widget/src/types.ts';

export const BASE = 'https://faq.example';

/** Renders into a fresh container in document.body and flushes effects. */
export function mountInto(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(vnode, container));
  return container;
}

export function unmount(container: HTMLElement): void {
  act(() => render(null, container));
  container.remove();
}

export function config(overrides: Partial<WidgetConfig> = {}): WidgetConfig {
  const script = document.createElement('script');
  script.src = `${BASE}/widget.js`;
  return { ...readConfig(script, 'https://host.example/page'), ...overrides };
}

export const strings = { ...LAUNCHER_STRINGS, ...en };

export function reply(partial: Partial<ChatReply> = {}): ChatReply {
  return {
    sessionId: 's1',
    messageId: `m${Math.random().toString(36).slice(2)}`,
    kind: 'answer',
    text: 'Ketamine’s antidepressant effects can last days to weeks.',
    sources: [{ title: 'How long does ketamine last?', url: '/article#what-is-ketamine' }],
    suggestions: ['What is esketamine?', 'How is ketamine given?'],
    confidence: 0.9,
    context: 'ctx-1',
    ...partial,
  };
}

/** An ApiClient whose chat answers come from a queue of results (or a function). */
export function fakeApi(results: Array<ChatResult | ((msg: string) => ChatResult)> = [], suggestions: string[] = []) {
  const calls: Array<{ message: string; sessionId?: string | undefined; context?: string | undefined }> = [];
  const feedback: Array<[string, string, boolean]> = [];
  const suggestQueries: Array<string | undefined> = [];
  const api: ApiClient = {
    async chat(message, sessionId, context) {
      calls.push({ message, sessionId, context });
      const next = results.shift() ?? { ok: true, reply: reply() };
      return typeof next === 'function' ? next(message) : next;
    },
    async suggest(q) {
      suggestQueries.push(q);
      return { suggestions: q ? suggestions.filter((s) => s.toLowerCase().includes(q.toLowerCase())) : suggestions.slice(0, 4) };
    },
    feedback(sessionId, messageId, helpful) {
      feedback.push([sessionId, messageId, helpful]);
    },
  };
  return { api, calls, feedback, suggestQueries };
}

export function memoryStore(initial: Saved = { messages: [] }): ConversationStore & { saved: Saved | null } {
  const store = {
    saved: initial as Saved | null,
    load: () => structuredClone(store.saved ?? { messages: [] }),
    save: (s: Saved) => {
      store.saved = structuredClone(s);
    },
    clear: () => {
      store.saved = null;
    },
  };
  return store;
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('faqchat test: element to click not found');
  act(() => (el as HTMLElement).click());
}

/** Types into an input the way a browser does (value + input event). */
export function type(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function key(el: Element, k: string): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
}

/** Lets pending promises and Preact's debounced renders settle. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}
