/**
 * The HTTP API as a Hono app. Web-standard APIs only (no `node:` imports anywhere below this file),
 * so the Node adapter (server/node/server.ts) and a Workers entry wrap the same `createApp()`.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { zValidator } from '@hono/zod-validator';
import { rateLimiter } from 'hono-rate-limiter';
import { serveAsset, type Assets } from './assets.ts';
import { rateLimitKey } from './client-key.ts';
import { contextSealer, randomContextSecret, type ContextSealer } from './context-mac.ts';
import { BoundedCounters } from './rate-store.ts';
import { DEFAULTS, type Config } from '../config.ts';
import { CONTENT_SECURITY_POLICY, DEMO_CSS, renderDemoPage } from './demo.ts';
import { FaqchatError, createErrorHandler, createNotFoundHandler, errorResponse } from './errors.ts';
import { createLogger, requestLog, type Log } from './log.ts';
import type { SiteContact } from '../engine/site.ts';
import type { Engine, Reply, ReplyEvent, Store } from '../engine/types.ts';
import { chatRequest, feedbackRequest, rejectInvalid, requireJson, suggestQuery } from './validate.ts';

export interface AppOptions {
  /** The engine, or a getter read per request when the engine can be replaced (the owner's edits). */
  engine: Engine | (() => Engine);
  /** The site's human contact (knowledge/contact.json), offered to the widget with the starters. */
  contact?: SiteContact | null;
  config: Config;
  /** The built widget (loader + lazy chunks); without it /widget.js is 404. */
  assets?: Assets;
  /** Insights storage; recording never delays or fails a reply. */
  store?: Store;
  /** The insights admin sub-app, mounted as-is (`app.route('/', admin)`: its paths are absolute; it does its own auth). */
  admin?: Hono<any>;
  /**
   * The client's IP, the rate-limit key. Each adapter supplies its own (Node: the socket, or
   * X-Forwarded-For when TRUST_PROXY; Workers: CF-Connecting-IP). Default: one shared bucket.
   * Whatever it returns is parsed as an address (server/http/client-key.ts); garbage is `unknown`.
   */
  clientIp?: (c: Context) => string;
  /**
   * Signs and checks the conversation context (server/http/context-mac.ts). Default: keyed by
   * config.contextSecret, or by a random secret made here when that is unset.
   */
  contextSealer?: ContextSealer;
  /** Clients each in-memory limiter remembers; default `DEFAULTS.rateLimitMaxKeys`. */
  rateLimitMaxKeys?: number;
  /** Log sink; default: JSON lines on the console at config.logLevel. */
  log?: Log;
  /**
   * Keeps background work (store writes) alive past the response; default: executionCtx.waitUntil when
   * present. Adapters without an execution context pass their own (Node: a no-op), since reading
   * `c.executionCtx` there throws, and building that Error per request cost ~2 % of chat CPU.
   */
  waitUntil?: (promise: Promise<unknown>, c: Context) => void;
  /** gzip HTML/CSS/JS for clients that accept it (Node; edge platforms compress on their own). */
  compress?: boolean;
  /**
   * A platform rate limiter per route instead of the in-memory one (Workers: the rate-limiting
   * bindings, whose limits are their own configuration). Keys, 429 body and `skip` are unchanged.
   */
  rateLimitBinding?: (route: RateLimitedRoute, c: Context) => RateLimitBinding;
}

/** The routes with their own rate budget. */
export type RateLimitedRoute = 'chat' | 'feedback' | 'suggest';

/** The Workers rate-limiting binding's shape (`env.MY_LIMITER.limit({ key })`). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The 200 body of POST /api/chat. */
export interface ChatResponse extends Reply {
  sessionId: string;
  messageId: string;
}

type AppEnv = { Variables: { kind?: string } };

/**
 * The methods a path answers, for 405 vs 404, read from the app's own route table (the routes
 * below are the one definition): GET brings HEAD, and the public API's CORS brings OPTIONS.
 */
function routeMethods(app: Hono<AppEnv>, path: string): string[] | undefined {
  const methods = new Set(app.routes.filter((r) => r.path === path && r.method !== 'ALL').map((r) => r.method));
  if (methods.size === 0) return undefined;
  if (methods.has('GET')) methods.add('HEAD');
  if ((PUBLIC_API_ROUTES as readonly string[]).includes(path)) methods.add('OPTIONS');
  return [...methods];
}

export { rateLimitKey } from './client-key.ts';

/** The routes a visitor's browser calls from the site's pages: public, and without credentials. */
export const PUBLIC_API_ROUTES = ['/api/chat', '/api/suggest', '/api/feedback'] as const;
/** Distinct refused origins logged, at most (a scan of made-up origins cannot flood the log). */
const REFUSED_LOG_LIMIT = 100;

