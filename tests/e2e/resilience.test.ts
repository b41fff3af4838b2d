import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ask, input, launcher, openWidget, panel, serverAndBrowser, startTestServer, watchErrors } from './helpers.ts';

const env = serverAndBrowser();

const HOSTILE = `<!doctype html><html><head><meta charset="utf-8"><title>Hostile host</title><style>
  * { all: unset; }
  button { display: none !important; }
  div, p, span, section, a, input { font-size: 40px !important; color: red !important; background: yellow !important; }
  .overlay { position: fixed; inset: 0; z-index: 99999; background: rgba(0,0,0,.2); display: block; }
  body { display: block; }
</style></head><body><p id="content">The host page</p><div class="overlay"></div>
<script async src="/widget.js"></script></body></html>`;

/** Serves a page the test writes, on the server's origin, so widget.js and the API come from the real server. */
async function hostPage(page: Page, path: string, html: string) {
  await page.route(`${env.server.url}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${env.server.url}${path}`, { waitUntil: 'load' });
}

describe('a hostile host page', () => {
  it('cannot hide, cover or restyle the widget', async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await hostPage(page, '/hostile', HOSTILE);
    await launcher(page).waitFor({ state: 'visible' });
    const box = (await launcher(page).boundingBox())!;
    expect(box.width).toBe(56);
    // The launcher is on top of the z-index 99999 overlay: a click at its centre reaches it.
    const hit = await page.evaluate(([x, y]) => {
      const el = document.elementFromPoint(x!, y!);
      return el?.tagName === 'FAQCHAT-WIDGET' ? el.shadowRoot!.elementFromPoint(x!, y!)?.closest('button')?.className : el?.tagName;
    }, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toBe('launcher');
    await openWidget(page);
    await ask(page, 'How long does ketamine last for depression?');
    const styles = await page.locator('faqchat-widget .msg.bot.answer').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { fontSize: cs.fontSize, color: cs.color, display: cs.display };
    });
    expect(styles.fontSize).toBe('15px');
    expect(styles.color).not.toBe('rgb(255, 0, 0)');
    expect(await page.locator('faqchat-widget .msg.bot.answer .sources a').count()).toBeGreaterThan(0);
    expect(await input(page).evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the host page keeps its own layout: no shift, nothing added to its flow', async () => {
    const page = await env.browser.context.newPage();
    await hostPage(page, '/plain', `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="a" style="height:50px">A</div><div id="b">B</div><script async src="/widget.js"></script></body></html>`);
    await launcher(page).waitFor();
    const layout = await page.evaluate(() => ({
      b: document.getElementById('b')!.getBoundingClientRect().top,
      height: document.documentElement.scrollHeight,
      hostDisplay: getComputedStyle(document.querySelector('faqchat-widget')!).display,
    }));
    expect(layout).toEqual({ b: 50, height: 800, hostDisplay: 'contents' });
    await page.close();
  });
});

describe('when the server goes down', () => {
  it('the page keeps working and the widget shows a calm error with a retry button', async () => {
    const own = await startTestServer();
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(own.url, { waitUntil: 'load' });
    await openWidget(page);
    await own.close();
    await input(page).fill('How long does ketamine last for depression?');
    await input(page).press('Enter');
    const notice = page.locator('faqchat-widget .notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.innerText()).toContain("couldn't reach the server");
    expect(await notice.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    expect(await page.locator('faqchat-widget .foot a[href="tel:988"]').count()).toBe(1);
    // The host page itself still works: its links scroll, its DOM answers.
    const firstAnchor = await page.locator('main a[href^="#"], a[href^="#"]').first().getAttribute('href').catch(() => null);
    if (firstAnchor) await page.locator(`a[href="${firstAnchor}"]`).first().click();
    expect(await page.evaluate(() => document.title.length > 0 && document.body.innerText.length > 100)).toBe(true);
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });

  it('when widget.js itself cannot load, the page is untouched', async () => {
    const page = await env.browser.context.newPage();
    const errors = watchErrors(page);
    await hostPage(page, '/dead', `<!doctype html><html><head><meta charset="utf-8"></head><body><p>Still here</p><script async src="http://127.0.0.1:9/widget.js"></script></body></html>`);
    expect(await page.locator('p').innerText()).toBe('Still here');
    expect(await page.locator('faqchat-widget').count()).toBe(0);
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });

  it('when the panel chunk cannot load, the launcher still points to crisis help', async () => {
    const page = await env.browser.context.newPage();
    await page.route(/widget-panel-.*\.js$/, (route) => route.abort('connectionrefused'));
    const errors = watchErrors(page);
    await page.goto(env.server.url, { waitUntil: 'load' });
    await launcher(page).click();
    const notice = page.locator('faqchat-widget .unavailable');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['tel:988', 'sms:988']);
    expect(await panel(page).count()).toBe(0);
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });

  it('offline: the widget says so instead of failing silently', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url, { waitUntil: 'load' });
    await openWidget(page);
    await env.browser.context.setOffline(true);
    await page.locator('faqchat-widget .offline').waitFor();
    await input(page).fill('How fast does ketamine work?');
    await input(page).press('Enter');
    await page.locator('faqchat-widget .notice').waitFor();
    await env.browser.context.setOffline(false);
    await page.locator('faqchat-widget .offline').waitFor({ state: 'detached' });
    await page.locator('faqchat-widget .notice button').click();
    await page.locator('faqchat-widget .msg.bot.answer').waitFor();
    await page.close();
  });
});
