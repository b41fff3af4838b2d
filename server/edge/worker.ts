/**
 * Cloudflare Workers entry: the SAME `createApp()` as the Node server, with the prebuilt knowledge
 * and the wink model bundled into the script, insights in D1, and rate limits from the Workers
 * rate-limiting bindings. The widget files are Workers static assets (wrangler.jsonc `assets`),
 * served before this code runs; everything else (demo page, API, admin) is the app.
 *
 * Needs `npm run build:edge` first: the two JSON files below are imported from build/knowledge.
 */
import type { Context, Hono } from 'hono';
import { createApp, type RateLimitBinding, type RateLimitedRoute } from '../http/app.ts';
import { ConfigError, CONFIG_VARS, parseConfig, type Config } from '../config.ts';
import { createEngine, type KnowledgeBuild } from '../engine/engine.ts';
import { topicTitles } from '../engine/owner.ts';
import { createAdminApp } from '../insights/admin.ts';
import { d1Driver, openD1Store, type D1DatabaseLike } from '../insights/d1.ts';
import { OwnerLoop } from '../insights/owner-loop.ts';
import { openOwnerStore } from '../insights/owner-store.ts';
import { articleWords } from '../insights/scrub.ts';
import type { GuardedStore } from '../insights/safe-store.ts';
import { createLogger, type Log } from '../http/log.ts';
import type { SiteData } from '../engine/site.ts';
import type { Corpus } from '../engine/types.ts';
import corpusJson from '../../build/knowledge/corpus.json' with { type: 'json' };
import indexObject from '../../build/knowledge/index.json' with { type: 'json' };
import siteJson from '../../build/knowledge/site.json' with { type: 'json' };

/** The bindings wrangler.jsonc declares, plus the string variables parseConfig reads. */
export interface WorkerEnv {
  /** Insights database; without it nothing is recorded and /admin does not exist. */
  DB?: D1DatabaseLike;
  /** Rate-limiting bindings, one budget per route (limits in wrangler.jsonc `ratelimits`). */
  CHAT_LIMITER?: RateLimitBinding;
  FEEDBACK_LIMITER?: RateLimitBinding;
  SUGGEST_LIMITER?: RateLimitBinding;
  /**
   * `vars` and secrets: LOG_LEVEL, ALLOWED_ORIGINS, ADMIN_TOKEN, RETENTION_DAYS, RATE_LIMIT_PER_MIN,
   * CONTEXT_SECRET (`wrangler secret put CONTEXT_SECRET`: one key for every isolate), …
   */
  [name: string]: unknown;
}

interface ExecutionContextLike {
  waitUntil(promise: Promise<unknown>): void;
  passThroughOnException?(): void;
}

interface ScheduledControllerLike {
  scheduledTime: number;
}

/** Built once per isolate, in global scope: Workers allow more CPU at start-up than per request. */
const knowledge: KnowledgeBuild = {
  corpus: corpusJson as unknown as Corpus,
  indexJson: JSON.stringify(indexObject),
  site: siteJson as unknown as SiteData,
};
const engine = createEngine(knowledge);
const knownWords = articleWords(engine.corpus);

interface Built {
  app: Hono<any>;
  config: Config;
  store: GuardedStore | undefined;
  /** The owner's edits from D1, applied to this isolate's engine (see OwnerLoop). */
  owner: OwnerLoop | undefined;
  log: Log;
}

/** One app per env object (in practice one per isolate); a bad setting is remembered and reported. */
const apps = new WeakMap<object, Built | ConfigError>();

/** The string variables of `env` (a `vars` entry written as a JSON number or boolean is read as text). */
export function envVars(env: WorkerEnv): Record<string, string | undefined> {
  const vars: Record<string, string | undefined> = {};
  for (const name of CONFIG_VARS) {
    const value = env[name];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') vars[name] = String(value);
  }
  return vars;
}

