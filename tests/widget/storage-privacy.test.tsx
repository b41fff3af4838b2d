/**
 * What the widget leaves in the browser: nothing the visitor wrote in a conversation that got a
 * crisis (or concern) reply, and nothing at all across page loads with data-storage="none".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, storable } from '../../widget/src/storage.ts';
import type { Message } from '../../widget/src/types.ts';
import { Panel } from '../../widget/src/ui/Panel.tsx';
import { config, fakeApi, key, mountInto, reply, settle, strings, type, unmount } from './helpers.tsx';

const KEY = 'faqchat:test';
const everythingStored = () =>
  [localStorage, sessionStorage].flatMap((s) => Array.from({ length: s.length }, (_, i) => s.getItem(s.key(i)!) ?? '')).join('\n') + document.cookie;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('storable', () => {
  const user = (text: string): Message => ({ id: text, role: 'user', text });
  const bot = (kind: string): Message => ({ id: kind, role: 'bot', kind: kind as 'answer', text: `a ${kind} reply`, sources: [], suggestions: [] });

  it('keeps an ordinary conversation whole', () => {
    const messages = [user('how long does it last'), bot('answer')];
    expect(storable(messages)).toEqual(messages);
  });

  for (const kind of ['crisis', 'concern']) {
    it(`keeps none of the visitor's words once a ${kind} reply is in the conversation, only the replies`, () => {
      const messages = [user('my name is Harriet'), bot('fallback'), user('I cannot go on'), bot(kind), user('I wrote the letters'), bot('answer')];
      expect(storable(messages).map((m) => m.role)).toEqual(['bot', 'bot', 'bot']);
    });
  }
});

describe('Panel storage', () => {
  let container: HTMLElement | undefined;
  afterEach(() => {
    if (container) unmount(container);
    container = undefined;
  });

  const send = async (text: string) => {
    const input = container!.querySelector('input')!;
    type(input, text);
    key(input, 'Enter');
    await settle();
  };

  it('after a crisis reply, storage holds nothing the visitor wrote before it or after it', async () => {
    const store = createStore('local', window, KEY);
    const { api } = fakeApi([
      { ok: true, reply: reply({ kind: 'fallback', text: 'Not in the article.' }) },
      { ok: true, reply: reply({ kind: 'crisis', text: 'Please call or text 988 now.', sources: [], suggestions: [] }) },
      { ok: true, reply: reply({ kind: 'fallback', text: 'Not in the article.' }) },
    ]);
    container = mountInto(<Panel config={config()} strings={strings} api={api} store={store} open ctl={{}} onClose={() => {}} emit={() => {}} />);
    await send('my name is Harriet Quillfeather, I live at 42 Wexfordshaw Lane');
    expect(everythingStored()).toContain('Quillfeather'); // an ordinary conversation is kept
    await send('I cannot go on any more');
    await send('I already wrote the letters');
    const stored = everythingStored();
    for (const secret of ['Quillfeather', 'Wexfordshaw', 'cannot go on', 'wrote the letters']) expect(stored).not.toContain(secret);
    expect(stored).toContain('988'); // the crisis resources survive a reload
  });

  it('with data-storage="none", nothing survives a page load', async () => {
    const store = createStore('none', window, KEY);
    const { api } = fakeApi();
    container = mountInto(<Panel config={config({ data: { storage: 'none' } })} strings={strings} api={api} store={store} open ctl={{}} onClose={() => {}} emit={() => {}} />);
    await send('how long does it last');
    expect(container.querySelector('.msg.user')).not.toBeNull();
    expect(everythingStored()).toBe('');
    unmount(container);
    container = mountInto(<Panel config={config({ data: { storage: 'none' } })} strings={strings} api={api} store={createStore('none', window, KEY)} open ctl={{}} onClose={() => {}} emit={() => {}} />);
    expect(container.querySelector('.msg.user')).toBeNull();
  });
});
