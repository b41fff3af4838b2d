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

/**
 * Persists the conversation in localStorage or sessionStorage (or nowhere, for `none`). Messages a
 * visitor wrote that led to a crisis reply are never written. Storage that is missing, full or
 * blocked (private modes, sandboxed iframes) quietly behaves like `none`.
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
        const messages = Array.isArray(data.messages) ? data.messages.filter(isMessage) : [];
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
        const messages = state.messages.filter((m) => !(m.role === 'user' && m.private)).slice(-MAX_STORED_MESSAGES);
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
