import type { ChatReply } from './types.ts';

export type ChatResult =
  | { ok: true; reply: ChatReply }
  | { ok: false; reason: 'network' | 'rate' | 'server' | 'offline'; retryAfter?: number };

/** Client for the faqchat HTTP API (issue 4), on the origin the widget script came from. */
export interface ApiClient {
  chat(message: string, sessionId?: string, context?: string): Promise<ChatResult>;
  /** Typeahead (`q` given) or starter questions; [] on any failure. */
  suggest(q?: string, signal?: AbortSignal): Promise<string[]>;
  /** Fire and forget; failures are ignored (feedback must never bother the visitor). */
  feedback(sessionId: string, messageId: string, helpful: boolean): void;
}

const TIMEOUT_MS = 15_000;

export function createApi(base: string, fetchFn: typeof fetch = (...a) => fetch(...a)): ApiClient {
  const url = (path: string) => new URL(path, base).href;
  return {
    async chat(message, sessionId, context) {
      if (typeof navigator !== 'undefined' && navigator.onLine === false) return { ok: false, reason: 'offline' };
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      try {
        const body: Record<string, string> = { message };
        if (sessionId) body.sessionId = sessionId;
        if (context) body.context = context;
        const res = await fetchFn(url('/api/chat'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          credentials: 'omit',
          signal: controller.signal,
        });
        if (res.status === 429) {
          const retryAfter = Number(res.headers.get('retry-after'));
          return { ok: false, reason: 'rate', ...(retryAfter > 0 ? { retryAfter } : {}) };
        }
        if (!res.ok) return { ok: false, reason: 'server' };
        const reply = (await res.json()) as ChatReply;
        if (!reply || typeof reply.text !== 'string' || typeof reply.kind !== 'string') return { ok: false, reason: 'server' };
        return { ok: true, reply };
      } catch {
        return { ok: false, reason: 'network' };
      } finally {
        clearTimeout(timer);
      }
    },
    async suggest(q, signal) {
      try {
        const res = await fetchFn(url(q ? `/api/suggest?q=${encodeURIComponent(q)}` : '/api/suggest'), {
          credentials: 'omit',
          ...(signal ? { signal } : {}),
        });
        if (!res.ok) return [];
        const data = (await res.json()) as { suggestions?: unknown };
        return Array.isArray(data.suggestions) ? data.suggestions.filter((s): s is string => typeof s === 'string') : [];
      } catch {
        return [];
      }
    },
    feedback(sessionId, messageId, helpful) {
      try {
        fetchFn(url('/api/feedback'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ sessionId, messageId, helpful }),
          credentials: 'omit',
          keepalive: true,
        }).catch(() => {});
      } catch {
        // Feedback is optional; a failure here must not reach the visitor or the host page.
      }
    },
  };
}

/** Only http(s) links are rendered; a source URL is resolved against the API origin. */
export function safeUrl(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
