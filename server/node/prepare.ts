/**
 * `npm run build`, and the slow path of `npm start` (server/node/start.mjs runs this when a source changed
 * since the last start): brings every build up to date, each only when it is missing or stale —
 * build/knowledge (version hash of sources + pipeline), build/widget (sources newer than the build),
 * build/server (hash of the server code and the knowledge data it bakes in).
 *
 * Exit status: 0 all current, 1 a build failed (nothing can be served), 3 the widget failed to build
 * (the server still runs, without a chat button on the demo page).
 *
 *   npm run build               # what is stale
 *   npm run build -- --force    # everything
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledge, ensureKnowledgeBuilt, summary } from '../../knowledge/build.ts';
import { freshWidgetBuild } from '../../widget/fresh.ts';
import { buildServerBundle, ensureServerBundle, SERVER_BUNDLE_ENTRY } from './bundle.ts';

export interface PrepareResult {
  knowledge: 'built' | 'fresh';
  widget: 'built' | 'fresh' | 'failed';
  server: 'built' | 'fresh';
}

/**
 * Builds what is stale (everything with `force`). Throws on a knowledge or server build failure; a
 * widget failure is logged and reported in the result.
 *
 * @example await prepareBuilds() // { knowledge: 'fresh', widget: 'fresh', server: 'built' }
 */
export async function prepareBuilds(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<PrepareResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const t0 = performance.now();
  let knowledge: PrepareResult['knowledge'];
  if (options.force) {
    const result = buildKnowledge(undefined, { force: true });
    log(`faqchat: knowledge ${summary(result.corpus, t0)}`);
    knowledge = 'built';
  } else knowledge = ensureKnowledgeBuilt(undefined, log).status;

  let widget: PrepareResult['widget'] = 'fresh';
  if (options.force || !freshWidgetBuild()) {
    const t1 = performance.now();
    try {
      // Vite is loaded only when there is something to build.
      const { buildWidget } = await import('../../widget/build.ts');
      await buildWidget();
      widget = 'built';
      log(`faqchat: widget built (${seconds(t1)})`);
    } catch (err) {
      widget = 'failed';
      log(`faqchat: widget build failed (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); the demo page will have no chat widget`);
    }
  }

  const t2 = performance.now();
  const server = options.force ? (await buildServerBundle(), true) : await ensureServerBundle();
  if (server) log(`faqchat: server bundle built in ${relative(process.cwd(), SERVER_BUNDLE_ENTRY)} (${seconds(t2)})`);
  return { knowledge, widget, server: server ? 'built' : 'fresh' };
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  prepareBuilds({ force: process.argv.includes('--force') }).then(
    (r) => process.exit(r.widget === 'failed' ? 3 : 0),
    (err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      console.error(message.startsWith('faqchat: ') ? message : `faqchat: build failed (${message})`);
      process.exit(1);
    },
  );
}
