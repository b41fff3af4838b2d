/**
 * The safety look-back's vocabulary: what the context keeps of each visitor message is a set of
 * flags, never its words (server/engine/context.ts stores them; detect.ts reads and makes them).
 */
export const CUE = { crisis: 1, distress: 2, means: 4, time: 8, past: 16, concern: 32, topic: 64 } as const;
/** Every cue mask is below this. */
export const CUE_LIMIT = 128;
/** How many earlier messages the look-back reads. */
export const LOOKBACK = 4;
