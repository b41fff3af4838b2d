/**
 * Vitest globalSetup (node and e2e projects): make sure build/knowledge is current before any test
 * loads it. Rebuilds only when a source or the pipeline changed; prints one line when it does.
 */
import { ensureKnowledgeBuilt } from '../../knowledge/build.ts';

export default function setup(): void {
  ensureKnowledgeBuilt();
}
