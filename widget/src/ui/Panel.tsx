import { Component, createRef, type ComponentChildren } from 'preact';
import { contactHref, type ApiClient, type ChatResult } from '../api.ts';
import type { WidgetConfig } from '../config.ts';
import { report } from '../dom.ts';
import type { ConversationStore } from '../storage.ts';
import type { Strings } from '../strings.ts';
import type { BotMessage, Contact, Message, WidgetEvent } from '../types.ts';
import { Header } from './Header.tsx';
import { Composer } from './Composer.tsx';
import { MessageList } from './MessageList.tsx';
import { showOnPage } from './on-page.ts';
import { firstTease, Teaser } from './Teaser.tsx';
import { HELP_LINE } from '../help.ts';
import { HelpLinks } from './HelpLinks.tsx';

/** Lets the loader's `FaqChat.ask()` reach the mounted panel. */
export interface PanelController {
  send?: (text: string) => void;
  tease?: () => void;
}

export interface PanelProps {
  config: WidgetConfig;
  /** All strings, the site owner's overrides applied. */
  strings: Strings;
  api: ApiClient;
  store: ConversationStore;
  open: boolean;
  ctl: PanelController;
  /** The teaser asks for the panel (the loader opens it). */
  onOpen?(): void;
  onClose(): void;
  emit(event: WidgetEvent, payload?: unknown): void;
}

type Failure = Extract<ChatResult, { ok: false }>['reason'];

interface PanelState {
  messages: Message[];
  busy: boolean;
  failure: { reason: Failure; text: string } | null;
  starters: string[];
  online: boolean;
  /** Announced once (e.g. "Conversation cleared."). */
  status: string;
  contact: Contact | null;
  menu: boolean;
  teaser: boolean;
}

const MAX_IN_MEMORY = 200;
const SMALL = '(max-width: 639.98px)';
const UNPIN = ['wheel', 'touchmove', 'keydown'];
let seq = 0;
const uid = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;
/** Questions compare without case, punctuation or spacing. */
const norm = (q: string) => q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const small = () => typeof matchMedia === 'function' && matchMedia(SMALL).matches;

/**
 * The chat panel: a dialog with the conversation log, the composer and the safety footer.
 * (Class components keep Preact's hooks module out of the 15 KB budget.)
 */
export class Panel extends Component<PanelProps, PanelState> {
  session: { sessionId?: string | undefined; context?: string | undefined };
  busy = false;
  /** Id of a crisis card being held in view; '' once the visitor scrolled. */
  pinned: string | null = null;
  panel = createRef<HTMLDivElement>();
  log = createRef<HTMLDivElement>();
  input = createRef<HTMLInputElement>();
  heading = createRef<HTMLHeadingElement>();
  viewport?: () => void;
  saved?: Message[];

  constructor(props: PanelProps) {
    super(props);
    const saved = props.store.load();
    this.session = { sessionId: saved.sessionId, context: saved.context };
    this.state = { messages: saved.messages, busy: false, failure: null, starters: [], online: navigator.onLine !== false, status: '', contact: null, menu: false, teaser: false };
    props.ctl.send = (text) => void this.send(text);
    props.ctl.tease = this.tease;
  }

  online = () => this.setState({ online: navigator.onLine !== false });
  unpin = () => {
    if (this.pinned) this.pinned = '';
  };

  override componentDidMount() {
    void this.props.api.suggest().then((found) => this.setState({ starters: found.suggestions.slice(0, 4), contact: found.contact ?? null }));
    addEventListener('online', this.online);
    addEventListener('offline', this.online);
    for (const t of UNPIN) this.log.current?.addEventListener(t, this.unpin, { passive: true });
    if (this.props.open) this.opened();
  }

  override componentWillUnmount() {
    removeEventListener('online', this.online);
    removeEventListener('offline', this.online);
    this.viewport?.();
  }

  override componentDidUpdate(prev: PanelProps) {
    const { messages, busy } = this.state;
    // Saved only once a reply is in: a message that turns out to signal a crisis is never written.
    if (!busy && messages !== this.saved && messages.length) {
      this.saved = messages;
      this.props.store.save({ ...this.session, messages });
    }
    if (this.props.open && !prev.open) this.opened();
    if (!this.props.open && prev.open) this.viewport?.();
    this.scroll();
  }

  /** Focus moves in: to the input on desktop, to the title on phones (no keyboard over the greeting). */
  opened() {
    this.setState({ teaser: false });
    (small() ? this.heading.current : this.input.current)?.focus();
    this.scroll();
    // Follow the visual viewport so the on-screen keyboard never covers the input.
    const vv = window.visualViewport;
    const panel = this.panel.current;
    if (!vv || !panel) return;
    const fit = () => {
      panel.style.setProperty('--fc-vv-h', `${vv.height}px`);
      panel.style.setProperty('--fc-vv-top', `${vv.offsetTop}px`);
    };
    fit();
    vv.addEventListener('resize', fit);
    vv.addEventListener('scroll', fit);
    this.viewport = () => {
      vv.removeEventListener('resize', fit);
      vv.removeEventListener('scroll', fit);
    };
  }

  /** New content scrolls into view, except that a crisis card stays in view until the visitor scrolls or sends. */
  scroll() {
    const log = this.log.current;
    if (!log || !this.props.open) return;
    const last = this.state.messages[this.state.messages.length - 1];
    if (last?.role === 'bot' && last.kind === 'crisis' && this.pinned === null) {
      this.pinned = last.id;
      const card = log.querySelector<HTMLElement>(`[data-id="${last.id}"]`);
      if (card) log.scrollTop = card.offsetTop - 8;
    } else if (!this.pinned) {
      log.scrollTop = log.scrollHeight;
    }
  }

