/**
 * Calls the worker's own `fetch` inside workerd with the real bindings (local D1, rate limiters)
 * and waits for its background work (insights writes via ctx.waitUntil) before returning.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../../server/edge/worker.ts';

let nextIp = 1;

/** A client address no other request of this run uses, so each request has a fresh rate budget. */
export function freshIp(): string {
  const n = nextIp++;
  return `198.51.${(n >> 8) & 255}.${n & 255}`;
}

export interface CallOptions extends RequestInit {
  /** CF-Connecting-IP, the rate-limit key; default: a fresh one. */
  ip?: string;
}

export async function call(path: string, options: CallOptions = {}): Promise<Response> {
  const { ip = freshIp(), ...init } = options;
  const headers = new Headers(init.headers);
  headers.set('CF-Connecting-IP', ip);
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`https://faqchat.example${path}`, { ...init, headers }), env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

export function postJson(path: string, body: unknown, options: CallOptions = {}): Promise<Response> {
  return call(path, {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(options.headers as Record<string, string> | undefined) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The API's 200 chat body (server/http/app.ts ChatResponse). */
export interface ChatBody {
  sessionId: string;
  messageId: string;
  kind: string;
  text: string;
  sources: Array<{ title: string; url: string }>;
  suggestions: string[];
  confidence: number;
  context: string;
}

export async function chat(message: string, extra: { context?: string; sessionId?: string; ip?: string } = {}): Promise<ChatBody> {
  const { ip, ...body } = extra;
  const res = await postJson('/api/chat', { message, ...body }, ip ? { ip } : {});
  if (res.status !== 200) throw new Error(`faqchat test: /api/chat answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as ChatBody;
}
