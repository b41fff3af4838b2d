import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, MAX_STORED_MESSAGES } from '../../widget/src/storage.ts';
import type { UserMessage } from '../../widget/src/types.ts';
import { Panel } from '../../widget/src/ui/Panel.tsx';
import { click, config, fakeApi, key, mountInto, reply, settle, strings, text, type, unmount } from './helpers.tsx';

const KEY = 'faqchat:test';
const user = (i: number): UserMessage => ({ id: `u${i}`, role: 'user', text: `question ${i}` });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('createStore', () => {
  it('round-trips messages, sessionId and context in local and session storage', () => {
    for (const [mode, storage] of [['local', localStorage], ['session', sessionStorage]] as const) {
      const store = createStore(mode, window, KEY);
      store.save({ sessionId: 's9', context: 'c9', messages: [user(1)] });
      expect(storage.getItem(KEY)).toContain('question 1');
      expect(createStore(mode, window, KEY).load()).toEqual({ sessionId: 's9', context: 'c9', messages: [user(1)] });
    }
  });

  it('stores nothing with data-storage="none"', () => {
    const store = createStore('none', window, KEY);
    store.save({ sessionId: 's', messages: [user(1)] });
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(store.load()).toEqual({ messages: [] });
  });

  it(`keeps only the last ${MAX_STORED_MESSAGES} messages`, () => {
    const store = createStore('local', window, KEY);
    store.save({ messages: Array.from({ length: 60 }, (_, i) => user(i)) });
    const { messages } = store.load();
    expect(messages).toHaveLength(MAX_STORED_MESSAGES);
    expect(messages[0]?.text).toBe('question 10');
    expect(messages.at(-1)?.text).toBe('question 59');
  });

  it('never writes a visitor message marked private (it led to a crisis reply)', () => {
    const store = createStore('local', window, KEY);
    store.save({ messages: [{ ...user(1), text: 'I want to end my life', private: true }, user(2)] });
    expect(localStorage.getItem(KEY)).not.toContain('end my life');
  });

  it('survives corrupt or tampered data and storage that throws', () => {
    localStorage.setItem(KEY, '{not json');
    expect(createStore('local', window, KEY).load()).toEqual({ messages: [] });
    localStorage.setItem(KEY, JSON.stringify({ sessionId: 5, messages: [user(1), { role: 'bot', text: 'no id' }, 'x', null] }));
    expect(createStore('local', window, KEY).load()).toEqual({ messages: [user(1)] });
    const blocked = Object.create(window, {
      localStorage: {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      },
    }) as Window;
    const store = createStore('local', blocked, KEY);
    expect(() => store.save({ messages: [user(1)] })).not.toThrow();
    expect(store.load()).toEqual({ messages: [] });
  });
});

describe('Panel persistence', () => {
  let container: HTMLElement;
  afterEach(() => unmount(container));

  it('restores the conversation after a reload, continues its context, and clears it on request', async () => {
    const store = createStore('session', window, KEY);
    const first = fakeApi();
    container = mountInto(<Panel config={config()} strings={strings} api={first.api} store={store} open ctl={{}} onClose={() => {}} emit={() => {}} />);
    const input = container.querySelector('input')!;
    type(input, 'How long does ketamine last?');
    key(input, 'Enter');
    await settle();
    unmount(container);

    // "Reload": a new panel on the same storage.
    const second = fakeApi([{ ok: true, reply: reply({ sessionId: 's1', context: 'ctx-2' }) }]);
    container = mountInto(<Panel config={config()} strings={strings} api={second.api} store={store} open ctl={{}} onClose={() => {}} emit={() => {}} />);
    expect(text(container.querySelector('.msg.user'))).toContain('How long does ketamine last?');
    expect(text(container.querySelector('.msg.bot.answer'))).toContain('days to weeks');
    const again = container.querySelector('input')!;
    type(again, 'and after that?');
    key(again, 'Enter');
    await settle();
    expect(second.calls[0]).toEqual({ message: 'and after that?', sessionId: 's1', context: 'ctx-1' });

    click(container.querySelector(`[aria-label="${strings.clear}"]`));
    expect(container.querySelectorAll('.msg.user')).toHaveLength(0);
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(text(container.querySelector('[role="status"]'))).toBe(strings.cleared);
  });
});