  async send(text: string, again = false) {
    if (this.busy || !text.trim()) return;
    const { api, emit } = this.props;
    this.busy = true;
    this.pinned = null;
    this.setState({ busy: true, failure: null, status: '' });
    if (!again) {
      this.setState((s) => ({ messages: [...s.messages, { id: uid(), role: 'user' as const, text }].slice(-MAX_IN_MEMORY) }));
      emit('message', { role: 'user', text });
    }
    let res: ChatResult;
    try {
      res = await api.chat(text, this.session.sessionId, this.session.context);
    } catch (error) {
      report(error);
      res = { ok: false, reason: 'network' };
    }
    this.busy = false;
    if (!res.ok) return this.setState({ busy: false, failure: { reason: res.reason, text } });
    const r = res.reply;
    this.session = { sessionId: r.sessionId, context: r.context };
    // A conversation does not offer back what the visitor has already asked (clarify options excepted).
    const asked = new Set([norm(text), ...this.state.messages.map((m) => m.role === 'user' && norm(m.text))]);
    const bot: BotMessage = {
      id: uid(),
      role: 'bot',
      kind: r.kind,
      text: r.text,
      sources: Array.isArray(r.sources) ? r.sources : [],
      suggestions: Array.isArray(r.suggestions) ? r.suggestions.filter((x) => typeof x === 'string' && (r.kind === 'clarify' || !asked.has(norm(x)))) : [],
      ...(r.messageId ? { messageId: r.messageId } : {}),
      ...(r.help && Array.isArray(r.help.contacts) ? { help: r.help } : {}),
    };
    if (r.contact) this.setState({ contact: r.contact });
    if (r.kind !== 'crisis') this.pinned = '';
    this.setState((s) => {
      const messages = s.messages.slice();
      if (r.kind === 'crisis') {
        const i = messages.findLastIndex((m) => m.role === 'user');
        const u = messages[i];
        if (u?.role === 'user') messages[i] = { ...u, private: true };
      }
      return { busy: false, messages: [...messages, bot].slice(-MAX_IN_MEMORY) };
    });
    emit('message', { role: 'bot', kind: bot.kind, text: bot.text, sources: bot.sources });
  }

  feedback = (id: string, helpful: boolean) => {
    const m = this.state.messages.find((x) => x.id === id);
    if (m?.role !== 'bot' || !m.messageId || !this.session.sessionId) return;
    this.props.api.feedback(this.session.sessionId, m.messageId, helpful);
    this.setState((s) => ({ messages: s.messages.map((x) => (x.id === id ? { ...x, feedback: helpful } : x)) }));
  };

  clear = () => {
    this.session = {};
    this.props.store.clear();
    this.setState({ messages: [], failure: null, status: this.props.strings.cleared });
    this.input.current?.focus();
  };

  ask = (text: string) => void this.send(text);

  tease = () => {
    if (!this.props.open && firstTease(this.props.config.data.storage !== 'none')) this.setState({ teaser: true });
  };

  /** A source on the page the visitor is on scrolls there; on a phone the panel steps aside. */
  follow = (e: MouseEvent) => {
    if (showOnPage(e) && small()) this.props.onClose();
  };

  override render({ config, strings: s, open, onOpen, onClose, api }: PanelProps, { messages, busy, failure, starters, online, status, contact, menu, teaser }: PanelState) {
    const failureText =
      failure && { rate: s.errorRate, server: s.errorServer, offline: s.offline, network: s.errorNetwork }[failure.reason];
    const reach = contactHref(contact, config.apiBase);
    const person = reach && { href: reach, label: contact?.label || s.contact };
    return (
      <>
      {teaser && !open && <Teaser strings={s} onOpen={onOpen} onDismiss={() => this.setState({ teaser: false })} />}
      <div
        ref={this.panel}
        class="panel"
        role="dialog"
        aria-labelledby="fc-title"
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      >
        <Header
          strings={s}
          headingRef={this.heading}
          person={person || null}
          menu={menu}
          onMenu={() => this.setState({ menu: !menu })}
          canClear={messages.length > 0}
          onClear={this.clear}
          onClose={onClose}
        />
        {!online && (
          <p class="offline" role="status">
            {s.offline}
          </p>
        )}
        <MessageList
          messages={messages}
          strings={s}
          base={config.apiBase}
          starters={starters}
          person={person || null}
          typing={busy}
          onAsk={this.ask}
          onFeedback={this.feedback}
          logRef={this.log}
          onClick={this.follow}
        >
          {failure && (
            <div class="notice">
              <p>{failureText}</p>
              <button type="button" onClick={() => void this.send(failure.text, true)}>
                {s.retry}
              </button>
            </div>
          )}
        </MessageList>
        <p class="sr" role="status">
          {status}
        </p>
        <Composer strings={s} busy={busy} onSend={this.ask} suggest={(q, signal) => api.suggest(q, signal).then((r) => r.suggestions)} inputRef={this.input} />
        <p class="foot">
          {s.footer} <HelpLinks contacts={HELP_LINE.contacts} />
        </p>
      </div>
      </>
    );
  }
}

/** Catches render errors so a bug in the panel never reaches the host page; shows crisis help instead. */
export class Boundary extends Component<{ strings: Strings; open: boolean; children?: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  static override getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    report(error);
  }
  override render() {
    const s = this.props.strings;
    if (!this.state.failed) return this.props.children;
    return (
      <div class="panel" role="dialog" aria-label={s.title} hidden={!this.props.open}>
        <p class="notice">
          {s.unavailable} {HELP_LINE.text} <HelpLinks contacts={HELP_LINE.contacts} />
        </p>
      </div>
    );
  }
}
