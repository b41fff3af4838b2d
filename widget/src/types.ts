import type { HelpCard, HelpContact, Reply, ReplyKind, ReplySource } from '../../server/engine/types.ts';
import type { WidgetConfig } from './config.ts';

export type { HelpCard, HelpContact, Reply, ReplyKind, ReplySource };

/**
 * A way to reach a person at the site, from the owner's site data: shown in the panel's header menu
 * and under fallback replies. Sent in `GET /api/suggest` (starters) and optionally with a reply.
 */
export interface Contact {
  kind: 'email' | 'url' | 'phone';
  value: string;
  /** Link text; the widget's "Contact us" string when absent. */
  label?: string;
}

/** A 200 from `POST /api/chat`: the engine's reply plus ids (issue 4). */
export interface ChatReply extends Reply {
  sessionId: string;
  messageId: string;
  contact?: Contact;
}

export interface UserMessage {
  id: string;
  role: 'user';
  text: string;
  /** Set when the reply was a crisis reply: what a person in crisis wrote is never stored. */
  private?: boolean;
}

export interface BotMessage {
  id: string;
  role: 'bot';
  kind: ReplyKind;
  text: string;
  sources: ReplySource[];
  suggestions: string[];
  /** The server's id, for feedback. */
  messageId?: string;
  /** A crisis reply's help links (the site's crisis data). */
  help?: HelpCard;
  /** The visitor's 👍 (true) or 👎 (false). */
  feedback?: boolean;
}

export type Message = UserMessage | BotMessage;

export type WidgetEvent = 'ready' | 'open' | 'close' | 'message';

/** Payload of the `message` event a host page can listen to with `FaqChat.on('message', fn)`. */
export interface MessageEventPayload {
  role: 'user' | 'bot';
  text: string;
  kind?: ReplyKind;
  sources?: ReplySource[];
}

/** What the loader hands the lazily loaded panel chunk. */
export interface MountOptions {
  /** Element the panel renders into (inside the shadow root). */
  container: HTMLElement;
  config: WidgetConfig;
  /** Adds the panel's CSS to the shadow root (the loader's code, so the panel chunk need not carry it). */
  adoptCss(css: string): void;
  /** The panel asks to open (its teaser was clicked). */
  onOpen(): void;
  /** The panel asks to close (Escape, its close button); the loader closes and returns focus. */
  onClose(): void;
  emit(event: WidgetEvent, payload?: unknown): void;
}

export interface PanelHandle {
  open(): void;
  close(): void;
  ask(text: string): void;
  /** Shows the greeting teaser next to the launcher (once per visit, never over an open panel). */
  tease(): void;
}

export interface PanelModule {
  /** Resolves once the strings of the page's language are in (they load with the panel). */
  mount(options: MountOptions): PanelHandle | Promise<PanelHandle>;
}
