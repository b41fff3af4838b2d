/**
 * The `workers` test project: tests that run inside workerd (the Workers runtime, via
 * @cloudflare/vitest-pool-workers) against server/edge/worker.ts with the bindings of wrangler.jsonc —
 * local D1, the rate-limiting bindings, and the widget as static assets.
 * Referenced from the root vite.config.ts `test.projects`, so `npm test` runs it with the others;
 * kept in its own file so the widget build (which reads vite.config.ts) never loads the pool.
 */
import { fileURLToPath } from 'node:url';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineProject } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A token long enough for parseConfig, so the admin report over D1 can be tested. */
export const TEST_ADMIN_TOKEN = 'workers-test-admin-token-0123456789';

export default defineProject({
  plugins: [
    cloudflareTest({
      main: `${root}server/edge/worker.ts`,
      wrangler: { configPath: `${root}wrangler.jsonc` },
      miniflare: { bindings: { ADMIN_TOKEN: TEST_ADMIN_TOKEN, CONTEXT_SECRET: 'workers-test-context-secret-0123456789abcdef', LOG_LEVEL: 'warn' } },
    }),
  ],
  test: {
    name: 'workers',
    // Relative to this folder (the project's root).
    include: ['**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
