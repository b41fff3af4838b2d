import { HELP_LINE } from '../help.ts';
import type { ComponentChildren } from 'preact';
import type { Strings } from '../strings.ts';
import type { BotMessage } from '../types.ts';
import { Sources } from './Sources.tsx';

/**
 * A crisis or concern reply: its own card, the site's tap-to-call / tap-to-text / chat links first (before the
 * reply's text), shown in full and never collapsed, so one dismissive reply cannot hide them. The
 * links come with the reply from the site's crisis data; the baked help line stands in if a reply
 * carries none.
 */
export function CrisisCard({ message, strings, base, children }: { message: BotMessage; strings: Strings; base: string; children?: ComponentChildren }) {
  const h = `fc-crisis-${message.id}`;
  const contacts = message.help?.contacts.length ? message.help.contacts : HELP_LINE.contacts;
  // A concern reply is the gentler card (class "crisis concern"): the same links, a lighter frame.
  return (
    <section class={`crisis ${message.kind}`} aria-labelledby={h} data-id={message.id}>
      <h3 id={h}>{message.help?.title ?? strings.crisisTitle}</h3>
      <ul class="actions">
        {contacts.map((c, i) => (
          <li key={c.href}>
            <a class={i === 0 ? 'act primary' : 'act'} href={c.href} {...(c.kind === 'web' || c.kind === 'chat' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
              {c.label}
            </a>
            {c.note && <span>{c.note}</span>}
          </li>
        ))}
      </ul>
      <p class="text">{message.text}</p>
      <Sources sources={message.sources} label={strings.sources} base={base} />
      {children}
    </section>
  );
}
