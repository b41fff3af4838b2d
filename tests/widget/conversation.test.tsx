import { afterEach, describe, expect, it } from 'vitest';
import { contactHref, type ApiClient } from '../../widget/src/api.ts';
import type { Contact } from '../../widget/src/types.ts';
import { Panel } from '../../widget/src/ui/Panel.tsx';
import { click, config, fakeApi, key, memoryStore, mountInto, reply, settle, strings, text, type, unmount } from './helpers.tsx';

let container: HTMLElement;
afterEach(() => unmount(container));

function panel(api: ApiClient) {
  container = mountInto(<Panel config={config()} strings={strings} api={api} store={memoryStore()} open ctl={{}} onClose={() => {}} emit={() => {}} />);
}
const send = async (t: string) => {
  const input = container.querySelector('input')!;
  type(input, t);
  key(input, 'Enter');
  await settle();
};
const chips = () => [...container.querySelectorAll('.log > .chips .chip')].map((c) => c.textContent);
/** An api whose starters carry `contact`. */
function withContact(contact: Contact | undefined, results: Parameters<typeof fakeApi>[0] = []) {
  const fake = fakeApi(results, ['What is ketamine?']);
  const suggest = fake.api.suggest;
  fake.api.suggest = async (q, signal) => ({ ...(await suggest(q, signal)), ...(contact && !q ? { contact } : {}) });
  return fake;
}

describe('suggestions after a reply', () => {
  it('never offer back what the visitor asked, in any case or punctuation', async () => {
    const { api } = fakeApi([
      { ok: true, reply: reply({ suggestions: ['How long does it last?', 'What is esketamine?'] }) },
      { ok: true, reply: reply({ suggestions: ['how long does it LAST', 'What is ketamine?', 'Is it safe?'] }) },
    ]);
    panel(api);
    await send('How long does it last?');
    expect(chips()).toEqual(['What is esketamine?']);
    await send('What is ketamine');
    expect(chips()).toEqual(['Is it safe?']);
  });

  it('clarify options are kept as they are (they are the choice being asked)', async () => {
    const { api } = fakeApi([{ ok: true, reply: reply({ kind: 'clarify', suggestions: ['Ketamine', 'Esketamine'] }) }]);
    panel(api);
    await send('Ketamine');
    expect(chips()).toEqual(['Ketamine', 'Esketamine']);
  });
});

describe('a human route', () => {
  const fallback = { ok: true as const, reply: reply({ kind: 'fallback', text: 'The article does not cover that.', sources: [], suggestions: ['What is ketamine?'] }) };

  it('without a contact in the site data, nothing is shown', async () => {
    panel(withContact(undefined, [fallback]).api);
    await send('Can my cat eat chocolate?');
    expect(container.querySelector('.contact')).toBeNull();
    expect(container.querySelector(`[aria-label="${strings.more}"]`)).toBeNull();
  });

  it('with one, it is offered under fallback replies and in the header menu', async () => {
    panel(withContact({ kind: 'email', value: 'help@clinic.example', label: 'Email our team' }, [fallback, { ok: true, reply: reply() }]).api);
    await settle();
    const more = container.querySelector<HTMLButtonElement>(`[aria-label="${strings.more}"]`)!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const menu = container.querySelector(`#${more.getAttribute('aria-controls')}`)!;
    expect(menu.querySelector('a')?.getAttribute('href')).toBe('mailto:help@clinic.example');
    expect(text(menu)).toContain('Email our team');
    await send('Can my cat eat chocolate?');
    const under = container.querySelector('.msg.bot.fallback .contact');
    expect(text(under)).toBe(`${strings.contactPrompt} Email our team`);
    await send('How long does it last?');
    expect(container.querySelectorAll('.contact')).toHaveLength(1); // answers do not carry it
  });

  it('after a crisis reply it is offered with the help links, and on every supportive reply after it', async () => {
    const help = { title: 'Help', contacts: [{ kind: 'call' as const, label: 'Call 988', href: 'tel:988' }] };
    const crisis = { ok: true as const, reply: reply({ kind: 'crisis', text: 'You deserve support.', sources: [], suggestions: [], help }) };
    const support = { ok: true as const, reply: reply({ kind: 'smalltalk', text: 'I am an automated assistant.', sources: [], suggestions: [], help }) };
    panel(withContact({ kind: 'email', value: 'help@clinic.example', label: 'Email our team' }, [crisis, support]).api);
    await settle();
    await send('i want to end it all');
    expect(text(container.querySelector('section.crisis .contact'))).toBe(`${strings.contactPrompt} Email our team`);
    await send('can i talk to a real person');
    expect(text(container.querySelector('.msg.bot.smalltalk .contact'))).toBe(`${strings.contactPrompt} Email our team`);
  });

  it('a reply may bring the contact itself', async () => {
    panel(fakeApi([{ ...fallback, reply: { ...fallback.reply, contact: { kind: 'phone', value: '+1 (555) 010-2000' } } }]).api);
    await send('Can I talk to someone?');
    const a = container.querySelector('.msg.bot.fallback .contact a');
    expect(a?.getAttribute('href')).toBe('tel:+15550102000');
    expect(a?.textContent).toBe(strings.contact);
  });

  it.each([
    [{ kind: 'email', value: 'help@clinic.example' }, 'mailto:help@clinic.example'],
    [{ kind: 'email', value: 'javascript:alert(1)' }, null],
    [{ kind: 'phone', value: '+44 20 7946 0958' }, 'tel:+442079460958'],
    [{ kind: 'phone', value: 'call us' }, null],
    [{ kind: 'url', value: 'https://clinic.example/contact' }, 'https://clinic.example/contact'],
    [{ kind: 'url', value: '/contact' }, 'https://faq.example/contact'],
    [{ kind: 'url', value: 'javascript:alert(1)' }, null],
    [{ kind: 'fax', value: '123' }, null],
    [{ kind: 'email', value: '' }, null],
  ] as Array<[Contact, string | null]>)('contactHref(%j) → %s', (contact, href) => {
    expect(contactHref(contact, 'https://faq.example')).toBe(href);
  });
});
