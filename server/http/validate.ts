/**
 * Request schemas (zod) for the HTTP API, and the zod-validator hook that turns a failed parse into
 * one 400 FaqchatError. Text is cleaned before its length is checked, so "   " is empty and a
 * message padded with control characters is measured without them.
 */
import { z } from 'zod';
import { DEFAULTS } from '../config.ts';
import { FaqchatError } from './errors.ts';

// C0/C1 controls and DEL; line breaks and tabs become spaces so words around them stay apart.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
const BREAKS = /[\t\n\r\u2028\u2029]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Cleans visitor text: well-formed UTF-16 (lone surrogates → U+FFFD), NFC, control characters
 * dropped, whitespace runs folded, trimmed.
 *
 * @example cleanText('  caf\u0065\u0301\u0000 ?\n') // 'café ?'
 */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC')
    .replace(BREAKS, ' ')
    .replace(CONTROL, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Length in characters (code points), the unit the limits are stated in. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Opaque ids: ours are crypto.randomUUID(); other clients may send their own of this shape. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

const typed = (field: string, type: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `faqchat: ${field} is required` : `faqchat: ${field} must be ${type}`;

const message = z.string({ error: typed('message', 'a string') }).transform((raw, ctx) => {
  const text = cleanText(raw);
  const n = charCount(text);
  if (n < 1 || n > DEFAULTS.messageMaxChars) {
    ctx.addIssue({ code: 'custom', message: `faqchat: message must be 1–${DEFAULTS.messageMaxChars} characters, got ${n}` });
    return z.NEVER;
  }
  return text;
});

const id = (field: string) =>
  z
    .string({ error: typed(field, 'a string') })
    .regex(ID_PATTERN, `faqchat: ${field} must be 8–128 letters, digits, "-" or "_"`);

/** null and "" mean "no context yet"; the content is opaque and the engine distrusts it. */
const context = z
  .string({ error: typed('context', 'a string') })
  .max(DEFAULTS.contextMaxChars, `faqchat: context must be at most ${DEFAULTS.contextMaxChars} characters`)
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'faqchat: context must not contain control characters')
  .nullish()
  .transform((s) => (s ? s : undefined));

const object = { error: 'faqchat: the body must be a JSON object' };

/** POST /api/chat body. Unknown keys are dropped. */
export const chatRequest = z.object(
  {
    message,
    sessionId: id('sessionId').nullish().transform((s) => s ?? undefined),
    context,
  },
  object,
);

/** POST /api/feedback body. */
export const feedbackRequest = z.object(
  {
    sessionId: id('sessionId'),
    messageId: id('messageId'),
    helpful: z.boolean({ error: typed('helpful', 'true or false') }),
  },
  object,
);

/** GET /api/suggest query: `q` is optional (no q → the starter questions). */
export const suggestQuery = z.object({
  q: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const text = cleanText(raw ?? '');
      if (charCount(text) > DEFAULTS.suggestMaxChars) {
        ctx.addIssue({ code: 'custom', message: `faqchat: q must be at most ${DEFAULTS.suggestMaxChars} characters` });
        return z.NEVER;
      }
      return text;
    }),
});

/**
 * zValidator hook: the first issue becomes a 400 `invalid_<field>` error (`invalid_body` when the
 * body itself has the wrong shape).
 */
export function rejectInvalid(result: {
  success: boolean;
  error?: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> };
}): void {
  if (result.success) return;
  const issue = result.error?.issues[0];
  const field = issue && issue.path.length > 0 ? String(issue.path[0]) : 'body';
  let text = issue?.message ?? 'invalid request';
  if (!text.startsWith('faqchat: ')) text = `faqchat: ${field} is invalid (${text})`;
  throw new FaqchatError(`invalid_${field}`, 400, text);
}

/** Accepts `application/json` and `application/*+json`, with parameters; anything else is 415. */
export function requireJson(c: { req: { header(name: string): string | undefined } }): void {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!/^application\/([\w.-]+\+)?json$/.test(type)) {
    throw new FaqchatError('unsupported_media_type', 415, `send the body as application/json, got ${type ? JSON.stringify(type.slice(0, 60)) : 'no Content-Type'}`);
  }
}
