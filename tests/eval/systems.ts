/**
 * Everything an evaluation run needs, loaded the way the server loads it: the knowledge build
 * (rebuilt first when missing or stale), faqchat's engine on it, the naive peer on the same corpus.
 */
import { createEngine } from '../../server/engine/engine.ts';
import type { Corpus, Engine } from '../../server/engine/types.ts';
import { engineSystem, type EvalSystem } from './evaluate.ts';
import { loadCorpus } from './load.ts';
import { naivePeer } from './naive.ts';

export { goldenSet } from './load.ts';

export interface EvalSystems {
  corpus: Corpus;
  engine: Engine;
  faqchat: EvalSystem;
  naive: EvalSystem;
}

/** faqchat's engine and the naive peer, both on the current build. */
export function loadSystems(log: (line: string) => void = () => {}): EvalSystems {
  const build = loadCorpus(log);
  const { corpus } = build;
  const engine = createEngine(build);
  return { corpus, engine, faqchat: engineSystem(engine), naive: naivePeer(corpus) };
}
