import { Component, type RefObject } from 'preact';
import type { Strings } from '../strings.ts';
import { SendIcon } from './icons.tsx';

export interface ComposerProps {
  strings: Strings;
  /** True while a reply is on its way: typing is allowed, sending is not. */
  busy: boolean;
  onSend(text: string): void;
  /** Typeahead source; gets the partial question, returns questions the bot can answer. */
  suggest(q: string, signal: AbortSignal): Promise<string[]>;
  inputRef?: RefObject<HTMLInputElement | null>;
}

interface ComposerState {
  value: string;
  items: string[];
  active: number;
}

const DEBOUNCE_MS = 200;
const LISTBOX = 'fc-typeahead';

/**
 * The input: Enter sends; typeahead from the API as an ARIA combobox (arrow keys move, Enter picks,
 * the first Escape hides the list). Class components keep Preact's hooks out of the bundle.
 */
export class Composer extends Component<ComposerProps, ComposerState> {
  override state: ComposerState = { value: '', items: [], active: -1 };
  timer?: ReturnType<typeof setTimeout>;
  request?: AbortController;

  reset = () => {
    clearTimeout(this.timer);
    this.request?.abort();
    this.setState({ items: [], active: -1 });
  };

  override componentWillUnmount() {
    clearTimeout(this.timer);
    this.request?.abort();
  }

  submit(text: string) {
    const t = text.trim();
    if (!t || this.props.busy) return;
    this.props.onSend(t);
    this.setState({ value: '' });
    this.reset();
  }

  onInput = (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    this.setState({ value });
    this.reset();
    const q = value.trim();
    if (q.length < 2) return;
    this.timer = setTimeout(() => {
      const controller = (this.request = new AbortController());
      this.props.suggest(q, controller.signal).then((found) => {
        if (controller.signal.aborted) return;
        this.setState({ items: found.filter((s) => s.toLowerCase() !== q.toLowerCase()).slice(0, 5), active: -1 });
      }, () => {});
    }, DEBOUNCE_MS);
  };

  onKeyDown = (e: KeyboardEvent) => {
    const { items, active, value } = this.state;
    const n = items.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      this.setState({ active: (active + 1) % n });
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      this.setState({ active: active <= 0 ? n - 1 : active - 1 });
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      this.submit(items[active] ?? value);
    } else if (e.key === 'Escape' && n) {
      // First Escape hides the suggestions; the next one closes the panel.
      e.stopPropagation();
      this.reset();
    }
  };

  override render({ strings, busy, inputRef }: ComposerProps, { value, items, active }: ComposerState) {
    return (
      <form
        class="composer"
        onSubmit={(e) => {
          e.preventDefault();
          this.submit(value);
        }}
      >
        <ul id={LISTBOX} role="listbox" aria-label={strings.suggestions} class="typeahead" hidden={!items.length}>
          {items.map((s, i) => (
            <li
              key={s}
              id={`${LISTBOX}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => this.submit(s)}
            >
              {s}
            </li>
          ))}
        </ul>
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-label={strings.inputLabel}
          aria-autocomplete="list"
          aria-expanded={items.length > 0}
          aria-controls={LISTBOX}
          aria-activedescendant={active >= 0 ? `${LISTBOX}-${active}` : undefined}
          placeholder={strings.placeholder}
          autocomplete="off"
          enterKeyHint="send"
          maxLength={500}
          value={value}
          onInput={this.onInput}
          onKeyDown={this.onKeyDown}
          onBlur={() => setTimeout(this.reset, 150)}
        />
        <button type="submit" class="send" aria-label={strings.send} disabled={busy || !value.trim()}>
          <SendIcon />
        </button>
      </form>
    );
  }
}
