/**
 * The HTTP contract against the real engine and the seed article's knowledge build (loaded once).
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/http/app.ts';
import { DEFAULTS } from '../../server/config.ts';
import { postJson, testConfig } from './fake-engine.ts';
import { realEngine } from './engine.ts';

const engine = realEngine();
const app = createApp({ engine, config: testConfig(), log: () => {} });
const chat = async (body: Record<string, unknown>) => {
  const res = await app.request('/api/chat', postJson(body));
  expect(res.status).toBe(200);
  return res.json();
};

describe('real engine over HTTP', () => {
  it('answers the article’s main question with sources that point at anchors on the demo page', async () => {
    const reply = await chat({ message: 'How long does ketamine last for depression?' });
    expect(reply.kind).toBe('answer');
    expect(reply.sources.length).toBeGreaterThan(0);
    const page = await (await app.request('/article')).text();
    for (const source of reply.sources as Array<{ url: string }>) {
      const [path, anchor] = source.url.split('#');
      expect(path).toBe('/article');
      expect(page).toContain(`id="${anchor}"`);
    }
  });

  it('a follow-up with the returned context works; the same context tampered with is ignored, not an error', async () => {
    const first = await chat({ message: 'How long does ketamine last for depression?' });
    const follow = await chat({ message: 'tell me more', sessionId: first.sessionId, context: first.context });
    expect(follow.sessionId).toBe(first.sessionId);
    const ctx: string = first.context;
    const tampered = ctx.slice(0, -3) + (ctx.endsWith('A') ? 'BBB' : 'AAA');
    const fresh = await chat({ message: 'tell me more' });
    const forged = await chat({ message: 'tell me more', context: tampered });
    expect(forged.kind).toBe(fresh.kind);
    expect(forged.text).toBe(fresh.text);
  });

  it('the context the engine returns always fits what the API accepts back', async () => {
    // Two long non-Latin messages make the largest context (the engine keeps recent messages).
    const long = '抑郁症的氯胺酮治疗会持续多久'.repeat(35).slice(0, DEFAULTS.messageMaxChars);
    const first = await chat({ message: long });
    const second = await chat({ message: long, context: first.context });
    expect(second.context.length).toBeLessThanOrEqual(DEFAULTS.contextMaxChars);
    await chat({ message: 'how long does it last?', context: second.context });
  });

  it('a crisis message gets crisis resources first', async () => {
    const reply = await chat({ message: 'I want to kill myself' });
    expect(reply.kind).toBe('crisis');
    expect(reply.text).toMatch(/988/);
  });

  it('typeahead suggests answerable questions, at most 5; no q gives the starters', async () => {
    const typed = await (await app.request('/api/suggest?q=how%20long')).json();
    expect(typed.suggestions.length).toBeGreaterThan(0);
    expect(typed.suggestions.length).toBeLessThanOrEqual(5);
    const starters = await (await app.request('/api/suggest')).json();
    expect(starters.suggestions).toEqual(engine.starters().slice(0, 5));
  });

  it('the demo page renders every section and FAQ anchor of the corpus', async () => {
    const page = await (await app.request('/')).text();
    for (const section of engine.corpus.sections) expect(page).toContain(`id="${section.id}"`);
    for (const faq of engine.corpus.faqs) expect(page).toContain(`id="${faq.id}"`);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    // Typographic quotes from the article survive (escaped only where HTML needs it).
    expect(page).not.toMatch(/&amp;(lt|gt|amp);/);
  });
});
