/**
 * The engine's opaque `context` string travels through the visitor's browser between turns. Here it
 * gets a keyed signature (HMAC-SHA-256 over Web Crypto, so Node and Workers compute the same) under a
 * server secret, and a context that comes back without a valid one is dropped before the engine sees
 * it: the visitor gets a new conversation, never an error. A client therefore cannot forge or edit a
 * context (a crisis flag, said sentences), only replay one this server issued.
 *
 * Wire form: `<context>.<mac>`, the MAC as 43 base64url characters. The engine's own validation of
 * what is inside still runs; this layer only decides whether the engine gets to read it.
 */

import { MAX_CONTEXT_CHARS } from '../engine/context-limit.ts';

/** Separates the context from its MAC; the engine's contexts are base64url and never contain it. */
const SEPARATOR = '.';
/** base64url of 32 bytes, without padding. */
const MAC_CHARS = 43;
/** Domain separation: this key signs contexts and nothing else. */
const LABEL = 'faqchat-context-v1\u0000';

/** Characters a sealed context adds to the engine's. */
export const SEAL_OVERHEAD = SEPARATOR.length + MAC_CHARS;

/** The longest context a client can send back: the engine's longest, sealed. */
export const MAX_SEALED_CONTEXT_CHARS = MAX_CONTEXT_CHARS + SEAL_OVERHEAD;

const encoder = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const bin = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** A fresh 256-bit secret as hex, for a server started without CONTEXT_SECRET. */
export function randomContextSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ContextSealer {
  /** `context` with its MAC appended; an empty context stays empty. */
  seal(context: string): Promise<string>;
  /** The engine's context when the MAC is valid; undefined for anything else (missing, edited, foreign, malformed). */
  open(sealed: string | null | undefined): Promise<string | undefined>;
}

/**
 * HMAC-SHA-256 of `data` keyed by `key` (both UTF-8), computed synchronously. Node passes node:crypto's:
 * a seal and an open cost ~15 µs with it against ~250 µs through Web Crypto's async round trips on
 * Node (measured on 2 cores). The bytes are the same, so
 * Node and Workers instances that share a secret accept each other's contexts.
 */
export type SyncHmac = (key: string, data: string) => Uint8Array;

/** Equal bytes, compared in constant time. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Splits a sealed context into the context and its MAC bytes; null when it is not of that form. */
function unseal(sealed: string | null | undefined): { context: string; mac: Uint8Array<ArrayBuffer> } | null {
  if (typeof sealed !== 'string' || sealed.length <= SEAL_OVERHEAD) return null;
  const cut = sealed.length - MAC_CHARS - 1;
  if (sealed[cut] !== SEPARATOR) return null;
  const mac = fromBase64Url(sealed.slice(cut + 1));
  return mac && mac.length === 32 ? { context: sealed.slice(0, cut), mac } : null;
}

/**
 * A sealer keyed by `secret` (any string; CONTEXT_SECRET or `randomContextSecret()`). Web Crypto by
 * default; `hmac` swaps in a synchronous implementation of the same function.
 *
 * @example const sealer = contextSealer(secret); const wire = await sealer.seal(ctx); await sealer.open(wire) // ctx
 */
export function contextSealer(secret: string, options: { hmac?: SyncHmac } = {}): ContextSealer {
  const { hmac } = options;
  if (hmac) {
    return {
      async seal(context) {
        return context === '' ? '' : `${context}${SEPARATOR}${toBase64Url(hmac(secret, LABEL + context))}`;
      },
      async open(sealed) {
        const parts = unseal(sealed);
        return parts && sameBytes(hmac(secret, LABEL + parts.context), parts.mac) ? parts.context : undefined;
      },
    };
  }
  const key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const data = (context: string) => encoder.encode(LABEL + context);
  return {
    async seal(context) {
      if (context === '') return '';
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await key, data(context)));
      return `${context}${SEPARATOR}${toBase64Url(mac)}`;
    },
    async open(sealed) {
      const parts = unseal(sealed);
      if (!parts) return undefined;
      // verify() compares in constant time.
      const valid = await crypto.subtle.verify('HMAC', await key, parts.mac, data(parts.context));
      return valid ? parts.context : undefined;
    },
  };
}
