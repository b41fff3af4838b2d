/**
 * A conversation in distress: one in which the engine gave a crisis reply, or the gentler `concern`
 * reply that also shows crisis resources. The store learns it from the reply's kind, never by reading
 * the visitor's words, and from then on keeps no text of that conversation (server/insights/record.ts).
 */

/** Reply kinds that put a conversation into distress for storage. */
export const DISTRESS_KINDS = ['crisis', 'concern'] as const;
export type DistressKind = (typeof DISTRESS_KINDS)[number];

/**
 * Whether a reply of this kind puts its conversation into distress. Takes any string so a kind the
 * engine adds later is matched by name, not by the type this file was compiled against.
 *
 * @example isDistressKind('concern') // true
 */
export function isDistressKind(kind: string): kind is DistressKind {
  return (DISTRESS_KINDS as readonly string[]).includes(kind);
}

/**
 * What the distress marker of a session is hashed from. A different input than the session hash of
 * `replies`, so the marker table cannot be joined to any reply row without the raw session id, which
 * only the visitor's browser holds.
 */
export function distressMarkerInput(sessionId: string): string {
  return `distress\u0000${sessionId}`;
}
