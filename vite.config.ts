import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { readSiteData } from './knowledge/site.ts';

// The site's crisis help line, baked into the widget (footer, greeting, can't-load notice) so it
// shows even when the server can't be reached. widget/fresh.ts counts knowledge/crisis.json as a source.
const helpLine = readSiteData(fileURLToPath(new URL('./knowledge', import.meta.url))).crisis.helpLine;

// Widget build settings are added by the widget work; test projects keep node, DOM, browser and
// Workers tests apart so each runs in its own environment.
export default defineConfig({
  define: { __FAQCHAT_HELP__: JSON.stringify(helpLine) },
  // development: false — a build started from Vitest (NODE_ENV=test) would otherwise emit jsxDEV calls with file paths.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
  // Widget build (widget/build.ts runs it twice: the lazy ES panel chunk, then the IIFE loader
  // widget.js, each with its own input/output on top of these shared settings).
  build: {
    outDir: 'build/widget',
    target: 'es2022',
    // The widget's CSS relies on color-mix() (Chrome 111, Firefox 113, Safari 16.2): no fallbacks below that.
    cssTarget: ['chrome111', 'firefox113', 'safari16.2'],
    minify: true,
    cssMinify: 'lightningcss',
    modulePreload: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    sourcemap: false,
    rolldownOptions: { output: { minify: true } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          globalSetup: ['tests/setup/knowledge.ts'],
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/widget/**', 'tests/e2e/**', 'tests/workers/**', 'node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/widget/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          globalSetup: ['tests/setup/knowledge.ts', 'tests/e2e/global-setup.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      // Workers tests run inside workerd; their config loads @cloudflare/vitest-pool-workers, so it
      // lives in its own file and the widget build never imports it.
      'tests/workers/vitest.config.ts',
    ],
  },
});
