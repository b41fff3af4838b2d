import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../widget/src/api.ts';
import { Panel, type PanelController } from '../../widget/src/ui/Panel.tsx';
import { click, config, fakeApi, key, memoryStore, mountInto, reply, settle, strings, text, type, unmount } from './helpers.tsx';

let container: HTMLElement;
afterEach(() => unmount(container));

function panel(api = fakeApi().api, extra: { onClose?: () => void; emit?: (e: string, p?: unknown) => void; ctl?: PanelController } = {}) {
  container = mountInto(
    <Panel config={config()} strings={strings} api={api} store={memoryStore()} open ctl={extra.ctl ?? {}} onClose={extra.onClose ?? (() => {})} emit={extra.emit ?? (() => {})} />,
  );
  return container;
}
const send = async (t: string) => {
  const input = container.querySelector('input')!;
  type(input, t);
  key(input, 'Enter');
  await settle();
};

describe('Panel', () => {
  it('is a dialog named by its title with a labelled input', () => {
    panel();
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(text(container.querySelector(`#${dialog.getAttribute('aria-labelledby')}`))).toBe(strings.title);
    expect(container.querySelector('input')?.getAttribute('aria-label')).toBe('Ask a question');
  });

  it('shows the typing indicator while waiting for the reply', async () => {
    let resolve!: (r: ReturnType<typeof reply>) => void;
    const api = fakeApi().api;
    api.chat = () => new Promise((r) => (resolve = (reply) => r({ ok: true, reply })));
    panel(api);
    await send('hello');
    expect(container.querySelector('.typing')).not.toBeNull();
    resolve(reply());
    await settle();
    expect(container.querySelector('.typing')).toBeNull();
    expect(container.querySelector('.msg.bot.answer')).not.toBeNull();
  });

  it('a network failure shows a calm message and Retry resends without a duplicate bubble', async () => {
    const { api, calls } = fakeApi([{ ok: false, reason: 'network' }, { ok: true, reply: reply() }]);
    panel(api);
    await send('How long does ketamine last?');
    expect(text(container.querySelector('.notice'))).toContain(strings.errorNetwork);
    click([...container.querySelectorAll('.notice button')].find((b) => b.textContent === strings.retry));
    await settle();
    expect(container.querySelector('.notice')).toBeNull();
    expect(calls.map((c) => c.message)).toEqual(['How long does ketamine last?', 'How long does ketamine last?']);
    expect(container.querySelectorAll('.msg.user')).toHaveLength(1);
    expect(container.querySelector('.msg.bot.answer')).not.toBeNull();
  });

  it('maps 429 and 5xx from the real client to their messages', async () => {
    const responses = [new Response('{}', { status: 429, headers: { 'retry-after': '30' } }), new Response('{"error":{}}', { status: 503 })];
    const fetchFn = vi.fn(async (input: RequestInfo | URL) =>
      String(input).includes('/api/suggest') ? Response.json({ suggestions: [] }) : responses.shift()!,
    ) as unknown as typeof fetch;
    const api = createApi('https://faq.example', fetchFn);
    expect(await api.chat('x')).toEqual({ ok: false, reason: 'rate', retryAfter: 30 });
    panel(api);
    await send('x');
    expect(text(container.querySelector('.notice'))).toContain(strings.errorServer);
  });

  it('shows an offline banner while the browser is offline', async () => {
    panel();
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    await settle();
    expect(text(container.querySelector('.offline'))).toBe(strings.offline);
    online.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(container.querySelector('.offline')).toBeNull();
    online.mockRestore();
  });

  it('typeahead: debounced suggestions, arrow keys move, Enter asks the highlighted one', async () => {
    const { api, calls, suggestQueries } = fakeApi([], ['How long does ketamine last?', 'How long until ketamine works?', 'What is ketamine?']);
    panel(api);
    const input = container.querySelector('input')!;
    type(input, 'h');
    type(input, 'ho');
    type(input, 'how long');
    await settle(250);
    expect(suggestQueries.filter(Boolean)).toEqual(['how long']); // one request after the pause
    const options = () => [...container.querySelectorAll('[role="option"]')];
    expect(options().map((o) => o.textContent)).toEqual(['How long does ketamine last?', 'How long until ketamine works?']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    key(input, 'ArrowUp');
    key(input, 'Enter');
    await settle();
    expect(calls.map((c) => c.message)).toEqual(['How long does ketamine last?']);
    expect(input.value).toBe('');
    expect(options()).toHaveLength(0);
  });

  it('Escape hides the typeahead first, then asks to close the panel', async () => {
    const onClose = vi.fn();
    panel(fakeApi([], ['What is ketamine?']).api, { onClose });
    const input = container.querySelector('input')!;
    type(input, 'ket');
    await settle(250);
    expect(container.querySelectorAll('[role="option"]')).toHaveLength(1);
    key(input, 'Escape');
    expect(onClose).not.toHaveBeenCalled();
    expect(container.querySelectorAll('[role="option"]')).toHaveLength(0);
    key(input, 'Escape');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('sends feedback with the server ids and emits message events to the host', async () => {
    const { api, feedback } = fakeApi([{ ok: true, reply: reply({ messageId: 'srv-7', sessionId: 'sess-3' }) }]);
    const emit = vi.fn();
    const ctl: PanelController = {};
    panel(api, { emit, ctl });
    ctl.send?.('How long does ketamine last?'); // FaqChat.ask() path
    await settle();
    click(container.querySelector('[aria-label="Helpful"]'));
    expect(feedback).toEqual([['sess-3', 'srv-7', true]]);
    expect(emit.mock.calls.map((c) => [c[0], (c[1] as { role: string }).role])).toEqual([
      ['message', 'user'],
      ['message', 'bot'],
    ]);
  });
});
