/**
 * Node side of the `workers` project (runs before workerd starts): builds what the worker bundles
 * and serves (knowledge, widget, _headers), then answers a sample of the golden set with the Node
 * engine so the tests inside workerd can compare the edge's replies to these, turn by turn.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { TestProject } from 'vitest/node';
import { createEngine } from '../../server/engine/engine.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';
import { cleanText } from '../../server/http/validate.ts';
import { buildEdge } from '../../server/edge/build.ts';
import { goldenSample, type NodeConversation } from './sample.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The golden sample as the Node engine answers it (see global-setup.ts). */
    nodeConversations: NodeConversation[];
    /** Bytes of the deployable worker script (`wrangler deploy --dry-run`), raw and gzipped. */
    bundle: { bytes: number; gzipBytes: number };
  }
}

export default async function setup(project: TestProject): Promise<void> {
  await buildEdge(() => {});
  const engine = createEngine(loadKnowledgeBuild('build/knowledge'));
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
  project.provide('bundle', measureBundle());
}

/** Bundles the worker exactly as `npm run deploy` would (offline, nothing uploaded) and measures it. */
function measureBundle(): { bytes: number; gzipBytes: number } {
  const out = mkdtempSync(join(tmpdir(), 'faqchat-edge-'));
  try {
    execFileSync('node_modules/.bin/wrangler', ['deploy', '--dry-run', '--outdir', out], {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
      stdio: 'pipe',
    });
    const script = readFileSync(join(out, 'worker.js'));
    return { bytes: script.length, gzipBytes: gzipSync(script).length };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
