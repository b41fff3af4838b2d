/**
 * E2E helpers: the real faqchat server on a free port (rate limit off, no insights store, silent)
 * and Debian's chromium through playwright-core, launched exactly as the CI image allows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { parseConfig } from '../../server/config.ts';
import type { Log } from '../../server/http/log.ts';
import { startServer, type RunningServer } from '../../server/node/server.ts';

export const SCREENSHOTS = join(import.meta.dirname, 'screenshots');

/** Debian's chromium unless CHROMIUM_PATH names another build. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** `env` are server environment variables on top of the test defaults; `log` receives its log lines. */
export async function startTestServer(options: { env?: Record<string, string>; log?: Log } = {}): Promise<RunningServer> {
  const config = { ...parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MIN: '0', ...options.env }), port: 0, host: '127.0.0.1' };
  return startServer({ config, store: false, signals: false, shutdownGraceMs: 500, ...(options.log ? { log: options.log } : {}) });
}

/** Host names the browser resolves to 127.0.0.1, so a test page can sit on a truly foreign origin. */
export const FOREIGN_HOST = 'owner-site.test';

/** A plain HTTP server on another port (another origin) that serves `html` at every path. */
export async function startHostPage(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${FOREIGN_HOST}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'faqchat-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP ${FOREIGN_HOST} 127.0.0.1`,
    ],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Errors a page throws or logs; the widget must add none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

// Playwright's CSS locators pierce open shadow roots, so these reach inside the widget.
export const launcher = (page: Page): Locator => page.locator('faqchat-widget button.launcher');
export const panel = (page: Page): Locator => page.locator('faqchat-widget [role="dialog"]');
export const input = (page: Page): Locator => page.getByRole('combobox', { name: 'Ask a question' });

export async function openWidget(page: Page): Promise<void> {
  await launcher(page).click();
  await panel(page).waitFor({ state: 'visible' });
  // Let the opening animation finish so boxes and screenshots show the resting layout.
  await panel(page).evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
}

/** Types a question, sends it with Enter and waits for the reply to finish. */
export async function ask(page: Page, question: string): Promise<void> {
  const before = await page.locator('faqchat-widget .log > .bot:not(.greeting), faqchat-widget .log > .crisis, faqchat-widget .notice').count();
  await input(page).fill(question);
  await input(page).press('Enter');
  await page
    .locator('faqchat-widget .log > .bot:not(.greeting):not(.typing), faqchat-widget .log > .crisis, faqchat-widget .notice')
    .nth(before)
    .waitFor({ state: 'visible', timeout: 10_000 });
}

/** The widget's computed focus target: the element focused inside its shadow root, if any. */
export async function focusedInWidget(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('faqchat-widget');
    const el = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return document.activeElement === host && el ? `${el.tagName.toLowerCase()}.${el.className}|${el.getAttribute('aria-label') ?? ''}` : null;
  });
}

/** A real server and one Chromium for a test file: started before its tests, closed after them. */
export function serverAndBrowser(options: Parameters<typeof launch>[0] = {}): { server: RunningServer; browser: Browser } {
  const env = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startTestServer();
    env.browser = await launch(options);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
