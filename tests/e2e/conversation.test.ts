/**
 * The conversation in Chromium against the real server: fallback replies are ordinary messages in
 * the log (desktop and phone), suggestions never offer back what was just asked, and a source link
 * to the page the visitor is on scrolls there instead of leaving.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ask, input, launcher, openWidget, panel, serverAndBrowser, watchErrors } from './helpers.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const env = serverAndBrowser();

const UNANSWERABLE = ['What is the capital of France?', 'How do I bake sourdough bread?', 'Can my cat eat chocolate?', 'Which football team won in 1998?'];

/** Where the latest fallback bubble sits, and whether the input still gets a click at its centre. */
async function fallbackLayout(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('faqchat-widget')!.shadowRoot!;
    const log = root.querySelector('.log')!;
    const bubbles = [...root.querySelectorAll<HTMLElement>('.msg.bot.fallback')];
    const last = bubbles.at(-1)!;
    last.scrollIntoView({ block: 'nearest' });
    const l = log.getBoundingClientRect();
    const r = last.getBoundingClientRect();
    const field = root.querySelector('input')!.getBoundingClientRect();
    const hit = root.elementFromPoint(field.x + field.width / 2, field.y + field.height / 2);
    const chips = root.querySelector('.log > .chips');
    return {
      count: bubbles.length,
      inLog: bubbles.every((b) => b.parentElement === log),
      positions: [...new Set(bubbles.map((b) => getComputedStyle(b).position))],
      insideBox: r.top >= l.top - 1 && r.bottom <= l.bottom + 1 && r.left >= l.left - 1 && r.right <= l.right + 1,
      inputHit: hit?.tagName === 'INPUT',
      chipsAfter: !!chips && !!(last.compareDocumentPosition(chips) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
}

describe.each([
  ['desktop', { width: 1280, height: 800 }],
  ['phone 390×844', { width: 390, height: 844 }],
])('fallback replies on %s', (_name, viewport) => {
  it('are ordinary messages inside the log, related questions after them, the input clickable', async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await page.setViewportSize(viewport);
    await page.goto(env.server.url, { waitUntil: 'load' });
    await openWidget(page);
    for (const [i, question] of UNANSWERABLE.entries()) {
      await ask(page, question);
      const layout = await fallbackLayout(page);
      expect(layout).toEqual({ count: i + 1, inLog: true, positions: ['static'], insideBox: true, inputHit: true, chipsAfter: true });
      // The input takes a real click and typing after every fallback.
      await input(page).click();
      await input(page).fill('still here');
      expect(await input(page).inputValue()).toBe('still here');
      await input(page).fill('');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a conversation, not a search box', () => {
  it('suggestions never offer back the question just asked', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url, { waitUntil: 'load' });
    await openWidget(page);
    const chip = page.locator('faqchat-widget .chips .chip').first();
    await chip.waitFor();
    const asked = (await chip.innerText()).trim();
    await chip.click();
    await page.locator('faqchat-widget .msg.bot:not(.greeting):not(.typing)').first().waitFor();
    const offered = (await page.locator('faqchat-widget .log > .chips .chip').allInnerTexts()).map((t) => t.trim().toLowerCase());
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain(asked.toLowerCase());
    // The greeting is said once, however many turns follow.
    await ask(page, 'What is the capital of France?');
    expect(await page.locator('faqchat-widget .greeting').count()).toBe(1);
    await page.close();
  });
});

describe('source links', () => {
  const QUESTION = 'How long does ketamine last for depression?';

  it('on the page the visitor is on, scroll to the section and highlight it (desktop: the panel stays)', async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}/article`, { waitUntil: 'load' });
    await openWidget(page);
    await ask(page, QUESTION);
    const link = page.locator('faqchat-widget .msg.bot.answer .sources a').last();
    const href = (await link.getAttribute('href'))!;
    const id = decodeURIComponent(new URL(href).hash.slice(1));
    expect(await link.getAttribute('target')).toBeNull();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await link.click();
    await expect.poll(() => page.evaluate((i) => Math.round(document.getElementById(i)!.getBoundingClientRect().top), id)).toBeLessThan(60);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await page.evaluate((i) => document.getElementById(i)!.getAnimations().length, id)).toBe(1);
    expect(page.url()).toBe(`${env.server.url}/article`); // no navigation, no reload
    expect(await panel(page).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone, the panel steps aside so the section shows', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${env.server.url}/article`, { waitUntil: 'load' });
    await openWidget(page);
    await ask(page, QUESTION);
    const link = page.locator('faqchat-widget .msg.bot.answer .sources a').last();
    const id = decodeURIComponent(new URL((await link.getAttribute('href'))!).hash.slice(1));
    await link.click();
    await panel(page).waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate((i) => Math.round(document.getElementById(i)!.getBoundingClientRect().top), id)).toBeLessThan(60);
    expect(await launcher(page).isVisible()).toBe(true);
    await page.close();
  });

  it('to another page of the site, open in place and the conversation follows', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url, { waitUntil: 'load' }); // the demo's home, not /article
    await openWidget(page);
    await ask(page, QUESTION);
    const link = page.locator('faqchat-widget .msg.bot.answer .sources a').last();
    await Promise.all([page.waitForURL(/\/article#/), link.click()]);
    await openWidget(page);
    expect(await page.locator('faqchat-widget .msg.user').allInnerTexts()).toEqual([expect.stringContaining(QUESTION)]);
    await page.close();
  });
});

describe('a person to ask', () => {
  it('the site contact is in the header menu and under fallback replies, and the panel stays axe-clean', async () => {
    const page = await env.browser.context.newPage();
    // The seed site has no contact.json; this stands in for one, on the starters response.
    await page.route(`${env.server.url}/api/suggest`, async (route) => {
      const body = (await (await route.fetch()).json()) as object;
      await route.fulfill({ json: { ...body, contact: { kind: 'email', value: 'help@clinic.example', label: 'Email our care team' } } });
    });
    await page.goto(env.server.url, { waitUntil: 'load' });
    await openWidget(page);
    const more = page.getByRole('button', { name: 'More options' });
    await more.waitFor();
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('faqchat-widget #fc-menu a').getAttribute('href')).toBe('mailto:help@clinic.example');
    await ask(page, 'Can my cat eat chocolate?');
    const under = page.locator('faqchat-widget .msg.bot.fallback .contact a');
    expect(await under.getAttribute('href')).toBe('mailto:help@clinic.example');
    expect(await under.innerText()).toBe('Email our care team');
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string }> }> } };
      return (await w.axe.run({ include: [['faqchat-widget']] }, { resultTypes: ['violations'] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
