import type { Ref } from 'preact';
import type { Strings } from '../strings.ts';
import { ClearIcon, CloseIcon, MoreIcon } from './icons.tsx';

export interface HeaderProps {
  strings: Strings;
  headingRef: Ref<HTMLHeadingElement>;
  /** The site's human contact; without one there is no menu. */
  person: { href: string; label: string } | null;
  menu: boolean;
  onMenu(): void;
  canClear: boolean;
  onClear(): void;
  onClose(): void;
}

/** The panel's title bar: title, the "More options" menu (the site's contact), clear and close. */
export function Header({ strings: s, headingRef, person, menu, onMenu, canClear, onClear, onClose }: HeaderProps) {
  return (
    <>
      <div class="head">
        <h2 id="fc-title" tabIndex={-1} ref={headingRef}>
          {s.title}
        </h2>
        {person && (
          <button type="button" class="icon" aria-label={s.more} title={s.more} aria-expanded={menu} aria-controls="fc-menu" onClick={onMenu}>
            <MoreIcon />
          </button>
        )}
        <button type="button" class="icon" aria-label={s.clear} title={s.clear} disabled={!canClear} onClick={onClear}>
          <ClearIcon />
        </button>
        <button type="button" class="icon" aria-label={s.closeChat} title={s.closeChat} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      {person && menu && (
        <p id="fc-menu" class="menu">
          {s.contactPrompt} <a href={person.href}>{person.label}</a>
        </p>
      )}
    </>
  );
}
