import type { Strings } from '../strings.ts';

const TEASED = 'faqchat:teased';

/**
 * True the first time in this visit (tab) that the teaser may show; remembered in sessionStorage
 * unless the owner chose data-storage="none". Blocked storage shows it on this page anyway.
 */
export function firstTease(remember: boolean): boolean {
  try {
    if (sessionStorage.getItem(TEASED)) return false;
    if (remember) sessionStorage.setItem(TEASED, '1');
  } catch {
    // Storage blocked: show it on this page anyway.
  }
  return true;
}

/** The greeting teaser by the launcher (data-teaser): a button that opens the chat, and one to dismiss it. */
export function Teaser({ strings, onOpen, onDismiss }: { strings: Strings; onOpen?: () => void; onDismiss(): void }) {
  return (
    <div class="teaser">
      <button type="button" onClick={onOpen}>
        {strings.teaser}
      </button>
      <button type="button" aria-label={strings.dismiss} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
