/**
 * The real engine for the integration tests, loaded from the knowledge build once per test file
 * (the node project's globalSetup makes sure build/knowledge is current).
 */
import { fileURLToPath } from 'node:url';
import { createEngine } from '../../server/engine/engine.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';
import type { Engine } from '../../server/engine/types.ts';

let cached: Engine | undefined;

export function realEngine(): Engine {
  if (!cached) {
    cached = createEngine(loadKnowledgeBuild(fileURLToPath(new URL('../../build/knowledge', import.meta.url))));
  }
  return cached;
}
