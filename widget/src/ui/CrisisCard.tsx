import type { Strings } from '../strings.ts';
import type { BotMessage } from '../types.ts';
import { Sources } from './Sources.tsx';

/**
 * A crisis reply: its own card, tap-to-call and tap-to-text links first (before the reply's text),
 * shown in full and never collapsed, so one dismissive reply cannot hide the resources.
 */
export function CrisisCard({ message, strings, base }: { message: BotMessage; strings: Strings; base: string }) {
  const h = `fc-crisis-${message.id}`;
  return (
    <section class="crisis" aria-labelledby={h} data-id={message.id}>
      <h3 id={h}>{strings.crisisTitle}</h3>
      <ul class="actions">
        <li>
          <a class="act primary" href="tel:988">
            {strings.crisisCall}
          </a>
          <span>{strings.crisisCallNote}</span>
        </li>
        <li>
          <a class="act" href="sms:988">
            {strings.crisisText}
          </a>
        </li>
        <li>
          <a class="act" href="sms:741741?&body=HOME">
            {strings.crisisTextLine}
          </a>
          <span>{strings.crisisTextLineNote}</span>
        </li>
        <li>
          <a class="act" href="tel:911">
            {strings.crisisEmergency}
          </a>
          <span>{strings.crisisEmergencyNote}</span>
        </li>
      </ul>
      <p class="text">{message.text}</p>
      <p class="abroad">
        <a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer">
          {strings.crisisAbroad}
        </a>
      </p>
      <Sources sources={message.sources} label={strings.sources} base={base} />
    </section>
  );
}
