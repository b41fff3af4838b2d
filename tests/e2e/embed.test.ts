/**
 * Embedding on a real site: a host page on another origin (another port, and a host name that is
 * not localhost) with the one script tag. With no settings it gets answers; with ALLOWED_ORIGINS
 * naming other sites, the page's console says which setting to change and the server logs the
 * refused origin once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogLine } from '../../server/http/log.ts';
import type { RunningServer } from '../../server/node/server.ts';
import { ask, launch, openWidget, startHostPage, startTestServer, watchErrors, type Browser } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const page = (src: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Owner's site</title></head><body><h1>Our clinic</h1><script async src="${src}/widget.js"></script></body></html>`;

describe('a host page on another origin', () => {
  let server: RunningServer;
  let host: Awaited<ReturnType<typeof startHostPage>>;
  beforeAll(async () => {
    server = await startTestServer();
    host = await startHostPage(page(server.url));
  });
  afterAll(async () => {
    await host?.close();
    await server?.close();
  });

  it('with no settings, gets starters and answers', async () => {
    expect(new URL(host.url).hostname).not.toMatch(/^(localhost|127\.0\.0\.1)$/);
    const p = await browser.context.newPage();
    const errors = watchErrors(p);
    const warnings: string[] = [];
    p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await p.goto(host.url, { waitUntil: 'load' });
    await openWidget(p);
    await p.locator('faqchat-widget .chips .chip').first().waitFor();
    await ask(p, 'How long does ketamine last for depression?');
    expect(await p.locator('faqchat-widget .msg.bot.answer').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    await p.close();
  });
});

describe('ALLOWED_ORIGINS naming other sites', () => {
  let server: RunningServer;
  let host: Awaited<ReturnType<typeof startHostPage>>;
  const lines: LogLine[] = [];
  beforeAll(async () => {
    server = await startTestServer({ env: { ALLOWED_ORIGINS: 'https://only-this.example', LOG_LEVEL: 'warn' }, log: (l) => lines.push(l) });
    host = await startHostPage(page(server.url));
  });
  afterAll(async () => {
    await host?.close();
    await server?.close();
  });

  it('the widget names the setting in the console once; the server logs the origin once', async () => {
    const p = await browser.context.newPage();
    const warnings: string[] = [];
    p.on('console', (m) => m.type() === 'warning' && m.text().includes('faqchat') && warnings.push(m.text()));
    await p.goto(host.url, { waitUntil: 'load' });
    await openWidget(p);
    await ask(p, 'How long does ketamine last for depression?');
    expect(await p.locator('faqchat-widget .notice').innerText()).toContain("couldn't reach the server");
    await p.locator('faqchat-widget .notice button').click(); // try again: refused again, no second warning
    await p.locator('faqchat-widget .notice').waitFor();
    await expect.poll(() => warnings.length).toBe(1);
    await p.waitForTimeout(300);
    expect(warnings[0]).toContain('ALLOWED_ORIGINS');
    expect(warnings[0]).toContain(host.url);
    const refused = lines.filter((l) => String(l.msg).includes('ALLOWED_ORIGINS'));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ level: 'warn', origin: host.url });
    await p.close();
  });
});
