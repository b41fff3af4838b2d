/**
 * HTTP errors: one error class, one mapping to `{ error: { code, message } }`, and the 404/405
 * handlers. A visitor never sees a stack trace.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error a client caused (or may see): a stable machine code, an HTTP status and a one-line message. */
export class FaqchatError extends Error {
  override name = 'FaqchatError';
  constructor(
    readonly code: string,
    readonly status: ContentfulStatusCode,
    message: string,
    /** Extra response headers, e.g. Allow for 405 or Retry-After for 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message.startsWith('faqchat: ') ? message : `faqchat: ${message}`);
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Codes for statuses raised by Hono's own middleware (HTTPException). */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Writes an error as JSON; error responses are never cached. */
export function errorResponse(c: Context, err: FaqchatError): Response {
  for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
  c.header('Cache-Control', 'no-store');
  return c.json(errorBody(err.code, err.message), err.status);
}

/**
 * The app's single error mapping. FaqchatError and HTTPException keep their status; anything else
 * is a 500 whose details go to the log (never the response, never the visitor's message).
 */
export function createErrorHandler(log: (line: Record<string, unknown>) => void): ErrorHandler {
  return (err, c) => {
    if (err instanceof FaqchatError) return errorResponse(c, err);
    if (err instanceof HTTPException && err.status < 500) {
      const status = err.status as ContentfulStatusCode;
      const code = CODE_BY_STATUS[status] ?? 'bad_request';
      const message = status === 400 && /json/i.test(err.message) ? 'the body is not valid JSON' : err.message || code;
      return errorResponse(c, new FaqchatError(code === 'bad_request' ? 'invalid_json' : code, status, message));
    }
    // The stack's first line repeats the error message, which could quote input: log frames only.
    const frames = err instanceof Error && err.stack ? err.stack.split('\n').slice(1, 8).map((s) => s.trim()) : [];
    log({ level: 'error', msg: 'faqchat: unhandled error', error: err instanceof Error ? err.name : typeof err, frames });
    return errorResponse(c, new FaqchatError('internal', 500, 'internal error; please try again'));
  };
}

/**
 * 404 for unknown paths, 405 (with Allow) for known paths asked with another method.
 * `allowedMethods(path)` returns the methods a path answers, or undefined when it is unknown.
 */
export function createNotFoundHandler(allowedMethods: (path: string) => string[] | undefined): NotFoundHandler {
  return (c) => {
    const allow = allowedMethods(c.req.path);
    if (allow && !allow.includes(c.req.method)) {
      return errorResponse(
        c,
        new FaqchatError('method_not_allowed', 405, `${c.req.method} is not allowed on ${c.req.path}; use ${allow.join(' or ')}`, {
          Allow: allow.join(', '),
        }),
      );
    }
    return errorResponse(c, new FaqchatError('not_found', 404, `no route for ${c.req.method} ${c.req.path}`));
  };
}
