import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../widget/src/types.ts';
import { Chips } from '../../widget/src/ui/Chips.tsx';
import { MessageList } from '../../widget/src/ui/MessageList.tsx';
import { Panel } from '../../widget/src/ui/Panel.tsx';
import { BASE, click, config, fakeApi, memoryStore, mountInto, reply, settle, strings, text, unmount } from './helpers.tsx';

let container: HTMLElement;
afterEach(() => unmount(container));

const chipTexts = (root: Element | null) => [...(root?.querySelectorAll('.chip') ?? [])].map((c) => c.textContent);

describe('Chips', () => {
  it('is a labelled group of buttons; clicking one asks it', () => {
    const onPick = vi.fn();
    container = mountInto(<Chips label="Suggested questions" items={['What is ketamine?', 'Is it safe?']} onPick={onPick} />);
    const group = container.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).toBe('Suggested questions');
    click(container.querySelectorAll('button.chip')[1]);
    expect(onPick).toHaveBeenCalledWith('Is it safe?');
  });

  it('renders nothing without items', () => {
    container = mountInto(<Chips label="x" items={[]} onPick={() => {}} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows starters only before the conversation starts, then the latest reply’s suggestions', () => {
    const messages: Message[] = [
      { id: 'b1', role: 'bot', kind: 'answer', text: 'a', sources: [], suggestions: ['Old suggestion'] },
      { id: 'b2', role: 'bot', kind: 'clarify', text: 'Which one?', sources: [], suggestions: ['Ketamine', 'Esketamine'] },
    ];
    const props = { strings, base: BASE, typing: false, onAsk: () => {}, onFeedback: () => {} };
    container = mountInto(<MessageList {...props} messages={[]} starters={['S1', 'S2', 'S3']} />);
    expect(chipTexts(container)).toEqual(['S1', 'S2', 'S3']);
    unmount(container);
    container = mountInto(<MessageList {...props} messages={messages} starters={['S1']} />);
    // Clarify options read "Did you mean:"; older suggestions are gone.
    expect(chipTexts(container)).toEqual(['Ketamine', 'Esketamine']);
    expect(container.querySelector('.chips')?.getAttribute('aria-label')).toBe(strings.clarify);
  });
});

describe('Panel chips', () => {
  it('loads 3–4 starters from /api/suggest and asks one when clicked', async () => {
    const { api, calls } = fakeApi([], ['What is ketamine?', 'How long does it last?', 'Is it FDA approved?', 'What is Spravato?', 'Fifth']);
    container = mountInto(<Panel config={config()} strings={strings} api={api} store={memoryStore()} open ctl={{}} onClose={() => {}} emit={() => {}} />);
    await settle();
    expect(chipTexts(container)).toEqual(['What is ketamine?', 'How long does it last?', 'Is it FDA approved?', 'What is Spravato?']);
    click([...container.querySelectorAll('.chip')].find((c) => c.textContent === 'How long does it last?'));
    await settle();
    expect(calls.map((c) => c.message)).toEqual(['How long does it last?']);
    expect(text(container.querySelector('.msg.user'))).toContain('How long does it last?');
    expect(text(container.querySelector('.msg.bot.answer'))).toContain('days to weeks');
    // The reply's suggestions replace the starters, and clicking one asks it with the reply's context.
    expect(chipTexts(container)).toEqual(reply().suggestions);
    click(container.querySelector('.chip'));
    await settle();
    expect(calls[1]).toEqual({ message: 'What is esketamine?', sessionId: 's1', context: 'ctx-1' });
  });
});
