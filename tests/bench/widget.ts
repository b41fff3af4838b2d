/**
 * Part 4 — the widget in Debian Chromium (playwright-core, headless), against the real server:
 * - bytes of the loader and of everything the widget can load (raw, gzip -9, brotli q11, node:zlib);
 * - main-thread time of the loader's boot on a plain host page, three ways:
 *   1. CDP tracing (primary): the renderer main thread's top-level tasks in which widget.js code ran
 *      (compile, evaluate, its idle/timer callbacks, and the style/layout those tasks forced);
 *   2. the JS part alone: EvaluateScript / FunctionCall / v8.compile events of widget.js;
 *   3. CDP Performance.getMetrics ScriptDuration and TaskDuration, host page with the script minus
 *      the same page without it (coarse: includes the page's own tiny inline script noise);
 *   plus long tasks (≥ 50 ms) seen by PerformanceObserver during boot;
 * - CLS from PerformanceObserver('layout-shift') over the whole visit (load, boot, open, ask);
 * - launcher click → panel visible (first open: the lazy chunk is fetched then), from the click
 *   event's timeStamp to the first animation frame where the dialog is displayed;
 * - Enter → answer rendered, from the keydown's timeStamp to the frame after the bot's reply
 *   appears in the message log.
 * Each visit starts with an empty HTTP cache; figures are medians over the visits.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../knowledge/version.ts';
import { prepareBuilds } from './cold.ts';
import { spawnServer, type StartVariant } from './server.ts';
import { fmt, kb, median, table } from './stats.ts';

const WIDGET_DIR = join(REPO_ROOT, 'build', 'widget');

export interface WidgetOptions {
  visits: number;
  variant: StartVariant;
  question: string;
}

export const WIDGET_DEFAULTS: WidgetOptions = { visits: 5, variant: 'start', question: 'how long does ketamine last?' };

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface WidgetResults {
  files: Record<string, Bytes>;
  loader: Bytes;
  total: Bytes;
  visits: number;
  /** Median ms per visit. */
  bootTaskMs: number;
  bootJsMs: number;
  bootScriptDeltaMs: number;
  bootTaskDeltaMs: number;
  longTasks: number;
  cls: number;
  clsBoot: number;
  clickToPanelMs: number;
  enterToAnswerMs: number;
  perVisit: Array<Record<string, number>>;
}

function bytesOf(buf: Buffer): Bytes {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
  };
}

