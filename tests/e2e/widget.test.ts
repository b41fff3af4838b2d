import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/node/server.ts';
import { ask, focusedInWidget, input, launch, launcher, openWidget, panel, SCREENSHOTS, startTestServer, watchErrors, type Browser } from './helpers.ts';
import { helpCard } from '../../server/engine/safety/gate.ts';
import { SITE } from '../setup/site.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];
const requests: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launch();
  page = await browser.context.newPage();
  errors = watchErrors(page);
  page.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function axe(p: Page) {
  // evaluate() runs over the DevTools protocol, which the page's strict CSP does not block.
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE);
  return p.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } };
    const r = await w.axe.run({ include: [['faqchat-widget']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

async function shot(p: Page, name: string) {
  await p.screenshot({ path: join(SCREENSHOTS, `${name}.tmp.png`) });
  if (UPDATE) await p.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

describe('the widget on the demo page (real server, strict CSP)', () => {
  it('draws only the launcher until the visitor shows intent', async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    await expect.poll(() => launcher(page).getAttribute('aria-label')).toBe('Open chat');
    await page.waitForTimeout(300);
    const own = requests.filter((u) => u.startsWith(server.url) && u.endsWith('.js')).map((u) => new URL(u).pathname);
    expect(own).toEqual(['/widget.js']);
    expect(requests.every((u) => u.startsWith(server.url))).toBe(true); // no third-party requests, no fonts
    expect(await panel(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens with a greeting, starter chips, and answers with a source link', async () => {
    await openWidget(page);
    expect(await launcher(page).getAttribute('aria-label')).toBe('Close chat');
    expect(await focusedInWidget(page)).toMatch(/^input/);
    const greeting = await page.locator('faqchat-widget .greeting').innerText();
    expect(greeting).toContain('not a doctor');
    expect(greeting).toContain('988');
    await expect.poll(() => page.locator('faqchat-widget .chips .chip').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('faqchat-widget .chips .chip').count()).toBeLessThanOrEqual(4);

    await ask(page, 'How long does ketamine last for depression?');
    const answer = page.locator('faqchat-widget .msg.bot.answer').last();
    expect(await answer.innerText()).toMatch(/\w+/);
    const href = await answer.locator('.sources a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${server.url}/article#[a-z0-9-]+$`));
  });

  it('clicking a suggestion chip asks it', async () => {
    const chip = page.locator('faqchat-widget .chips .chip').first();
    const question = (await chip.innerText()).trim();
    const botCount = await page.locator('faqchat-widget .log > .bot:not(.greeting), faqchat-widget .log > .crisis').count();
    await chip.click();
    await expect.poll(() => page.locator('faqchat-widget .msg.user').last().innerText()).toContain(question);
    await expect.poll(() => page.locator('faqchat-widget .log > .bot:not(.greeting):not(.typing), faqchat-widget .log > .crisis').count()).toBe(botCount + 1);
  });

  it('the open widget passes an axe-core scan (desktop)', async () => {
    await shot(page, 'desktop');
    expect(await axe(page)).toEqual([]);
  });

  it('a crisis message gets the crisis card with tap-to-call links, kept in view', async () => {
    await ask(page, 'I want to end my life');
    const kind = await page.locator('faqchat-widget .log > .bot:not(.greeting):not(.typing), faqchat-widget .log > .crisis').last().getAttribute('class');
    // The answer engine's safety gate decides; the widget only renders what it is told.
    expect(kind, 'the server did not reply with kind "crisis" to "I want to end my life"').toContain('crisis');
    const card = page.locator('faqchat-widget section.crisis').last();
    const hrefs = await card.locator('a.act').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // Whatever the site's crisis data lists, in its order; the default data starts with 988.
    expect(hrefs).toEqual(helpCard(SITE.crisis).contacts.map((c) => c.href));
    expect(hrefs[0]).toBe('tel:988');
    // The card's top is visible inside the log (not scrolled past).
    const visible = await card.evaluate((el) => {
      const log = el.closest('.log')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= log.top - 1 && r.top < log.bottom;
    });
    expect(visible).toBe(true);
    expect(await axe(page)).toEqual([]);
  });

  it('Escape closes the panel and returns focus to the launcher', async () => {
    await input(page).focus();
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'hidden' });
    expect(await focusedInWidget(page)).toBe('button.launcher|Open chat');
    // Keyboard only: Enter on the focused launcher opens again, focus goes to the input.
    await page.keyboard.press('Enter');
    await panel(page).waitFor({ state: 'visible' });
    expect(await focusedInWidget(page)).toMatch(/^input/);
    await page.keyboard.press('Escape');
  });

  it('a reload keeps the conversation, but nothing the visitor wrote in a conversation in crisis', async () => {
    const userTexts = async () => (await page.locator('faqchat-widget .msg.user').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    const before = await userTexts();
    const crisisShown = (await page.locator('faqchat-widget section.crisis').count()) > 0;
    await page.reload({ waitUntil: 'load' });
    await openWidget(page);
    const users = await userTexts();
    expect(users).toEqual(crisisShown ? [] : before);
    if (!crisisShown) expect(users.join('\n')).toContain('How long does ketamine last for depression?');
    expect(await page.locator('faqchat-widget section.crisis a[href="tel:988"]').count()).toBe(crisisShown ? 1 : 0);
    expect(await page.locator('faqchat-widget .msg.bot.answer .sources a').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('typeahead suggests as the visitor types; arrow keys and Enter pick one', async () => {
    await input(page).pressSequentially('how long', { delay: 20 });
    const options = page.locator('faqchat-widget [role="option"]');
    await options.first().waitFor({ timeout: 5000 });
    const first = (await options.first().innerText()).trim();
    await input(page).press('ArrowDown');
    expect(await input(page).getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await input(page).press('Enter');
    await expect.poll(() => page.locator('faqchat-widget .msg.user').last().innerText()).toContain(first);
  });

  it('on a 390×844 phone the panel is full-screen with a 16px input', async () => {
    const phone = await browser.context.newPage();
    const phoneErrors = watchErrors(phone);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(server.url, { waitUntil: 'load' });
    await openWidget(phone);
    await ask(phone, 'How long does ketamine last for depression?');
    const box = await panel(phone).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    expect(await input(phone).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    const inputBox = await input(phone).boundingBox();
    expect(inputBox!.y + inputBox!.height).toBeLessThanOrEqual(844);
    expect(await launcher(phone).isVisible()).toBe(false); // the panel's own close button takes over
    await shot(phone, 'phone');
    expect(await axe(phone)).toEqual([]);
    // Closing from the panel brings the launcher back, focused.
    await phone.locator('faqchat-widget .head [aria-label="Close chat"]').click();
    expect(await focusedInWidget(phone)).toBe('button.launcher|Open chat');
    expect(phoneErrors).toEqual([]);
    await phone.close();
  });

  it('dir="rtl" (data-lang) mirrors the widget', async () => {
    const rtl = await browser.context.newPage();
    await rtl.route(`${server.url}/rtl`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="ar"><body><h1>صفحة</h1><script async src="/widget.js" data-lang="ar" data-title="أسئلة"></script></body></html>`,
      }),
    );
    await rtl.goto(`${server.url}/rtl`);
    const box = await launcher(rtl).boundingBox();
    expect(box!.x).toBeLessThan(100); // launcher on the left
    await openWidget(rtl);
    expect(await panel(rtl).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await rtl.getByRole('dialog', { name: 'أسئلة' }).count()).toBe(1);
    await rtl.close();
  });
});
