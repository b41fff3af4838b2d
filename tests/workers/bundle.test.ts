/**
 * The deployable worker (wrangler's own bundle, measured in global-setup.ts) fits the Workers free
 * plan: at most 3 MB gzipped. The wink model is most of it; this catches a dependency that balloons.
 */
import { expect, inject, it } from 'vitest';

const FREE_PLAN_GZIP_BYTES = 3 * 1024 * 1024;

it('fits the Workers free-plan script limit (3 MB gzip)', () => {
  const { bytes, gzipBytes } = inject('bundle');
  expect(bytes).toBeGreaterThan(gzipBytes); // a real script was measured
  expect(gzipBytes).toBeGreaterThan(100_000); // the model and index are in it
  expect(gzipBytes).toBeLessThan(FREE_PLAN_GZIP_BYTES);
});
