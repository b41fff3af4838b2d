import type { HelpCard, HelpContact, Reply, ReplyKind, ReplySource } from '../../server/engine/types.ts';
import type { WidgetConfig } from './config.ts';

export type { HelpCard, HelpContact, Reply, ReplyKind, ReplySource };

/** A 200 from `POST /api/chat`: the engine's reply plus ids (issue 4). */
export interface ChatReply extends Reply {
  sessionId: string;
  messageId: string;
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
  root: ShadowRoot;
  /** Element the panel renders into (inside the shadow root). */
  container: HTMLElement;
  config: WidgetConfig;
  /** The panel asks to close (Escape, its close button); the loader closes and returns focus. */
  onClose(): void;
  emit(event: WidgetEvent, payload?: unknown): void;
}

export interface PanelHandle {
  open(): void;
  close(): void;
  ask(text: string): void;
}

export interface PanelModule {
  mount(options: MountOptions): PanelHandle;
}
