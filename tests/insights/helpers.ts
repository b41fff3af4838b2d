import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeedbackEvent, ReplyEvent } from '../../server/engine/types.ts';

/** A fresh folder under the OS temp dir; `cleanup` removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'faqchat-insights-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function reply(overrides: Partial<ReplyEvent> = {}): ReplyEvent {
  return {
    at: new Date('2025-06-15T10:23:45Z'),
    sessionId: 'session-a',
    messageId: `msg-${Math.random().toString(36).slice(2)}`,
    kind: 'answer',
    sectionId: 'side-effects',
    confidence: 0.8,
    question: 'What are the side effects?',
    ...overrides,
  };
}

export function feedback(overrides: Partial<FeedbackEvent> & Pick<FeedbackEvent, 'messageId'>): FeedbackEvent {
  return { at: new Date('2025-06-15T10:25:00Z'), sessionId: 'session-a', helpful: true, ...overrides };
}
