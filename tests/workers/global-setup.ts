/**
 * Node side of the `workers` project (runs before workerd starts): builds what the worker bundles
 * and serves (knowledge, widget, _headers), then answers a sample of the golden set with the Node
 * engine so the tests inside workerd can compare the edge's replies to these, turn by turn.
 */
import type { TestProject } from 'vitest/node';
import { createEngine } from '../../server/engine.ts';
import { loadKnowledgeBuild } from '../../server/load.ts';
import { cleanText } from '../../server/validate.ts';
import { buildEdge } from '../../server/edge-build.ts';
import { goldenSample, type NodeConversation } from './sample.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The golden sample as the Node engine answers it (see global-setup.ts). */
    nodeConversations: NodeConversation[];
  }
}

export default async function setup(project: TestProject): Promise<void> {
  await buildEdge(() => {});
  const { corpus, indexJson } = loadKnowledgeBuild('build/knowledge');
  const engine = createEngine(corpus, indexJson);
  const conversations: NodeConversation[] = goldenSample().map(({ name, turns }) => {
    let context: string | undefined;
    return {
      name,
      turns: turns.map(({ q, kind: expected }) => {
        // The API cleans the message (NFC, controls dropped) before the engine sees it; so does this.
        const { reply } = engine.answer(cleanText(q), context);
        context = reply.context;
        return { q, expected, kind: reply.kind, text: reply.text, sources: reply.sources.map((s) => s.url) };
      }),
    };
  });
  project.provide('nodeConversations', conversations);
}
