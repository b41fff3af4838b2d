/**
 * Server configuration: environment variables parsed ONCE with zod, with every default in one place.
 * Web-standard only (no `node:` imports) so a Workers entry can parse its `env` bindings the same way.
 */
import { MAX_SEALED_CONTEXT_CHARS } from './http/context-mac.ts';
import { z } from 'zod';

/** Log levels, least to most severe; `silent` logs nothing. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** TCP port; 0 asks the OS for a free one (tests). */
  port: number;
  /** Interface to bind; undefined binds all interfaces. */
  host: string | undefined;
  /**
   * Origins granted CORS on the public chat routes. Empty (the default) or `['*']` grants every
   * origin; a list grants those and the server's own.
   */
  allowedOrigins: string[];
  /** Chat messages per client per minute; 0 turns rate limiting off (benchmarks). */
  rateLimitPerMin: number;
  /** Take the client IP from X-Forwarded-For (set by ONE reverse proxy you run) instead of the socket. */
  trustProxy: boolean;
  /** A header your proxy overwrites with the client IP (e.g. X-Real-IP); read only when set. */
  clientIpHeader: string | undefined;
  logLevel: LogLevel;
  /** Where the insights database lives (Node). */
  dataDir: string;
  /** Bearer token for the admin routes; undefined disables them. */
  adminToken: string | undefined;
  /** Days insights rows are kept. */
  retentionDays: number;
  /**
   * Key of the conversation context's signature. Unset: a random one per process (contexts then
   * survive neither a restart nor a hop to another instance; set the same value on every instance).
   */
  contextSecret: string | undefined;
}

/** Every default of the server, in one place. */
export const DEFAULTS = {
  port: 8787,
  host: undefined,
  allowedOrigins: [] as string[],
  rateLimitPerMin: 20,
  trustProxy: false,
  clientIpHeader: undefined,
  logLevel: 'info' as LogLevel,
  dataDir: './data',
  adminToken: undefined,
  retentionDays: 30,
  contextSecret: undefined,
  /** Request bodies larger than this get 413. */
  bodyLimitBytes: 8 * 1024,
  /** Message length bounds, in characters (code points) after cleaning. */
  messageMaxChars: 500,
  /** Typeahead queries longer than this get 400. */
  suggestMaxChars: 200,
  /** Typeahead answers at most this many questions. */
  suggestLimit: 5,
  /** Length bound of the opaque follow-up context a client sends back: the engine's limit, sealed. */
  contextMaxChars: MAX_SEALED_CONTEXT_CHARS,
  /** Typeahead fires per keystroke, so it gets this many times the chat budget. */
  suggestRateFactor: 10,
  rateWindowMs: 60_000,
  /** Clients each in-memory rate limiter remembers at once (least recently seen forgotten first). */
  rateLimitMaxKeys: 10_000,
  /** Wrong admin tokens a client may send per rate window before it gets 429. */
  adminFailuresPerWindow: 10,
  /** On shutdown, an idle keep-alive connection is closed after this long unless a request arrives on it. */
  drainIdleMs: 300,
  /** Graceful shutdown waits this long for in-flight requests before cutting connections. */
  shutdownGraceMs: 10_000,
} as const;

/** A configuration value that cannot be used; its message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

function intIn(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

function isOrigin(value: string): boolean {
  if (value === '*') return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** One entry per variable: its schema and the phrase that completes "NAME must be …". */
const VARS = {
  PORT: { key: 'port', schema: intIn(0, 65535), must: 'an integer from 0 to 65535' },
  HOST: { key: 'host', schema: z.string().regex(/^[A-Za-z0-9.:[\]-]+$/), must: 'a host name or IP address' },
  ALLOWED_ORIGINS: {
    key: 'allowedOrigins',
    schema: z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((o) => o.trim().replace(/\/$/, ''))
          .filter(Boolean),
      )
      .pipe(z.array(z.string().refine(isOrigin)).min(1)),
    must: 'a comma-separated list of origins like https://example.com (or *)',
  },
  RATE_LIMIT_PER_MIN: { key: 'rateLimitPerMin', schema: intIn(0, 1_000_000), must: 'an integer ≥ 0 (0 = off)' },
  TRUST_PROXY: {
    key: 'trustProxy',
    schema: z
      .string()
      .transform((s) => s.toLowerCase())
      .refine((s) => TRUE.has(s) || FALSE.has(s))
      .transform((s) => TRUE.has(s)),
    must: 'true or false',
  },
  LOG_LEVEL: {
    key: 'logLevel',
    schema: z
      .string()
      .transform((s) => s.toLowerCase())
      .pipe(z.enum(LOG_LEVELS)),
    must: `one of ${LOG_LEVELS.join(', ')}`,
  },
  DATA_DIR: { key: 'dataDir', schema: z.string().min(1), must: 'a directory path' },
  ADMIN_TOKEN: {
    key: 'adminToken',
    schema: z.string().min(16).regex(/^[\x21-\x7e]+$/),
    must: 'at least 16 printable characters without spaces',
  },
  RETENTION_DAYS: { key: 'retentionDays', schema: intIn(1, 3650), must: 'an integer from 1 to 3650' },
  CLIENT_IP_HEADER: {
    key: 'clientIpHeader',
    schema: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/)
      .refine((s) => s.toLowerCase() !== 'x-forwarded-for'),
    must: 'a header name such as X-Real-IP (for X-Forwarded-For use TRUST_PROXY)',
  },
  CONTEXT_SECRET: {
    key: 'contextSecret',
    schema: z.string().min(32).regex(/^[\x21-\x7e]+$/),
    must: 'at least 32 printable characters without spaces (e.g. `openssl rand -hex 32`)',
  },
} as const;

/** Variables whose value is never echoed in an error message. */
const SECRET_VARS = new Set<string>(['ADMIN_TOKEN', 'CONTEXT_SECRET']);

/** Names of the environment variables the server reads. */
export const CONFIG_VARS = Object.keys(VARS) as Array<keyof typeof VARS>;

/**
 * Parses the server configuration from environment variables; unset or empty ones take DEFAULTS.
 * Throws ConfigError with a one-line message naming the first bad variable.
 *
 * @example
 * parseConfig({ PORT: '3000', RATE_LIMIT_PER_MIN: '0' }).port // 3000
 * parseConfig({ PORT: 'abc' }) // throws `faqchat: PORT must be an integer from 0 to 65535, got "abc"`
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const config: Config = {
    port: DEFAULTS.port,
    host: DEFAULTS.host,
    allowedOrigins: [...DEFAULTS.allowedOrigins],
    rateLimitPerMin: DEFAULTS.rateLimitPerMin,
    trustProxy: DEFAULTS.trustProxy,
    clientIpHeader: DEFAULTS.clientIpHeader,
    logLevel: DEFAULTS.logLevel,
    dataDir: DEFAULTS.dataDir,
    adminToken: DEFAULTS.adminToken,
    retentionDays: DEFAULTS.retentionDays,
    contextSecret: DEFAULTS.contextSecret,
  };
  for (const name of CONFIG_VARS) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') continue;
    const spec = VARS[name];
    const result = spec.schema.safeParse(raw);
    if (!result.success) {
      const shown = SECRET_VARS.has(name) ? `${raw.length} characters` : JSON.stringify(raw.slice(0, 80));
      throw new ConfigError(`faqchat: ${name} must be ${spec.must}, got ${shown}`);
    }
    (config as unknown as Record<string, unknown>)[spec.key] = result.data;
  }
  return config;
}
