/**
 * The safety gate on the repository's site data, for tests: `earlier` messages (plain strings) are
 * read in order first, as a conversation would send them, and only their cue flags are passed on.
 */
import { analyze } from '../../server/engine/understand/analyze.ts';
import { createCrisisGate } from '../../server/engine/safety/detect.ts';
import type { Analysis, CrisisSignal } from '../../server/engine/types.ts';
import { SITE } from '../setup/site.ts';

export const gate = createCrisisGate(SITE.safety, SITE.domain);

/** Cue flags of a conversation's messages, each read with the flags before it. */
export function cuesOf(earlier: readonly string[]): number[] {
  const masks: number[] = [];
  for (const t of earlier) masks.push(gate.assess(analyze(t), masks).cues);
  return masks;
}

export function detectCrisis(a: Analysis, earlier: string[] = []): CrisisSignal {
  return gate.assess(a, cuesOf(earlier)).signal;
}

/** The gate shows resources (the crisis card or the check-in) for `q` after `earlier`. */
export function resourcesShown(q: string, earlier: string[] = []): boolean {
  const s = detectCrisis(analyze(q), earlier);
  return s.crisis || s.concern;
}
