/**
 * The golden set and the current knowledge build, without the engine: what the golden-set
 * consistency tests need even before the engine exists.
 */
import { DEFAULT_PATHS, ensureKnowledgeBuilt } from '../../knowledge/build.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';
import type { KnowledgeBuild } from '../../server/engine/engine.ts';
import * as golden from '../golden/index.ts';
import type { GoldenSet } from './evaluate.ts';

/** The golden set, by category, from tests/golden/. */
export function goldenSet(): GoldenSet {
  return {
    inscope: golden.inscope,
    outOfScopeInDomain: golden.outOfScopeInDomain,
    outOfScopeOffDomain: golden.outOfScopeOffDomain,
    crisis: golden.crisis,
    nonCrisis: golden.nonCrisis,
    referral: golden.referral,
    smalltalk: golden.smalltalk,
    dialogues: golden.dialogues,
  };
}

/** The corpus of the current knowledge build, building it first when it is missing or stale. */
export function loadCorpus(log: (line: string) => void = () => {}): KnowledgeBuild {
  ensureKnowledgeBuilt(DEFAULT_PATHS, log);
  return loadKnowledgeBuild(DEFAULT_PATHS.outDir);
}
