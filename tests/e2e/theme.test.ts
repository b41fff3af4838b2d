/**
 * Theming that holds, measured in Chromium: WCAG contrast of every colour pair the panel reads
 * (panel, bot bubble, visitor bubble, links, muted text, field borders) in the default light and
 * dark themes, with data-theme forcing either against the OS setting, and after a site owner sets
 * only --faqchat-bg and --faqchat-text. Also writes the dark screenshots.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ask, openWidget, SCREENSHOTS, serverAndBrowser } from './helpers.ts';

const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';

const env = serverAndBrowser({ colorScheme: 'light' });

/** `rgb(…)`, `rgba(…)` or `color(srgb …)` (what color-mix() computes to) as 0–1 channels. */
function channels(css: string): [number, number, number] {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(css);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3])];
  const rgb = /rgba?\((\d+(?:\.\d+)?),? (\d+(?:\.\d+)?),? (\d+(?:\.\d+)?)/.exec(css);
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255];
  throw new Error(`unparsed colour ${css}`);
}
const luminance = (css: string) => {
  const [r, g, b] = channels(css).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** WCAG 2 contrast ratio of two CSS colours. */
export const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The colours the visitor reads, from the rendered panel after one answered question. */
async function colours(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('faqchat-widget')!.shadowRoot!;
    const cs = (sel: string) => getComputedStyle(root.querySelector(sel)!);
    return {
      panelBg: cs('.panel').backgroundColor,
      panelText: cs('.panel').color,
      botBg: cs('.msg.bot.answer').backgroundColor,
      botText: cs('.msg.bot.answer').color,
      userBg: cs('.msg.user').backgroundColor,
      userText: cs('.msg.user').color,
      link: cs('.msg.bot.answer .sources a').color,
      muted: cs('.log > .chips span').color,
      field: cs('.composer input').borderTopColor,
    };
  });
}

/** Text pairs need 4.5:1 (WCAG AA); a field's border against the panel needs 3:1. */
function expectReadable(c: Awaited<ReturnType<typeof colours>>) {
  const ratios = {
    panel: contrast(c.panelBg, c.panelText),
    botBubble: contrast(c.botBg, c.botText),
    userBubble: contrast(c.userBg, c.userText),
    linkOnBubble: contrast(c.botBg, c.link),
    muted: contrast(c.panelBg, c.muted),
    fieldBorder: contrast(c.panelBg, c.field),
  };
  for (const [pair, ratio] of Object.entries(ratios)) expect(ratio, `${pair} ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(pair === 'fieldBorder' ? 3 : 4.5);
  return ratios;
}

async function hostPage(page: Page, path: string, attrs: string, css = '') {
  await page.route(`${env.server.url}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><h1>Host</h1><script async src="/widget.js" ${attrs}></script></body></html>`,
    }),
  );
  await page.goto(`${env.server.url}${path}`, { waitUntil: 'load' });
  await openWidget(page);
  await ask(page, 'How long does ketamine last for depression?');
}

const OWNER_DARK = 'faqchat-widget { --faqchat-bg: #0f2a3f; --faqchat-text: #f4f1ea; }';
const OWNER_LIGHT = 'faqchat-widget { --faqchat-bg: #fdf6e3; --faqchat-text: #073642; }';

describe('colour pairs stay readable', () => {
  it.each([
    ['default, light OS', 'light', '', '', 'light'],
    ['default, dark OS', 'dark', '', '', 'dark'],
    ['data-theme="dark" on a light OS', 'light', 'data-theme="dark"', '', 'dark'],
    ['data-theme="light" on a dark OS', 'dark', 'data-theme="light"', '', 'light'],
    ['data-theme="auto" on a dark OS', 'dark', 'data-theme="auto"', '', 'dark'],
    ['owner sets a dark --faqchat-bg/--faqchat-text pair on a light OS', 'light', '', OWNER_DARK, 'dark'],
    ['owner sets a light pair on a dark OS', 'dark', '', OWNER_LIGHT, 'light'],
  ] as const)('%s', async (_name, os, attrs, css, looks) => {
    const page = await env.browser.context.newPage();
    await page.emulateMedia({ colorScheme: os });
    await hostPage(page, '/theme', attrs, css);
    const c = await colours(page);
    console.log('contrast', _name, JSON.stringify(Object.fromEntries(Object.entries(expectReadable(c)).map(([k, v]) => [k, +v.toFixed(2)]))));
    // Dark means a dark panel with light text, whatever the OS says.
    expect(luminance(c.panelBg) < 0.1, `panel background ${c.panelBg}`).toBe(looks === 'dark');
    await page.close();
  });
});

describe('dark screenshots', () => {
  it('desktop and phone: the demo page on a dark OS', async () => {
    for (const [name, viewport] of [
      ['desktop-dark', { width: 1280, height: 800 }],
      ['phone-dark', { width: 390, height: 844 }],
    ] as const) {
      const page = await env.browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${env.server.url}/article`, { waitUntil: 'load' });
      await openWidget(page);
      await ask(page, 'How long does ketamine last for depression?');
      expect(luminance((await colours(page)).panelBg)).toBeLessThan(0.1);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.tmp.png`) });
      if (UPDATE) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      await page.close();
    }
  });
});
