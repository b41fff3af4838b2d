/**
 * Script-tag options in Chromium: launcher offsets, data-open (desktop only unless "always"), the
 * greeting teaser, and the interface language from data-lang or the page's `<html lang>`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launcher, openWidget, panel, serverAndBrowser, watchErrors } from './helpers.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const env = serverAndBrowser();

let seq = 0;
/** A host page on the server's origin with the given `<html lang>` and script attributes. */
async function host(attrs: string, options: { lang?: string; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const page = await env.browser.context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  const path = `/host-${seq++}`;
  await page.route(`${env.server.url}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>Host</title></head><body><h1>Host</h1><script async src="/widget.js" ${attrs}></script></body></html>`,
    }),
  );
  await page.goto(`${env.server.url}${path}`, { waitUntil: 'load' });
  await launcher(page).waitFor({ state: 'attached' });
  return page;
}

const ready = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => (window as unknown as { FaqChat: (m: string, e: string, f: () => void) => void }).FaqChat('on', 'ready', resolve)));

async function axe(page: Page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string }> }> } };
    return (await w.axe.run({ include: [['faqchat-widget']] }, { resultTypes: ['violations'] })).violations.map((v) => v.id);
  });
}

describe('launcher offsets', () => {
  it('data-offset-x/y move the launcher and the panel above it', async () => {
    const page = await host('data-offset-x="40" data-offset-y="96"');
    const box = (await launcher(page).boundingBox())!;
    expect(1280 - (box.x + box.width)).toBe(40);
    expect(800 - (box.y + box.height)).toBe(96);
    await openWidget(page);
    const p = (await panel(page).boundingBox())!;
    expect(p.y + p.height).toBeLessThanOrEqual(box.y);
    await page.close();
  });

  it('or the --faqchat-offset-x/y variables from the page CSS, and left-side placement', async () => {
    const page = await host('data-position="left"');
    await page.addStyleTag({ content: 'faqchat-widget { --faqchat-offset-x: 2rem; --faqchat-offset-y: 80px; }' });
    const box = (await launcher(page).boundingBox())!;
    expect(box.x).toBe(32);
    expect(800 - (box.y + box.height)).toBe(80);
    await page.close();
  });
});

describe('data-open', () => {
  it('opens on a desktop once the page is idle', async () => {
    const page = await host('data-open');
    await panel(page).waitFor({ state: 'visible' });
    await page.close();
  });

  it('does not take over a phone screen, unless data-open="always"', async () => {
    const phone = { width: 390, height: 844 };
    const page = await host('data-open', { viewport: phone });
    await ready(page);
    expect(await panel(page).count()).toBe(0);
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    await page.close();
    const always = await host('data-open="always"', { viewport: phone });
    await panel(always).waitFor({ state: 'visible' });
    await always.close();
  });
});

describe('the greeting teaser', () => {
  it('is off by default', async () => {
    const page = await host('');
    await ready(page);
    await page.waitForTimeout(1200);
    expect(await page.locator('faqchat-widget .teaser').count()).toBe(0);
    await page.close();
  });

  it('data-teaser="1" shows it after a second; it opens the chat, once per visit', async () => {
    const page = await host('data-teaser="1"');
    const errors = watchErrors(page);
    const teaser = page.locator('faqchat-widget .teaser');
    await teaser.waitFor({ timeout: 5000 });
    expect(await teaser.getByRole('button', { name: 'Dismiss' }).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await teaser.getByRole('button', { name: /Ask me/ }).click();
    await panel(page).waitFor({ state: 'visible' });
    expect(await teaser.count()).toBe(0);
    // Same tab, another page: not again.
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    await page.waitForTimeout(1500);
    expect(await page.locator('faqchat-widget .teaser').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('interface language', () => {
  it('follows the page’s <html lang> (Spanish): launcher, panel and input', async () => {
    const page = await host('', { lang: 'es-MX' });
    // The table loads with the panel, on the first sign of intent; the launcher is relabelled then.
    await launcher(page).hover();
    await expect.poll(() => launcher(page).getAttribute('aria-label')).toBe('Abrir chat');
    await openWidget(page);
    expect(await launcher(page).getAttribute('aria-label')).toBe('Cerrar chat');
    expect(await page.getByRole('dialog', { name: 'Preguntas sobre este artículo' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Haz una pregunta' }).count()).toBe(1);
    expect(await panel(page).getAttribute('lang').catch(() => null)).toBeNull();
    expect(await page.locator('faqchat-widget .fc').getAttribute('lang')).toBe('es-MX');
    await page.close();
  });

  it.each([
    ['fr', 'Ouvrir le chat', 'Posez une question'],
    ['de', 'Chat öffnen', 'Stell eine Frage'],
    ['pt-BR', 'Abrir chat', 'Faça uma pergunta'],
    ['en', 'Open chat', 'Ask a question'],
  ])('data-lang="%s" wins over the page language', async (lang, open, field) => {
    const page = await host(`data-lang="${lang}"`, { lang: 'es' });
    await launcher(page).focus();
    await expect.poll(() => launcher(page).getAttribute('aria-label')).toBe(open);
    await openWidget(page);
    expect(await page.getByRole('combobox', { name: field }).count()).toBe(1);
    await page.close();
  });

  it('a language without a table falls back to English, and right-to-left is kept', async () => {
    const page = await host('', { lang: 'he' });
    await openWidget(page);
    expect(await page.getByRole('combobox', { name: 'Ask a question' }).count()).toBe(1);
    expect(await panel(page).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.close();
  });
});
