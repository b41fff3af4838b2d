/**
 * A small stand-in Engine for the HTTP tests: deterministic replies, a tiny corpus with one FAQ
 * section, and a record of what the app passed in (so tests can see cleaning and context handling).
 */
import { expect } from 'vitest';
import { createApp, type AppOptions } from '../../server/http/app.ts';
import { createAssets } from '../../server/http/assets.ts';
import { parseConfig, type Config } from '../../server/config.ts';
import type { Corpus, Engine, EngineResult } from '../../server/engine/types.ts';

export const FAKE_CORPUS: Corpus = {
  version: 'test',
  docs: [{ id: 'article', title: 'How long does ketamine last?', url: '/article', file: 'sources/article.txt' }],
  sections: [
    { id: 'introduction', docId: 'article', title: 'Introduction', level: 1, parentId: null, url: '/article#introduction', paragraphs: [[0, 1]], isFaq: false },
    { id: 'effects', docId: 'article', title: 'Effects <& "more">', level: 1, parentId: null, url: '/article#effects', paragraphs: [[2]], isFaq: false },
    { id: 'short-term', docId: 'article', title: 'Short-term', level: 2, parentId: 'effects', url: '/article#short-term', paragraphs: [[3]], isFaq: false },
    { id: 'faqs', docId: 'article', title: 'FAQs', level: 1, parentId: null, url: '/article#faqs', paragraphs: [[4], [5]], isFaq: true },
  ],
  sentences: [
    { id: 0, sectionId: 'introduction', paragraph: 0, text: 'Ketamine is used for depression.' },
    { id: 1, sectionId: 'introduction', paragraph: 0, text: 'It works quickly.' },
    { id: 2, sectionId: 'effects', paragraph: 0, text: 'Effects vary <script>alert(1)</script>.' },
    { id: 3, sectionId: 'short-term', paragraph: 0, text: 'Short-term effects last hours.' },
    { id: 4, sectionId: 'faqs', paragraph: 0, text: 'Is ketamine safe?' },
    { id: 5, sectionId: 'faqs', paragraph: 1, text: 'Under supervision, yes.' },
  ],
  faqs: [{ id: 'is-ketamine-safe', sectionId: 'faqs', question: 'Is ketamine safe?', answer: [5], url: '/article#is-ketamine-safe' }],
};

export const STARTERS = ['How long does ketamine last?', 'Is ketamine safe?', 'What is ketamine?', 'How fast does it work?', 'What are the side effects?', 'Is it addictive?'];

/** Deterministic Engine: "how long" questions get an answer, anything else a fallback. */
export class FakeEngine implements Engine {
  readonly corpus = FAKE_CORPUS;
  readonly messages: string[] = [];
  readonly contexts: Array<string | undefined> = [];
  /** When set, answer() throws this (to test the 500 path). */
  fail: Error | undefined;

  answer(message: string, context?: string): EngineResult {
    if (this.fail) throw this.fail;
    this.messages.push(message);
    // Like the real engine, a context it did not issue is ignored rather than trusted.
    const trusted = context?.startsWith('ctx:') ? context : undefined;
    this.contexts.push(trusted);
    const turn = this.messages.length;
    if (/how long/i.test(message)) {
      return {
        reply: {
          kind: 'answer',
          text: 'Short-term effects last hours.',
          sources: [{ title: 'Short-term', url: '/article#short-term' }],
          suggestions: ['Is ketamine safe?'],
          confidence: 0.9,
          context: `ctx:${turn}`,
        },
        trace: { sectionId: 'short-term', intent: 'duration' },
      };
    }
    return {
      reply: { kind: 'fallback', text: 'I could not find that in the article.', sources: [], suggestions: STARTERS.slice(0, 3), confidence: 0.1, context: `ctx:${turn}` },
      trace: { sectionId: null, intent: 'unknown' },
    };
  }

  suggest(partial: string, limit = 5): string[] {
    const q = partial.toLowerCase();
    return STARTERS.filter((s) => s.toLowerCase().includes(q)).slice(0, limit);
  }

  starters(): string[] {
    return STARTERS;
  }
}

/** Test config: defaults with overrides (rate limiting off unless a test turns it on). */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...parseConfig({}), rateLimitPerMin: 0, ...overrides };
}

export const WIDGET_JS = 'console.log("faqchat widget loader")';
export const fakeAssets = () =>
  createAssets([
    ['/widget.js', WIDGET_JS],
    ['/widget-panel-B3x9kQa1.js', new TextEncoder().encode('export const panel = 1;')],
  ]);

/** POST JSON helper for app.request(). */
export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** A fresh app around a FakeEngine, with its log lines captured. */
export function setup(overrides: Partial<AppOptions> = {}) {
  const engine = new FakeEngine();
  const lines: Array<Record<string, unknown>> = [];
  const app = createApp({ engine, config: testConfig(), assets: fakeAssets(), log: (l) => lines.push(l), ...overrides });
  return { app, engine, lines };
}

export async function errorOf(res: Response) {
  // Every error: JSON, one `error` key, a faqchat: message, no stack frames.
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.message).toMatch(/^faqchat: /);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/); // no stack frames
  return body.error;
}
