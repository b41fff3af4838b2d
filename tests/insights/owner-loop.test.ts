/**
 * The owner's loop on the Node server, end to end over HTTP: a question the article cannot answer
 * shows up on the report, the owner answers it (or links it, or dismisses it) on /admin, and the
 * very next visitor gets the answer, without a restart; the edits survive a restart and export as
 * site data the knowledge pipeline reads back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { parseConfig } from '../../server/config.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';
import { startServer, type RunningServer } from '../../server/node/server.ts';
import type { InsightsReport } from '../../server/engine/types.ts';
import type { SiteDataExport } from '../../server/insights/export.ts';
import type { OwnerEdit } from '../../server/insights/owner-store.ts';
import { tempDir } from './helpers.ts';

const TOKEN = 'owner-loop-admin-token-0123456789';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const QUESTION = 'Does insurance cover ketamine treatment?';
const ANSWER = 'Some plans do. Call our front desk and we will check yours before the first visit.';

let data: { dir: string; cleanup: () => void };
let server: RunningServer;

async function start(): Promise<RunningServer> {
  const config = { ...parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MIN: '0', ADMIN_TOKEN: TOKEN, DATA_DIR: data.dir }), port: 0, host: '127.0.0.1' };
  return startServer({ config, signals: false, shutdownGraceMs: 200 });
}

async function chat(message: string): Promise<{ kind: string; text: string; sources: Array<{ title: string; url: string }> }> {
  const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message }) });
  expect(res.status).toBe(200);
  return res.json();
}

/** The report once the background store writes of earlier chats have landed. */
async function report(query = ''): Promise<InsightsReport> {
  await new Promise((r) => setTimeout(r, 30));
  const res = await fetch(`${server.url}/api/admin/insights${query}`, { headers: AUTH });
  expect(res.status).toBe(200);
  return res.json();
}

async function edit(body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/admin/edits`, { method: 'POST', headers: { ...AUTH, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

beforeAll(async () => {
  data = tempDir();
  server = await start();
});

afterAll(async () => {
  await server.close();
  data.cleanup();
});

describe('the owner answers an unanswered question, live', () => {
  let topic = '';
  let answerEdit: OwnerEdit;

  it('lists the question the article cannot answer, and no acknowledgement', async () => {
    expect((await chat(QUESTION)).kind).toBe('fallback');
    for (const ack of ['ok', 'cool', 'k', 'ok cool 👍']) expect((await chat(ack)).kind).not.toBe('answer');
    const { unanswered } = await report();
    const group = unanswered.find((u) => u.example === QUESTION);
    expect(group).toBeDefined();
    topic = group!.topic;
    expect(unanswered.map((u) => u.example)).not.toEqual(expect.arrayContaining(['ok']));
    expect(unanswered.some((u) => ['ok', 'cool', 'k', 'ok cool 👍'].includes(u.example))).toBe(false);
  });

  it('answers it with an owner-written pair: the next visitor gets it, cited as the site FAQ', async () => {
    const res = await edit({ action: 'answer', topic, question: QUESTION, answer: ANSWER, url: 'https://clinic.example/billing' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { edit: OwnerEdit; version: number; rebuildMs: number };
    expect(body.rebuildMs).toEqual(expect.any(Number));
    answerEdit = body.edit;
    const reply = await chat('does my insurance cover ketamine treatment?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('Some plans do.');
    expect(reply.sources).toEqual([{ title: "this site's FAQ", url: 'https://clinic.example/billing' }]);
    // The resolved group leaves the list (until it is asked again in a later hour).
    expect((await report()).unanswered.some((u) => u.topic === topic)).toBe(false);
  });

  it('links another unanswered question to the section that answers it', async () => {
    const question = 'Is ketamine addictive?';
    expect((await chat(question)).kind).toBe('fallback');
    const sections = (await (await fetch(`${server.url}/api/admin/sections`, { headers: AUTH })).json()) as { sections: Array<{ id: string; title: string }> };
    const target = sections.sections.find((s) => /what is ketamine/i.test(s.title));
    expect(target).toBeDefined();
    const group = (await report()).unanswered.find((u) => u.example === question)!;
    expect((await edit({ action: 'link', topic: group.topic, sectionId: target!.id, question })).status).toBe(201);
    const reply = await chat(question);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]!.url).toContain(`#${target!.id}`);
  });

  it('dismisses a group', async () => {
    expect((await chat('do you sell gift cards for the clinic')).kind).toBe('fallback');
    const group = (await report()).unanswered.find((u) => u.example.includes('gift cards'))!;
    const res = await edit({ action: 'dismiss', topic: group.topic });
    expect(res.status).toBe(201);
    // Nothing the bot knows changed: no rebuild.
    expect(((await res.json()) as { rebuildMs: number }).rebuildMs).toBe(0);
    expect((await report()).unanswered.some((u) => u.topic === group.topic)).toBe(false);
  });

  it('refuses crisis text, placeholders, markup, long answers and unknown sections', async () => {
    const cases: Array<[unknown, number, string]> = [
      [{ action: 'answer', question: 'I want to kill myself', answer: 'Call us.' }, 422, 'crisis_text'],
      [{ action: 'link', sectionId: 'introduction', question: 'i want to end my life' }, 422, 'crisis_text'],
      [{ action: 'link', sectionId: 'introduction', question: 'mail [email] about it' }, 400, 'invalid_question'],
      [{ action: 'answer', question: 'Parking?', answer: 'Park <b>here</b>.' }, 400, 'invalid_answer'],
      [{ action: 'answer', question: 'Parking?', answer: 'One. Two. Three. Four.' }, 400, 'invalid_answer'],
      [{ action: 'answer', question: 'Parking?', answer: 'x'.repeat(601) }, 400, 'invalid_answer'],
      [{ action: 'answer', question: 'Parking?', answer: 'Behind the clinic.', url: 'javascript:alert(1)' }, 400, 'invalid_url'],
      [{ action: 'link', sectionId: 'no-such-section', question: 'Parking?' }, 400, 'invalid_sectionId'],
      [{ action: 'rename' }, 400, 'invalid_action'],
    ];
    for (const [body, status, code] of cases) {
      const res = await edit(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code, JSON.stringify(body)).toBe(code);
    }
    const anonymous = await fetch(`${server.url}/api/admin/edits`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"dismiss","topic":"x"}' });
    expect(anonymous.status).toBe(401);
  });

  it('keeps the edits across a restart', async () => {
    await server.close();
    server = await start();
    expect((await chat(QUESTION)).sources[0]?.title).toBe("this site's FAQ");
    const { edits } = (await (await fetch(`${server.url}/api/admin/edits`, { headers: AUTH })).json()) as { edits: OwnerEdit[] };
    expect(edits.map((e) => e.action)).toEqual(['answer', 'link', 'dismiss']);
  });

  it('exports the edits as site data the knowledge pipeline reads back', async () => {
    const res = await fetch(`${server.url}/api/admin/site-data`, { headers: AUTH });
    expect(res.status).toBe(200);
    const exported = (await res.json()) as SiteDataExport;
    const linked = Object.values(exported.questions.sections).flat();
    expect(linked).toContain('Is ketamine addictive?');
    expect(exported.sources).toHaveLength(1);
    const [source] = exported.sources;
    expect(source!.entry).toEqual({ file: 'sources/site-faq.md', title: "this site's FAQ", url: 'https://clinic.example/billing' });
    const corpus = buildCorpus([{ entry: { id: 'site-faq', levels: {}, ...source!.entry }, text: source!.content }], 'v');
    expect(corpus.faqs.map((f) => f.question)).toEqual([QUESTION]);
    expect(corpus.faqs[0]!.answer.map((sid) => corpus.sentences[sid]!.text).join(' ')).toBe(ANSWER);
  });

  it('undoes an edit: the question is unanswered again', async () => {
    const res = await fetch(`${server.url}/api/admin/edits/${answerEdit.id}`, { method: 'DELETE', headers: AUTH });
    expect(res.status).toBe(200);
    expect((await chat(QUESTION)).kind).toBe('fallback');
    expect((await fetch(`${server.url}/api/admin/edits/${answerEdit.id}`, { method: 'DELETE', headers: AUTH })).status).toBe(404);
  });
});

