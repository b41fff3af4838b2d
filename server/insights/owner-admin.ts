/**
 * The owner's loop as admin API routes (mounted by admin.ts behind the admin token):
 *
 *   GET    /api/admin/sections   what a question can be linked to
 *   GET    /api/admin/edits      the edits, newest last, and the version
 *   POST   /api/admin/edits      link | answer | dismiss; the engine is rebuilt before the reply
 *   DELETE /api/admin/edits/:id  undo one
 *   GET    /api/admin/site-data  the edits as files to commit into knowledge/
 *
 * What an owner writes is plain text within OWNER_LIMITS. Text that reads as a crisis message is
 * refused: the crisis gate answers those before any section could, and nothing a visitor in
 * distress wrote becomes site data.
 */
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { linkTargets, OWNER_LIMITS, ownerSentences } from '../engine/owner.ts';
import { detectCrisis } from '../engine/safety/gate.ts';
import { analyze } from '../engine/understand/analyze.ts';
import { siteDataExport } from './export.ts';
import type { OwnerLoop } from './owner-loop.ts';
import type { NewOwnerEdit, OwnerStore } from './owner-store.ts';

const PLACEHOLDER = /\[(?:email|url|date|phone|number|handle|name)\]/;
const MARKUP = /<\/?[a-z!][^>]*>/i;

/** Owner text: NFC, no control characters, spaces folded; line breaks kept only where `multiline`. */
function cleanOwnerText(raw: string, multiline: boolean): string {
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  const lines = text.split('\n').map((l) => l.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim());
  return multiline ? lines.join('\n').replace(/\n{2,}/g, '\n').trim() : lines.join(' ').trim();
}

const ownerText = (field: string, max: number, multiline = false) =>
  z.string({ error: `faqchat: ${field} must be a string` }).transform((raw, ctx) => {
    const text = cleanOwnerText(raw, multiline);
    const reject = (message: string) => {
      ctx.addIssue({ code: 'custom', message: `faqchat: ${field} ${message}` });
      return z.NEVER;
    };
    if (text.length < 1 || text.length > max) return reject(`must be 1–${max} characters, got ${text.length}`);
    if (MARKUP.test(text)) return reject('must be plain text, without HTML tags');
    const placeholder = PLACEHOLDER.exec(text);
    if (placeholder) return reject(`still holds the placeholder ${placeholder[0]}: write it out or leave it out`);
    return text;
  });

const topic = z.string().trim().min(1).max(500).nullish().transform((t) => t ?? null);

const url = z
  .string()
  .trim()
  .max(OWNER_LIMITS.urlChars)
  .refine((u) => u === '' || /^(?:https?:\/\/[^\s<>"]+|\/[^\s<>"]*)$/.test(u), 'faqchat: url must be an http(s):// address or a path starting with /')
  .optional()
  .transform((u) => u ?? '');

const editRequest = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('link'), topic, sectionId: z.string().min(1).max(200), question: ownerText('question', OWNER_LIMITS.questionChars) }),
    z.object({
      action: z.literal('answer'),
      topic,
      question: ownerText('question', OWNER_LIMITS.questionChars),
      answer: ownerText('answer', OWNER_LIMITS.answerChars, true),
      url,
    }),
    z.object({ action: z.literal('dismiss'), topic: z.string().trim().min(1).max(500) }),
  ],
  { error: 'faqchat: action must be "link", "answer" or "dismiss"' },
);

function fail(c: Context, status: 400 | 404 | 422 | 503, code: string, message: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error: { code, message } }, status);
}

/** Whether any of these texts reads as a crisis message to the engine's own gate. */
function readsAsCrisis(...texts: Array<string | null>): boolean {
  return texts.some((t) => t !== null && detectCrisis(analyze(t)).crisis);
}

