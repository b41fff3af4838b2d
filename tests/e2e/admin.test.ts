/**
 * /admin on a 390 × 844 phone in Chromium: the report fits the screen (no sideways scrolling, chart
 * text drawn at a readable size), and the owner answers an unanswered question from the phone —
 * after which the bot gives that answer to the next visitor.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/node/server.ts';
import { tempDir } from '../insights/helpers.ts';
import { launch, SCREENSHOTS, watchErrors, type Browser } from './helpers.ts';

const TOKEN = 'e2e-admin-token-0123456789abcdef';
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const QUESTION = 'Is there parking at the clinic?';

let server: RunningServer;
let browser: Browser;
let data: { dir: string; cleanup: () => void };

async function chat(message: string): Promise<{ kind: string; text: string; sources: Array<{ title: string }> }> {
  const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message }) });
  return res.json();
}

beforeAll(async () => {
  data = tempDir();
  const config = { ...parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MIN: '0', ADMIN_TOKEN: TOKEN, DATA_DIR: data.dir }), port: 0, host: '127.0.0.1' };
  server = await startServer({ config, signals: false, shutdownGraceMs: 200 });
  for (const q of [QUESTION, QUESTION, 'how much does an infusion cost', 'How long does ketamine last for depression?', 'What are the side effects of ketamine?', 'ok']) await chat(q);
  browser = await launch({ viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  data?.cleanup();
});

describe('/admin at 390 px', () => {
  it('shows a readable report and answers a question from the phone', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/admin`);
    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.locator('#per-day svg').waitFor();
    const row = page.locator('#unanswered tbody tr', { hasText: QUESTION });
    await row.waitFor();
    expect(await page.locator('#unanswered tbody tr', { hasText: /^ok$/ }).count()).toBe(0);

    // Nothing is wider than the screen, and chart text is drawn at (about) its CSS size.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const textHeight = await page.locator('#per-day svg text').first().evaluate((t) => t.getBoundingClientRect().height);
    expect(textHeight).toBeGreaterThanOrEqual(10);

    await row.getByRole('button', { name: 'Answer' }).click();
    await page.getByLabel('Your answer').fill('Yes. Free parking is behind the building.');
    if (UPDATE) await page.screenshot({ path: join(SCREENSHOTS, 'admin-phone.png'), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-phone.tmp.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save answer' }).click();
    await page.getByText(/Answer saved\. The bot uses it now/).waitFor();
    expect(await page.locator('#unanswered tbody tr', { hasText: QUESTION }).count()).toBe(0);
    expect(await page.locator('#edits li').first().textContent()).toContain(QUESTION);

    const reply = await chat('is there parking at the clinic');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('Free parking is behind the building.');
    expect(reply.sources[0]?.title).toBe("this site's FAQ");
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });
});
