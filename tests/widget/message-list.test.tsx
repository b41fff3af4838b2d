import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../widget/src/types.ts';
import { MessageList } from '../../widget/src/ui/MessageList.tsx';
import { BASE, click, mountInto, strings, text, unmount } from './helpers.tsx';

let container: HTMLElement;
afterEach(() => unmount(container));

const list = (messages: Message[], extra: Partial<Parameters<typeof MessageList>[0]> = {}) =>
  (container = mountInto(
    <MessageList messages={messages} strings={strings} base={BASE} starters={[]} typing={false} onAsk={() => {}} onFeedback={() => {}} {...extra} />,
  ));

describe('MessageList', () => {
  it('is a polite live log that opens with what the bot is and where crisis help is', () => {
    list([]);
    const log = container.querySelector('[role="log"]');
    expect(log?.getAttribute('aria-live')).toBe('polite');
    const greeting = text(container.querySelector('.greeting'));
    expect(greeting).toContain("this site's article");
    expect(greeting).toContain('not a doctor');
    expect(greeting).toContain('medical advice');
    expect(greeting).toContain('988');
    const hrefs = [...container.querySelectorAll('.greeting a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['tel:988', 'sms:988']);
  });

  it('renders visitor and bot bubbles with spoken speaker labels', () => {
    list([
      { id: 'u1', role: 'user', text: 'How long does it last?' },
      { id: 'b1', role: 'bot', kind: 'answer', text: 'Days to weeks.', sources: [], suggestions: [] },
    ]);
    const bubbles = [...container.querySelectorAll('.msg:not(.greeting)')];
    expect(bubbles.map((b) => b.className)).toEqual(['msg user', 'msg bot answer']);
    expect(text(bubbles[0])).toBe('You: How long does it last?');
    expect(text(bubbles[1])).toBe('Assistant: Days to weeks.');
  });

  it('renders server text as text, never as HTML', () => {
    const hostile = '<img src=x onerror="window.pwned=1"><b>bold</b> & <script>alert(1)</script>';
    list([
      { id: 'u1', role: 'user', text: hostile },
      { id: 'b1', role: 'bot', kind: 'answer', text: hostile, sources: [{ title: '<i>t</i>', url: '/article#a' }], suggestions: [] },
    ]);
    expect(container.querySelector('.log img, .log b, .log script, .log i:not([aria-hidden])')).toBeNull();
    expect(text(container.querySelector('.bot.answer .text'))).toBe(hostile);
    expect(text(container.querySelector('.sources a'))).toBe('<i>t</i>');
  });

  it('links sources to the article anchors on the API origin and drops non-http URLs', () => {
    list([
      {
        id: 'b1',
        role: 'bot',
        kind: 'answer',
        text: 'x',
        sources: [
          { title: 'Duration', url: '/article#how-long' },
          { title: 'Evil', url: 'javascript:alert(1)' },
          { title: 'Elsewhere', url: 'https://other.example/page#x' },
        ],
        suggestions: [],
      },
    ]);
    const links = [...container.querySelectorAll('.sources a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Duration', `${BASE}/article#how-long`],
      ['Elsewhere', 'https://other.example/page#x'],
    ]);
  });

  it('offers 👍/👎 on answers only, reports the choice, and thanks once rated', () => {
    const onFeedback = vi.fn();
    const messages: Message[] = [
      { id: 'b1', role: 'bot', kind: 'answer', text: 'a', sources: [], suggestions: [], messageId: 'm1' },
      { id: 'b2', role: 'bot', kind: 'fallback', text: 'b', sources: [], suggestions: [], messageId: 'm2' },
    ];
    list(messages, { onFeedback });
    expect(container.querySelectorAll('.fb')).toHaveLength(1);
    click(container.querySelector('[aria-label="Not helpful"]'));
    expect(onFeedback).toHaveBeenCalledWith('b1', false);
    unmount(container);
    list([{ ...messages[0]!, feedback: false } as Message]);
    const down = container.querySelector('[aria-label="Not helpful"]');
    expect(down?.getAttribute('aria-pressed')).toBe('true');
    expect((down as HTMLButtonElement).disabled).toBe(true);
    expect(text(container.querySelector('.fb'))).toContain(strings.thanks);
  });

  it('shows a typing indicator with a spoken label while waiting', () => {
    list([{ id: 'u1', role: 'user', text: 'hi' }], { typing: true });
    expect(text(container.querySelector('.typing'))).toBe(strings.typing);
  });
});