/**
 * CORS grant for the public routes. They carry no credentials, so by default every site may embed
 * the widget (`*`); ALLOWED_ORIGINS narrows it to those origins and this server's own. A refused
 * origin is logged once, naming the setting.
 */
function corsOrigin(config: Config, log: Log) {
  const listed = new Set(config.allowedOrigins);
  const refused = new Set<string>();
  return (origin: string, c: Context): string | null => {
    if (listed.size === 0 || listed.has('*')) return '*';
    if (!origin || listed.has(origin) || origin === new URL(c.req.url).origin) return origin || null;
    if (!refused.has(origin) && refused.size < REFUSED_LOG_LIMIT) {
      refused.add(origin);
      log({ level: 'warn', msg: `faqchat: refused a widget request from ${origin}; add it to ALLOWED_ORIGINS to embed the widget there`, origin });
    }
    return null;
  };
}

/**
 * Failed admin tokens per client: after `DEFAULTS.adminFailuresPerWindow` 401s in a rate window,
 * the client gets 429 until the window ends, whatever token it sends. Memory is bounded like the
 * rate limiters'. Always on, also when RATE_LIMIT_PER_MIN=0.
 */
function adminThrottle(clientKey: (c: Context) => string, maxKeys: number): MiddlewareHandler {
  const failures = new BoundedCounters({ windowMs: DEFAULTS.rateWindowMs, maxKeys });
  return async (c, next) => {
    const key = clientKey(c);
    const seen = failures.get(key);
    if (seen && seen.totalHits >= DEFAULTS.adminFailuresPerWindow) {
      const seconds = Math.max(1, Math.ceil((seen.resetTime.getTime() - Date.now()) / 1000));
      return errorResponse(
        c,
        new FaqchatError('rate_limited', 429, `too many failed admin tokens; try again in ${seconds} s`, { 'Retry-After': String(seconds) }),
      );
    }
    await next();
    if (c.res.status === 401) failures.increment(key);
  };
}

