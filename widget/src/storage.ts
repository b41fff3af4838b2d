import type { StorageMode } from './config.ts';
import type { BotMessage, Message } from './types.ts';

/** What survives a page reload. */
export interface Saved {
  sessionId?: string;
  context?: string;
  messages: Message[];
}

export interface ConversationStore {
  load(): Saved;
  save(state: Saved): void;
  clear(): void;
}

/** Kept messages; older ones drop off the front. */
export const MAX_STORED_MESSAGES = 50;

/** Reply kinds that show crisis resources: a conversation with one keeps none of the visitor's words. */
const DISTRESS_KINDS: ReadonlySet<string> = new Set(['crisis', 'concern']);

/**
 * What of a conversation may be written to storage: nothing the visitor wrote in a conversation that
 * got a crisis (or concern) reply, before it or after it, and no message marked private; the bot's
 * replies stay, so the crisis resources are still there after a reload.
 */
export function storable(messages: readonly Message[]): Message[] {
  const distress = messages.some((m) => m.role === 'bot' && DISTRESS_KINDS.has(m.kind));
  return messages.filter((m) => m.role !== 'user' || (!distress && !m.private));
}

/**
 * Persists the conversation in localStorage or sessionStorage (or nowhere, for `none`: nothing
 * survives a page load). In a conversation with a crisis reply nothing the visitor wrote is written
 * (`storable`). Storage that is missing, full or blocked (private modes, sandboxed iframes) quietly
 * behaves like `none`.
 */
export function createStore(mode: StorageMode, win: Window, key: string): ConversationStore {
  const storage = (): Storage | null => {
    try {
      return mode === 'local' ? win.localStorage : mode === 'session' ? win.sessionStorage : null;
    } catch {
      return null;
    }
  };
  return {
    load() {
      try {
        const raw = storage()?.getItem(key);
        if (!raw) return { messages: [] };
        const data = JSON.parse(raw) as Partial<Saved>;
        const messages = storable(Array.isArray(data.messages) ? data.messages.filter(isMessage) : []);
        return {
          messages: messages.slice(-MAX_STORED_MESSAGES),
          ...(typeof data.sessionId === 'string' ? { sessionId: data.sessionId } : {}),
          ...(typeof data.context === 'string' ? { context: data.context } : {}),
        };
      } catch {
        return { messages: [] };
      }
    },
    save(state) {
      try {
        const messages = storable(state.messages).slice(-MAX_STORED_MESSAGES);
        storage()?.setItem(key, JSON.stringify({ ...state, messages }));
      } catch {
        // Quota or privacy settings: the conversation simply won't survive a reload.
      }
    },
    clear() {
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing stored, nothing to clear.
      }
    },
  };
}

function isMessage(m: unknown): m is Message {
  if (!m || typeof m !== 'object') return false;
  const x = m as Omit<Partial<BotMessage>, 'role'> & { role?: unknown };
  if (typeof x.id !== 'string' || typeof x.text !== 'string') return false;
  if (x.role === 'user') return true;
  return x.role === 'bot' && typeof x.kind === 'string' && Array.isArray(x.sources) && Array.isArray(x.suggestions);
}
