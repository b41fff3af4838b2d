import { report } from './dom.ts';
import type { ChatReply, Contact } from './types.ts';

export type ChatResult =
  | { ok: true; reply: ChatReply }
  | { ok: false; reason: 'network' | 'rate' | 'server' | 'offline'; retryAfter?: number };

/** Client for the faqchat HTTP API (issue 4), on the origin the widget script came from. */
export interface ApiClient {
  chat(message: string, sessionId?: string, context?: string): Promise<ChatResult>;
  /** Typeahead (`q` given) or starter questions, with the site's contact when it has one; none on any failure. */
  suggest(q?: string, signal?: AbortSignal): Promise<Suggestions>;
  /** Fire and forget; failures are ignored (feedback must never bother the visitor). */
  feedback(sessionId: string, messageId: string, helpful: boolean): void;
}

/** `GET /api/suggest`: questions, and (for the starters) the site's optional human contact. */
export interface Suggestions {
  suggestions: string[];
  contact?: Contact;
}

const TIMEOUT_MS = 15_000;

export function createApi(base: string, fetchFn: typeof fetch = (...a) => fetch(...a)): ApiClient {
  const url = (path: string) => new URL(path, base).href;
  let diagnosed = false;
  // A request that fails outright from another origin is most often a CORS refusal, which the page
  // cannot see as such. If the server answers an opaque request, say so once, naming the setting.
  const diagnose = () => {
    const page = typeof location === 'object' ? location.origin : base;
    if (diagnosed || page === new URL(base).origin || navigator.onLine === false) return;
    diagnosed = true;
    // widget.js, not /healthz: it is served with `Cross-Origin-Resource-Policy: cross-origin`.
    fetchFn(url('/widget.js'), { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store' }).then(
      () => report(`${base} refused this site (${page}): add it to ALLOWED_ORIGINS on the faqchat server, or leave that unset.`),
      () => {},
    );
  };
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
        diagnose();
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
        if (!res.ok) return { suggestions: [] };
        const data = (await res.json()) as { suggestions?: unknown; contact?: Contact };
        return {
          suggestions: Array.isArray(data.suggestions) ? data.suggestions.filter((s): s is string => typeof s === 'string') : [],
          ...(data.contact ? { contact: data.contact } : {}),
        };
      } catch (error) {
        if ((error as Error)?.name !== 'AbortError') diagnose();
        return { suggestions: [] };
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

/**
 * The link for the site's human contact: `mailto:`, `tel:` or an http(s) URL; null when the value
 * does not fit its kind (nothing is shown then).
 */
export function contactHref(contact: Contact | null | undefined, base: string): string | null {
  const value = typeof contact?.value === 'string' ? contact.value.trim() : '';
  if (!value) return null;
  if (contact!.kind === 'email') return /^[^\s@/:]+@[^\s@/:]+$/.test(value) ? `mailto:${value}` : null;
  if (contact!.kind === 'phone') return /^\+?[\d\s().-]{3,}$/.test(value) ? `tel:${value.replace(/[^\d+]/g, '')}` : null;
  return contact!.kind === 'url' ? safeUrl(value, base) : null;
}
