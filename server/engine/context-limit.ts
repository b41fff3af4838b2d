/**
 * Longest conversation context, in characters: the engine ignores a longer one unread, the HTTP
 * layer rejects it, and the encoder never makes one (server/engine/context.ts drops the oldest
 * look-back, then the oldest sentences said, then terms, before the support flag could go). Its own
 * module so the HTTP layer and the config read it without loading the engine.
 */
export const MAX_CONTEXT_CHARS = 1024;