/**
 * Creates the faqchat HTTP app: chat, typeahead, feedback, widget assets, demo page, health.
 *
 * @example
 * const app = createApp({ engine, config: parseConfig({}) });
 * const res = await app.request('/api/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ message: 'How long does it last?' }) });
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { config, assets, store } = options;
  const source = options.engine;
  const current: () => Engine = typeof source === 'function' ? source : () => source;
  const contact = options.contact ?? null;
  const log = options.log ?? createLogger(config.logLevel);
  const clientIp = options.clientIp ?? (() => 'unknown');
  const clientKey = (c: Context): string => rateLimitKey(clientIp(c));
  const maxKeys = options.rateLimitMaxKeys ?? DEFAULTS.rateLimitMaxKeys;
  const sealer = options.contextSealer ?? contextSealer(config.contextSecret ?? randomContextSecret());
  const app = new Hono<AppEnv>();

  app.onError(createErrorHandler(log));
  app.notFound(
    createNotFoundHandler((path) => routeMethods(app, path) ?? (assets?.get(path) ? ['GET', 'HEAD'] : undefined)),
  );

  app.use(requestLog(log));
  // overwrite: false lets a route (assets) or the admin sub-app set its own value of a header.
  app.use(
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
      overwrite: false,
    }),
  );
  if (options.compress) app.use(compress({ contentTypeFilter: /^(text\/(html|css|javascript)|application\/javascript)\b/ }));
  // Never on /api/admin or /admin: those have their own auth and stay same-origin.
  const publicCors = cors({ origin: corsOrigin(config, log), allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type'], maxAge: 600 });
  for (const path of PUBLIC_API_ROUTES) app.use(path, publicCors);

  const limiter = (limit: number, route: RateLimitedRoute): MiddlewareHandler => {
    const binding = options.rateLimitBinding;
    const budget = binding
      ? { binding: (c: Context) => binding(route, c) }
      : {
          windowMs: DEFAULTS.rateWindowMs,
          limit,
          standardHeaders: 'draft-6' as const,
          store: new BoundedCounters({ windowMs: DEFAULTS.rateWindowMs, maxKeys: maxKeys }),
        };
    return rateLimiter({
      ...budget,
      keyGenerator: clientKey,
      skip: () => config.rateLimitPerMin === 0,
      handler: (c) => {
        const reset = (c.get('rateLimit') as { resetTime?: Date } | undefined)?.resetTime;
        const seconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + DEFAULTS.rateWindowMs) - Date.now()) / 1000));
        return errorResponse(
          c,
          new FaqchatError('rate_limited', 429, `too many requests; try again in ${seconds} s`, { 'Retry-After': String(seconds) }),
        );
      },
    });
  };
  const limit = Math.max(1, config.rateLimitPerMin);
  const tooLarge = () => new FaqchatError('payload_too_large', 413, `the body must be at most ${DEFAULTS.bodyLimitBytes} bytes`);
  const streamedLimit = bodyLimit({
    maxSize: DEFAULTS.bodyLimitBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  // A declared Content-Length is checked from the header, as Hono's bodyLimit does too, but without
  // its first step, reading `c.req.raw.body`: on @hono/node-server that builds a full web-stream
  // Request for every POST (~30 KB of garbage per chat request). Chunked bodies
  // (no Content-Length) still go through bodyLimit, which counts them as they stream.
  const limitBody: MiddlewareHandler = async (c, next) => {
    const length = c.req.header('Content-Length');
    if (length === undefined || c.req.header('Transfer-Encoding') !== undefined) return streamedLimit(c, next);
    if (Number.parseInt(length, 10) > DEFAULTS.bodyLimitBytes) throw tooLarge();
    await next();
  };
  const jsonOnly: MiddlewareHandler = async (c, next) => {
    requireJson(c);
    await next();
  };

  // Store writes happen after the reply is computed and never reach the visitor.
  const background = (c: Context, what: string, work: () => Promise<void>) => {
    const task = Promise.resolve()
      .then(work)
      .catch((err: unknown) => log({ level: 'warn', msg: `faqchat: store.${what} failed`, error: err instanceof Error ? err.name : typeof err }));
    if (options.waitUntil) return options.waitUntil(task, c);
    try {
      c.executionCtx.waitUntil(task);
    } catch {
      // No execution context (Node): the promise runs on by itself.
    }
  };

  app.post('/api/chat', limiter(limit, 'chat'), limitBody, jsonOnly, zValidator('json', chatRequest, (r) => rejectInvalid(r)), async (c) => {
    const { message, sessionId = crypto.randomUUID(), context: sealed } = c.req.valid('json');
    const messageId = crypto.randomUUID();
    // A context without this server's valid signature is not shown to the engine: a new conversation.
    const context = await sealer.open(sealed);
    const { reply, trace } = current().answer(message, context);
    c.set('kind', reply.kind);
    if (store) {
      // trace.analysis (when the engine supplies it) spares the store a second wink pass for the topic.
      const event: ReplyEvent = { at: new Date(), sessionId, messageId, kind: reply.kind, sectionId: trace.sectionId, confidence: reply.confidence, question: message, analysis: trace.analysis, ...(trace.told ? { told: true } : {}) };
      background(c, 'recordReply', () => store.recordReply(event));
    }
    const body: ChatResponse = {
      sessionId,
      messageId,
      kind: reply.kind,
      text: reply.text,
      sources: reply.sources,
      suggestions: reply.suggestions,
      confidence: reply.confidence,
      context: await sealer.seal(reply.context),
      ...(reply.help ? { help: reply.help } : {}),
    };
    return c.json(body, 200, { 'Cache-Control': 'no-store' });
  });

  app.get('/api/suggest', limiter(limit * DEFAULTS.suggestRateFactor, 'suggest'), zValidator('query', suggestQuery, (r) => rejectInvalid(r)), (c) => {
    const { q } = c.req.valid('query');
    const engine = current();
    const suggestions = (q ? engine.suggest(q, DEFAULTS.suggestLimit) : engine.starters()).slice(0, DEFAULTS.suggestLimit);
    // The conversation's opening (no q) also carries the way to reach a person, when the site has one.
    const body = !q && contact ? { suggestions, contact } : { suggestions };
    return c.json(body, 200, { 'Cache-Control': 'no-store' });
  });

  app.post('/api/feedback', limiter(limit, 'feedback'), limitBody, jsonOnly, zValidator('json', feedbackRequest, (r) => rejectInvalid(r)), (c) => {
    const { sessionId, messageId, helpful } = c.req.valid('json');
    if (store) background(c, 'recordFeedback', () => store.recordFeedback({ at: new Date(), sessionId, messageId, helpful }));
    return c.body(null, 204);
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));

  const page = renderDemoPage(current().corpus);
  const demo = (c: Context) => c.html(page, 200, { 'Cache-Control': 'no-cache' });
  app.get('/', demo);
  app.get('/article', demo);
  app.get('/demo.css', (c) => c.body(DEMO_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));

  if (options.admin) {
    app.use('/api/admin/*', adminThrottle(clientKey, maxKeys));
    app.route('/', options.admin);
  }

  if (assets) {
    app.get('/*', async (c, next) => {
      const asset = assets.get(c.req.path);
      if (!asset) return next();
      return serveAsset(c, asset);
    });
  }
  return app;
}
