import type { ComponentChildren, Ref } from 'preact';
import type { Strings } from '../strings.ts';
import type { BotMessage, Message } from '../types.ts';
import { Chips } from './Chips.tsx';
import { CrisisCard } from './CrisisCard.tsx';
import { ThumbIcon } from './icons.tsx';
import { Sources } from './Sources.tsx';
import { HELP_LINE } from '../help.ts';
import { HelpLinks } from './HelpLinks.tsx';

export interface MessageListProps {
  messages: Message[];
  strings: Strings;
  /** API origin; source links resolve against it. */
  base: string;
  starters: string[];
  /** The site's human contact, offered under fallback replies; null when the site has none. */
  person?: { href: string; label: string } | null;
  typing: boolean;
  onAsk(text: string): void;
  onFeedback(id: string, helpful: boolean): void;
  logRef?: Ref<HTMLDivElement>;
  /** Clicks anywhere in the log (links to the page the visitor is on are handled there). */
  onClick?(e: MouseEvent): void;
  /** Rendered after the messages (the error notice). */
  children?: ComponentChildren;
}

/** The conversation: greeting, bubbles, crisis cards, chips and the typing indicator, as a live log. */
export function MessageList(props: MessageListProps) {
  const { messages, strings, base, starters, typing, onAsk } = props;
  let last = -1;
  messages.forEach((m, i) => m.role === 'bot' && (last = i));
  return (
    <div class="log" role="log" aria-live="polite" aria-relevant="additions" ref={props.logRef} onClick={props.onClick}>
      <div class="msg bot greeting">
        <p>{strings.greeting}</p>
        <p>{strings.disclaimer}</p>
        <p>
          {HELP_LINE.text} <HelpLinks contacts={HELP_LINE.contacts} />
        </p>
      </div>
      {!messages.length && <Chips label={strings.starters} items={starters} disabled={typing} onPick={onAsk} />}
      {messages.map((m, i) =>
        m.role === 'user' ? (
          <div key={m.id} class="msg user" data-id={m.id}>
            <span class="sr">{strings.you} </span>
            {m.text}
          </div>
        ) : m.kind === 'crisis' || m.kind === 'concern' ? (
          <CrisisCard key={m.id} message={m} strings={strings} base={base}>
            {props.person && <Person strings={strings} person={props.person} />}
          </CrisisCard>
        ) : (
          <BotBubble key={m.id} {...props} message={m} latest={i === last} />
        ),
      )}
      {typing && (
        <div class="msg bot typing">
          <span class="sr">{strings.typing}</span>
          <i aria-hidden="true" />
          <i aria-hidden="true" />
          <i aria-hidden="true" />
        </div>
      )}
      {props.children}
    </div>
  );
}

function BotBubble({ message: m, latest, strings, base, person, typing, onAsk, onFeedback }: MessageListProps & { message: BotMessage; latest: boolean }) {
  const rated = m.feedback !== undefined;
  return (
    <>
      <div class={`msg bot ${m.kind}`} data-id={m.id}>
        <span class="sr">{strings.bot} </span>
        <p class="text">{m.text}</p>
        <Sources sources={m.sources} label={strings.sources} base={base} />
        {person && (m.kind === 'fallback' || m.help) && <Person strings={strings} person={person} />}
        {m.messageId && (m.kind === 'answer' || m.kind === 'referral') && (
          <div class="fb">
            {[true, false].map((helpful) => (
              <button
                key={String(helpful)}
                type="button"
                class={helpful ? '' : 'down'}
                aria-label={helpful ? strings.helpful : strings.notHelpful}
                aria-pressed={m.feedback === helpful}
                disabled={rated}
                onClick={() => onFeedback(m.id, helpful)}
              >
                <ThumbIcon />
              </button>
            ))}
            {rated && <span>{strings.thanks}</span>}
          </div>
        )}
      </div>
      {latest && (
        <Chips label={m.kind === 'clarify' ? strings.clarify : strings.suggestions} items={m.suggestions} disabled={typing} onPick={onAsk} />
      )}
    </>
  );
}

/** The site's human contact: under fallbacks, and with the help links once a conversation has shown distress. */
function Person({ strings, person }: { strings: Strings; person: { href: string; label: string } }) {
  return (
    <p class="contact">
      {strings.contactPrompt} <a href={person.href}>{person.label}</a>
    </p>
  );
}