describe('the report: date range and CSV', () => {
  it('validates from/to and reports only the days asked', async () => {
    for (const [query, code] of [['?from=2025-02-30', 'invalid_from'], ['?to=yesterday', 'invalid_to'], ['?from=2025-06-02&to=2025-06-01', 'invalid_from']]) {
      const res = await fetch(`${server.url}/api/admin/insights${query}`, { headers: AUTH });
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
    const today = new Date().toISOString().slice(0, 10);
    const one = await report(`?from=${today}&to=${today}`);
    expect([one.from, one.to, one.perDay.length]).toEqual([today, today, 1]);
    // A range reaching past what is kept is clamped to the retention window.
    const wide = await report('?from=2000-01-01');
    expect(wide.from).toBe(wide.kept.from);
  });

  it('exports a table as CSV, with visitors\' words unable to act as formulas', async () => {
    await chat('=HYPERLINK("http://evil.example") how much does it cost');
    const res = await fetch(`${server.url}/api/admin/insights.csv?table=unanswered`, { headers: AUTH });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(res.headers.get('Content-Disposition')).toMatch(/attachment; filename="faqchat-unanswered-/);
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe('times_asked,fallback,clarify,key_words,example,last_seen');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect((await fetch(`${server.url}/api/admin/insights.csv?table=secrets`, { headers: AUTH })).status).toBe(400);
  });
});

describe('the human route', () => {
  it('offers the site contact with the starters, and only there', async () => {
    const base = loadKnowledgeBuild('build/knowledge');
    const contact = { kind: 'email' as const, value: 'help@clinic.example', label: 'Email the clinic' };
    const config = { ...parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MIN: '0' }), port: 0, host: '127.0.0.1' };
    const withContact = await startServer({ config, store: false, signals: false, knowledge: { ...base, site: { ...base.site, contact } } });
    try {
      expect(await (await fetch(`${withContact.url}/api/suggest`)).json()).toEqual({ suggestions: expect.any(Array), contact });
      expect(await (await fetch(`${withContact.url}/api/suggest?q=how%20long`)).json()).not.toHaveProperty('contact');
    } finally {
      await withContact.close();
    }
    expect(await (await fetch(`${server.url}/api/suggest`)).json()).not.toHaveProperty('contact');
  });
});