/** The visitor's address as Cloudflare's edge saw it (the client cannot set this header). */
export function cfClientIp(c: Context): string {
  return c.req.header('CF-Connecting-IP')?.trim() || 'unknown';
}

function build(env: WorkerEnv): Built | ConfigError {
  let config: Config;
  try {
    config = parseConfig(envVars(env));
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  const log = createLogger(config.logLevel);
  const store = env.DB
    ? openD1Store(env.DB, { retentionDays: config.retentionDays, knownWords, log: (line) => log({ level: 'warn', msg: line }) })
    : undefined;
  const owner = env.DB
    ? new OwnerLoop({
        base: knowledge,
        baseEngine: engine,
        store: openOwnerStore(d1Driver(env.DB)).catch((error: unknown) => {
          log({ level: 'warn', msg: `faqchat: owner edits unavailable (${error instanceof Error ? error.message : String(error)})` });
          return null;
        }),
        log: (line) => log({ level: 'info', msg: line }),
      })
    : undefined;
  const current = owner ? () => owner.engine : () => engine;
  const admin = store
    ? createAdminApp({
        token: config.adminToken,
        reader: store,
        sectionTitles: () => topicTitles(current().corpus),
        owner,
        log: (line) => log({ level: 'warn', msg: line }),
      })
    : undefined;
  const limiters: Record<RateLimitedRoute, RateLimitBinding | undefined> = {
    chat: env.CHAT_LIMITER,
    feedback: env.FEEDBACK_LIMITER,
    suggest: env.SUGGEST_LIMITER,
  };
  if (!config.contextSecret) {
    log({ level: 'warn', msg: 'faqchat: CONTEXT_SECRET is not set; each isolate signs contexts with its own random key, so a follow-up served by another isolate starts a new conversation' });
  }
  const bound = Object.values(limiters).every((l) => l !== undefined);
  if (!bound) log({ level: 'warn', msg: 'faqchat: rate-limiting bindings missing; limiting per isolate in memory' });
  const app = createApp({
    engine: current,
    contact: knowledge.site.contact,
    config,
    store,
    admin,
    log,
    clientIp: cfClientIp,
    // Without the bindings the app's in-memory limiter still works, per isolate.
    rateLimitBinding: bound ? (route) => limiters[route]! : undefined,
  });
  return { app, config, store, owner, log };
}

function built(env: WorkerEnv): Built | ConfigError {
  let entry = apps.get(env);
  if (!entry) {
    entry = build(env);
    apps.set(env, entry);
    if (entry instanceof ConfigError) console.error(entry.message);
  }
  return entry;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContextLike): Promise<Response> {
    const entry = built(env);
    if (entry instanceof ConfigError) {
      return Response.json({ error: { code: 'config_error', message: entry.message } }, { status: 500, headers: { 'Cache-Control': 'no-store' } });
    }
    // An isolate applies the owner's edits before its first answer, then checks D1 now and then.
    await entry.owner?.syncIfDue((work) => ctx.waitUntil(work));
    return entry.app.fetch(request, env, ctx as never);
  },

  /** Cron trigger (wrangler.jsonc `triggers.crons`): the daily retention purge Node runs on a timer. */
  async scheduled(controller: ScheduledControllerLike, env: WorkerEnv, ctx: ExecutionContextLike): Promise<void> {
    const entry = built(env);
    if (entry instanceof ConfigError || !entry.store) return;
    const { store, log } = entry;
    const now = new Date(controller.scheduledTime);
    ctx.waitUntil(
      store.purge(now).then((removed) => log({ level: 'info', msg: 'faqchat: insights purge', removed })),
    );
    const owner = entry.owner;
    if (owner) {
      ctx.waitUntil(
        owner
          .store()
          .then((edits) => edits?.purge(now, entry.config.retentionDays))
          .catch((error: unknown) => log({ level: 'warn', msg: `faqchat: owner edits purge failed (${error instanceof Error ? error.message : String(error)})` })),
      );
    }
  },
};
