import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../widget/src/storage.ts';
import type { BotMessage } from '../../widget/src/types.ts';
import { CrisisCard } from '../../widget/src/ui/CrisisCard.tsx';
import { Panel } from '../../widget/src/ui/Panel.tsx';
import { BASE, config, fakeApi, mountInto, reply, key, settle, strings, text, type, unmount } from './helpers.tsx';

let container: HTMLElement;
afterEach(() => unmount(container));

const crisisText = 'It sounds like you are going through a lot. You can call or text 988 right now.';

const UK = {
  title: 'You are not alone',
  contacts: [
    { kind: 'call' as const, label: 'Call Samaritans on 116 123', href: 'tel:116123', note: 'free, 24/7' },
    { kind: 'call' as const, label: 'Call 999', href: 'tel:999' },
  ],
};

describe('CrisisCard', () => {
  it('renders the help links the reply carries, whatever country they are for', () => {
    const message: BotMessage = { id: 'c2', role: 'bot', kind: 'crisis', text: crisisText, sources: [], suggestions: [], help: UK };
    container = mountInto(<CrisisCard message={message} strings={strings} base={BASE} />);
    const card = container.querySelector('section.crisis');
    expect(text(card?.querySelector('h3'))).toBe('You are not alone');
    const links = [...(card?.querySelectorAll('a.act') ?? [])].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([['tel:116123', 'Call Samaritans on 116 123'], ['tel:999', 'Call 999']]);
    expect(card?.querySelector('a.act.primary')?.getAttribute('href')).toBe('tel:116123');
    expect(card?.textContent).toContain('free, 24/7');
    expect(card?.querySelectorAll('a[href*="988"]').length).toBe(0);
  });

  it('falls back to the baked help line when a reply carries no links', () => {
    const message: BotMessage = { id: 'c1', role: 'bot', kind: 'crisis', text: crisisText, sources: [], suggestions: [] };
    container = mountInto(<CrisisCard message={message} strings={strings} base={BASE} />);
    const card = container.querySelector('section.crisis');
    const heading = card?.querySelector('h3');
    expect(card?.getAttribute('aria-labelledby')).toBe(heading?.id);
    expect(text(heading)).toBe(strings.crisisTitle);
    expect(text(card?.querySelector('.text'))).toBe(crisisText);
    const links = [...(card?.querySelectorAll('a.act') ?? [])].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['tel:988', 'Call 988'],
      ['sms:988', 'Text 988'],
    ]);
  });
});

describe('Panel with a crisis reply', () => {
  it('shows the card, keeps it through later replies, and never stores what the visitor wrote', async () => {
    sessionStorage.clear();
    const store = createStore('session', window, 'faqchat:test');
    const stored = () => sessionStorage.getItem('faqchat:test') ?? '';
    const { api } = fakeApi([{ ok: true, reply: reply({ kind: 'crisis', text: crisisText, sources: [], suggestions: [], help: { title: 'Help', contacts: [{ kind: 'call', label: 'Call 988', href: 'tel:988' }, { kind: 'call', label: 'Call 911', href: 'tel:911' }] } }) }, { ok: true, reply: reply() }]);
    container = mountInto(<Panel config={config()} strings={strings} api={api} store={store} open ctl={{}} onClose={() => {}} emit={() => {}} />);
    const ask = (t: string) => {
      const input = container.querySelector<HTMLInputElement>('input')!;
      type(input, t);
      key(input, 'Enter');
    };
    ask('I want to end my life');
    await settle();
    expect(container.querySelector('section.crisis a[href="tel:988"]')).not.toBeNull();
    // On screen the visitor still sees what they wrote; storage does not keep it.
    expect(text(container.querySelector('.msg.user'))).toContain('I want to end my life');
    expect(stored()).not.toContain('end my life');
    expect(store.load().messages.map((m) => m.role)).toEqual(['bot']);
    ask('how long does ketamine last');
    await settle();
    expect(container.querySelector('section.crisis a[href="tel:988"]')).not.toBeNull();
    // Nor anything the visitor writes later in the same conversation.
    expect(stored()).not.toContain('how long does ketamine last');
    expect(stored()).not.toContain('end my life');
    // The safety footer stays under the input whatever happens.
    expect([...container.querySelectorAll('.foot a')].map((a) => a.getAttribute('href'))).toEqual(['tel:988', 'sms:988']);
  });
});
