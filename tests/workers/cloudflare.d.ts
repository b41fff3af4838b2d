/**
 * The few Workers-runtime modules the workers tests import, typed narrowly (the project does not
 * install @cloudflare/workers-types; these are provided by @cloudflare/vitest-pool-workers at run time).
 */
declare module 'cloudflare:workers' {
  import type { WorkerEnv } from '../../server/edge/worker.ts';
  /** The bindings of wrangler.jsonc plus the test's miniflare bindings. */
  export const env: WorkerEnv & { DB: D1Database; ASSETS: { fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> } };
  /** The main module's exports, callable through the runtime (static assets first, like production). */
  export const exports: { default: { fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> } };

  export interface D1Result<T = Record<string, unknown>> {
    results: T[];
    meta: { changes: number };
  }
  export interface D1PreparedStatement {
    bind(...values: unknown[]): D1PreparedStatement;
    all<T = Record<string, unknown>>(): Promise<D1Result<T>>;
    first<T = Record<string, unknown>>(): Promise<T | null>;
    run(): Promise<D1Result>;
  }
  export interface D1Database {
    prepare(sql: string): D1PreparedStatement;
    batch(statements: D1PreparedStatement[]): Promise<D1Result[]>;
    exec(sql: string): Promise<unknown>;
  }
}

declare module 'cloudflare:test' {
  export interface ExecutionContext {
    waitUntil(promise: Promise<unknown>): void;
    passThroughOnException(): void;
  }
  export function createExecutionContext(): ExecutionContext;
  /** Waits for every waitUntil() promise of `ctx` to settle. */
  export function waitOnExecutionContext(ctx: ExecutionContext): Promise<void>;
  export function createScheduledController(options?: { scheduledTime?: Date | number; cron?: string }): {
    scheduledTime: number;
    cron: string;
  };
}