/** Every file the widget can make a browser load: the loader and its lazy chunks (JS/CSS). */
export function widgetBytes(dir = WIDGET_DIR): { files: Record<string, Bytes>; loader: Bytes; total: Bytes } {
  const files: Record<string, Bytes> = {};
  for (const name of readdirSync(dir).sort()) if (/\.(js|mjs|css)$/.test(name)) files[name] = bytesOf(readFileSync(join(dir, name)));
  const loader = files['widget.js'];
  if (!loader) throw new Error('faqchat: build/widget/widget.js is missing; run `npm run build:widget`');
  const total = Object.values(files).reduce((t, b) => ({ raw: t.raw + b.raw, gzip: t.gzip + b.gzip, brotli: t.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, loader, total };
}

/** A plain host page: a header, text, an image-less layout; the widget by its one script tag. */
function hostPage(withWidget: boolean): string {
  const para = 'Ketamine is studied as a treatment for depression that did not respond to other medicines. '.repeat(6);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0}header{background:#234;color:#fff;padding:16px 24px}main{max-width:720px;margin:0 auto;padding:24px}</style>
<script>
window.__bench = { cls: 0, clsBoot: null, shifts: [], longTasks: 0 };
new PerformanceObserver((list) => { for (const e of list.getEntries()) { if (!e.hadRecentInput) { __bench.cls += e.value; __bench.shifts.push(e.value); } } }).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => { __bench.longTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true });
</script>
${withWidget ? '<script async src="/widget.js"></script>' : ''}
</head><body><header><h1>Example clinic</h1></header><main>${Array.from({ length: 8 }, (_, i) => `<h2>Section ${i + 1}</h2><p>${para}</p>`).join('')}</main></body></html>`;
}

// Page-side code is kept as strings: functions passed to page.evaluate() would carry tsx's
// `__name` helper, which does not exist in the page.

/** Sets window.__panel (not returned: evaluate() would wait for it), resolving with ms from the launcher click to the first frame showing the dialog. */
const ARM_PANEL = `void (window.__panel = new Promise((resolve) => {
  addEventListener('click', (ev) => {
    const t0 = ev.timeStamp;
    const root = document.querySelector('faqchat-widget')?.shadowRoot;
    const check = () => {
      const d = root?.querySelector('[role="dialog"]');
      if (d && !d.hidden && d.getClientRects().length > 0 && getComputedStyle(d).visibility !== 'hidden') resolve(performance.now() - t0);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, { capture: true, once: true });
}))`;

/** Resolves window.__answer with ms from Enter's keydown to the frame after a new bot reply is in the log. */
const ARM_ANSWER = `(() => {
  const root = document.querySelector('faqchat-widget').shadowRoot;
  const answers = () => root.querySelectorAll('.msg.bot:not(.typing):not(.greeting)').length;
  const before = answers();
  window.__answer = new Promise((resolve) => {
    const onKey = (ev) => {
      if (ev.key !== 'Enter') return;
      removeEventListener('keydown', onKey, true);
      const t0 = ev.timeStamp;
      const obs = new MutationObserver(() => {
        if (answers() > before) {
          obs.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        }
      });
      obs.observe(root, { subtree: true, childList: true, characterData: true });
    };
    addEventListener('keydown', onKey, true);
  });
})()`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string }; name?: string };
}

/** Collects trace events between start() and stop() through CDP (ReportEvents mode). */
async function trace<T>(cdp: CDPSession, body: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  // CDP types trace events as string maps; they are JSON objects of the shape above.
  const onData = (e: { value: Array<Record<string, unknown>> }) => void events.push(...(e.value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', '__metadata'] },
  });
  const result = await body();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return { result, events };
}

/** Boot cost from a trace: top-level tasks on the renderer main thread that ran widget.js code. */
function bootFromTrace(events: TraceEvent[]): { taskMs: number; jsMs: number; breakdown: Record<string, number> } {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const isWidget = (e: TraceEvent) => (e.args?.data?.url ?? '').includes('/widget.js');
  const js = events.filter((e) => e.ph === 'X' && onMain(e) && isWidget(e) && ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.produceCache', 'v8.run'].includes(e.name));
  // The JS figure counts only outermost events (FunctionCall may nest v8.run).
  const outer = js.filter((e) => !js.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0)));
  const jsMs = outer.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  const tasks = events.filter((e) => e.ph === 'X' && onMain(e) && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const widgetTasks = tasks.filter((t) => js.some((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)));
  const taskMs = widgetTasks.reduce((s, t) => s + (t.dur ?? 0), 0) / 1000;
  // Self time by event name inside those tasks: what the rest of the task time is (style, layout, parse, …).
  const breakdown: Record<string, number> = {};
  for (const t of widgetTasks) {
    const end = t.ts + (t.dur ?? 0);
    const inside = events.filter((e) => e.ph === 'X' && onMain(e) && e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const all = [t, ...inside];
    for (const e of all) {
      const eEnd = e.ts + (e.dur ?? 0);
      const children = all.filter((c) => c !== e && c.ts >= e.ts && c.ts + (c.dur ?? 0) <= eEnd && !all.some((m) => m !== e && m !== c && m.ts >= e.ts && m.ts + (m.dur ?? 0) <= eEnd && m.ts <= c.ts && m.ts + (m.dur ?? 0) >= c.ts + (c.dur ?? 0) && (m.dur ?? 0) > (c.dur ?? 0)));
      const self = (e.dur ?? 0) - children.reduce((sum, c) => sum + (c.dur ?? 0), 0);
      breakdown[e.name] = (breakdown[e.name] ?? 0) + Math.max(0, self) / 1000;
    }
  }
  return { taskMs, jsMs, breakdown };
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
}

/** Lets the page go idle (idle callbacks ran), then a little more. */
async function waitIdle(page: Page): Promise<void> {
  await page.evaluate('new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }))');
  await page.waitForTimeout(300);
}

/** Waits until the widget's launcher is visible and the page has been idle once (the widget's idle work ran). */
async function waitForBoot(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open chat' }).waitFor({ state: 'visible', timeout: 15_000 });
  await waitIdle(page);
}

async function visit(context: BrowserContext, page: Page, cdp: CDPSession, url: string, question: string): Promise<Record<string, number>> {
  // Performance.getMetrics: the host page without the widget, then with it, untraced, empty cache.
  await cdp.send('Network.clearBrowserCache');
  await page.goto(`${url}/__bench/plain.html`);
  await waitIdle(page);
  const baseScript = await metric(cdp, 'ScriptDuration');
  const baseTask = await metric(cdp, 'TaskDuration');
  await cdp.send('Network.clearBrowserCache');
  await page.goto(`${url}/__bench/host.html`);
  await waitForBoot(page);
  const withScript = await metric(cdp, 'ScriptDuration');
  const withTask = await metric(cdp, 'TaskDuration');

  // The traced visit, empty cache again; the interaction figures are taken on this page.
  await cdp.send('Network.clearBrowserCache');
  await page.goto(`${url}/__bench/plain.html`);
  const { events } = await trace(cdp, async () => {
    await page.goto(`${url}/__bench/host.html`);
    await waitForBoot(page);
  });
  const boot = bootFromTrace(events);
  const afterBoot = (await page.evaluate('({ cls: window.__bench.cls, longTasks: window.__bench.longTasks })')) as { cls: number; longTasks: number };

  // Launcher click → panel visible (first open: the lazy chunk is fetched now).
  await page.evaluate(ARM_PANEL);
  await page.getByRole('button', { name: 'Open chat' }).click();
  const clickToPanelMs = (await page.evaluate(`Promise.race([window.__panel, new Promise((r) => setTimeout(() => r(NaN), 15000))])`)) as number;

  // Enter → answer rendered.
  const input = page.getByRole('combobox', { name: 'Ask a question' });
  await input.waitFor({ state: 'visible' });
  await input.fill(question);
  await page.evaluate(ARM_ANSWER);
  await input.press('Enter');
  const enterToAnswerMs = (await page.evaluate(`Promise.race([window.__answer, new Promise((r) => setTimeout(() => r(NaN), 15000))])`)) as number;
  await page.waitForTimeout(200);
  const cls = (await page.evaluate('window.__bench.cls')) as number;
  void context;
  if (process.env.BENCH_DEBUG) console.error('[widget] boot task self time by event:', Object.entries(boot.breakdown).filter(([, ms]) => ms >= 0.05).sort((a, b) => b[1] - a[1]).map(([n, ms]) => `${n} ${ms.toFixed(2)}`).join(', '));
  return {
    bootTaskMs: boot.taskMs,
    bootJsMs: boot.jsMs,
    bootScriptDeltaMs: withScript - baseScript,
    bootTaskDeltaMs: withTask - baseTask,
    longTasks: afterBoot.longTasks,
    clsBoot: afterBoot.cls,
    cls,
    clickToPanelMs,
    enterToAnswerMs,
  };
}

export async function runWidgetBench(options: Partial<WidgetOptions> = {}, log: (line: string) => void = console.log): Promise<WidgetResults> {
  const opts = { ...WIDGET_DEFAULTS, ...options };
  await prepareBuilds(log);
  const sizes = widgetBytes();
  const server = await spawnServer({ variant: opts.variant });
  const tmpDir = mkdtempSync(join(tmpdir(), 'faqchat-bench-chromium-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(tmpDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await context.route(`${server.url}/__bench/*.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostPage(route.request().url().endsWith('/host.html')) }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${server.url}/healthz`); // same origin first: no renderer swap during the traces
    const perVisit: Array<Record<string, number>> = [];
    for (let i = 0; i < opts.visits; i++) perVisit.push(await visit(context, page, cdp, server.url, opts.question));
    const med = (k: string) => median(perVisit.map((v) => v[k]!));
    return {
      ...sizes,
      visits: opts.visits,
      bootTaskMs: med('bootTaskMs'),
      bootJsMs: med('bootJsMs'),
      bootScriptDeltaMs: med('bootScriptDeltaMs'),
      bootTaskDeltaMs: med('bootTaskDeltaMs'),
      longTasks: Math.max(...perVisit.map((v) => v.longTasks!)),
      cls: Math.max(...perVisit.map((v) => v.cls!)),
      clsBoot: Math.max(...perVisit.map((v) => v.clsBoot!)),
      clickToPanelMs: med('clickToPanelMs'),
      enterToAnswerMs: med('enterToAnswerMs'),
      perVisit,
    };
  } finally {
    await context?.close().catch(() => {});
    await server.stop();
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

export function printWidget(r: WidgetResults): string {
  const sizeRow = (name: string, b: Bytes) => [name, String(b.raw), `${b.gzip} (${kb(b.gzip)})`, `${b.brotli} (${kb(b.brotli)})`];
  const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  return [
    'Widget bytes (build/widget; gzip level 9, brotli quality 11, node:zlib)',
    table(['file', 'raw B', 'gzip B', 'brotli B'], [...Object.entries(r.files).map(([n, b]) => sizeRow(n, b)), sizeRow('total', r.total)]),
    `loader ${kb(r.loader.gzip)} gzip (target ≤ 3 KB): ${met(r.loader.gzip <= 3 * 1024)}; total ${kb(r.total.gzip)} gzip (target ≤ 15 KB): ${met(r.total.gzip <= 15 * 1024)}`,
    '',
    `Widget in Chromium (headless, 1280×800, empty cache each visit; medians of ${r.visits} visits)`,
    table(
      ['measure', 'value', 'method'],
      [
        ['boot main-thread ms', fmt(r.bootTaskMs, 2), 'CDP trace: top-level tasks running widget.js code'],
        ['boot JS ms', fmt(r.bootJsMs, 2), 'CDP trace: compile + evaluate + callbacks of widget.js'],
        ['boot ScriptDuration Δ ms', fmt(r.bootScriptDeltaMs, 2), 'Performance.getMetrics, with − without widget'],
        ['boot TaskDuration Δ ms', fmt(r.bootTaskDeltaMs, 2), 'Performance.getMetrics, with − without widget'],
        ['long tasks during boot', String(r.longTasks), 'PerformanceObserver longtask (≥ 50 ms), worst visit'],
        ['CLS at boot', fmt(r.clsBoot, 4), 'PerformanceObserver layout-shift, worst visit'],
        ['CLS whole visit', fmt(r.cls, 4), 'load + boot + open + ask, worst visit'],
        ['click → panel visible ms', fmt(r.clickToPanelMs, 1), 'click timeStamp → first frame with the dialog shown'],
        ['Enter → answer rendered ms', fmt(r.enterToAnswerMs, 1), 'keydown timeStamp → frame after the reply is in the log'],
      ],
    ),
    `boot ${fmt(r.bootTaskMs, 2)} ms main thread (target ≤ 10 ms): ${met(r.bootTaskMs <= 10)}; CLS ${fmt(r.cls, 4)} (target 0): ${met(r.cls === 0)}`,
  ].join('\n');
}