/** Adds the routes of the owner's loop to an admin app whose /api/admin/* is already authenticated. */
export function ownerRoutes(admin: Hono<any>, loop: OwnerLoop, log: (line: string) => void = console.error): void {
  const withStore = async (c: Context, work: (store: OwnerStore) => Promise<Response>) => {
    const store = await loop.store();
    if (!store) return fail(c, 503, 'owner_unavailable', 'faqchat: the insights storage is unavailable, so edits cannot be kept (see the server log)');
    try {
      return await work(store);
    } catch (error) {
      log(`faqchat: owner edit failed: ${error instanceof Error ? error.message : String(error)}`);
      return fail(c, 503, 'owner_unavailable', 'faqchat: the edit could not be kept (see the server log)');
    }
  };

  admin.get('/api/admin/sections', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ sections: linkTargets(loop.base), limits: OWNER_LIMITS });
  });

  admin.get('/api/admin/edits', (c) =>
    withStore(c, async (store) => {
      c.header('Cache-Control', 'no-store');
      return c.json({ version: await store.version(), edits: await store.list() });
    }),
  );

  admin.post('/api/admin/edits', bodyLimit({ maxSize: 16 * 1024, onError: (c) => fail(c, 400, 'invalid_body', 'faqchat: the body is too large') }), async (c) => {
    const body = await c.req.json().catch(() => undefined);
    const parsed = editRequest.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue && issue.path.length > 0 ? String(issue.path[0]) : 'body';
      const message = issue?.message.startsWith('faqchat: ') ? issue.message : `faqchat: ${field} is invalid (${issue?.message ?? 'bad request'})`;
      return fail(c, 400, `invalid_${field}`, message);
    }
    const req = parsed.data;
    let edit: NewOwnerEdit;
    if (req.action === 'link') {
      if (!linkTargets(loop.base).some((t) => t.id === req.sectionId)) {
        return fail(c, 400, 'invalid_sectionId', `faqchat: no section or FAQ pair has the id ${JSON.stringify(req.sectionId)}`);
      }
      edit = { action: 'link', topic: req.topic, sectionId: req.sectionId, question: req.question, answer: null, url: null };
    } else if (req.action === 'answer') {
      const sentences = ownerSentences(req.answer).length;
      if (sentences > OWNER_LIMITS.answerSentences) {
        return fail(c, 400, 'invalid_answer', `faqchat: answer must be at most ${OWNER_LIMITS.answerSentences} sentences (one reply shows that many), got ${sentences}`);
      }
      const question = /[?？]$/.test(req.question) ? req.question : `${req.question}?`;
      edit = { action: 'answer', topic: req.topic, sectionId: null, question, answer: req.answer, url: req.url };
    } else {
      edit = { action: 'dismiss', topic: req.topic, sectionId: null, question: null, answer: null, url: null };
    }
    if (readsAsCrisis(edit.question, edit.answer)) {
      return fail(c, 422, 'crisis_text', 'faqchat: this reads as a crisis message; the crisis reply answers such messages, so it cannot become site data');
    }
    return withStore(c, async (store) => {
      const saved = await store.add(edit);
      const { version, rebuildMs } = await loop.sync();
      c.header('Cache-Control', 'no-store');
      return c.json({ edit: saved, version, rebuildMs }, 201);
    });
  });

  admin.delete('/api/admin/edits/:id', (c) =>
    withStore(c, async (store) => {
      const id = c.req.param('id');
      if (!/^[0-9a-f]{1,64}$/.test(id) || !(await store.remove(id))) return fail(c, 404, 'not_found', 'faqchat: no edit has that id');
      const { version, rebuildMs } = await loop.sync();
      c.header('Cache-Control', 'no-store');
      return c.json({ version, rebuildMs });
    }),
  );

  admin.get('/api/admin/site-data', (c) =>
    withStore(c, async (store) => {
      c.header('Cache-Control', 'no-store');
      return c.json(siteDataExport(loop.base, await store.list()));
    }),
  );
}
