/**
 * Structured logging: one JSON line per request (method, path, status, ms, kind). The visitor's
 * message text is never logged, and neither is the query string (it carries typeahead text).
 * Web-standard only.
 */
import type { MiddlewareHandler } from 'hono';
import { LOG_LEVELS, type LogLevel } from '../config.ts';

/** A log line; `level` defaults to info. */
export type LogLine = { level?: Exclude<LogLevel, 'silent'>; msg?: string } & Record<string, unknown>;
export type Log = (line: LogLine) => void;

/** The line written for each request. */
export interface RequestLogLine extends LogLine {
  level: 'info';
  method: string;
  /** Path only, no query string. */
  path: string;
  status: number;
  /** Milliseconds from the request reaching the app to the response being ready. */
  ms: number;
  /** Reply kind for /api/chat (answer, clarify, crisis, …). */
  kind?: string;
}

/**
 * Returns a logger that writes lines at or above `level` as JSON, one per line, with a timestamp.
 *
 * @example createLogger('warn')({ level: 'info', msg: 'dropped' }) // writes nothing
 */
export function createLogger(level: LogLevel, write: (text: string) => void = (t) => console.log(t)): Log {
  const min = LOG_LEVELS.indexOf(level);
  return (line) => {
    const lineLevel = line.level ?? 'info';
    if (level === 'silent' || LOG_LEVELS.indexOf(lineLevel) < min) return;
    write(JSON.stringify({ t: new Date().toISOString(), ...line, level: lineLevel }));
  };
}

/** Middleware that logs one line per request once the response is ready; handlers set `kind`. */
export function requestLog(log: Log): MiddlewareHandler<{ Variables: { kind?: string } }> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const line: RequestLogLine = {
      level: 'info',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 100) / 100,
    };
    const kind = c.get('kind');
    if (kind) line.kind = kind;
    log(line);
  };
}
