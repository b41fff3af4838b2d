/**
 * `npm run build:edge` (Node): everything the Workers deploy reads, built when missing or stale —
 * the knowledge build (imported into the worker bundle), the widget (Workers static assets), and
 * build/widget/_headers, which gives the asset server the same headers the Node app sends with
 * each widget file (CORS + CORP so a third-party page can import() the lazy chunk, ETag revalidation
 * for the loader, a year for content-hashed chunks).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureKnowledgeBuilt } from '../../knowledge/build.ts';
import { ensureWidgetBuilt, WIDGET_OUT_DIR } from '../../widget/build.ts';
import { ASSET_EXTENSIONS, CACHE_CONTROL, isHashedName } from '../http/assets.ts';

/** Cloudflare's per-path header rules; `/* ` rules are avoided because overlapping rules join values. */
export function headersFile(fileNames: string[]): string {
  const served = fileNames.filter((f) => ASSET_EXTENSIONS.includes(f.slice(f.lastIndexOf('.') + 1).toLowerCase())).sort();
  return served
    .map((f) =>
      [
        `/${f}`,
        `  Cache-Control: ${isHashedName(f) ? CACHE_CONTROL.immutable : CACHE_CONTROL.revalidate}`,
        '  Access-Control-Allow-Origin: *',
        '  Cross-Origin-Resource-Policy: cross-origin',
        '  X-Content-Type-Options: nosniff',
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/** Builds knowledge and widget when stale and (re)writes build/widget/_headers. */
export async function buildEdge(log: (line: string) => void = (line) => console.log(line)): Promise<{ assets: string[] }> {
  ensureKnowledgeBuilt(undefined, log);
  await ensureWidgetBuilt();
  const files = readdirSync(WIDGET_OUT_DIR).filter((f) => f !== '_headers');
  writeFileSync(join(WIDGET_OUT_DIR, '_headers'), headersFile(files));
  return { assets: files };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildEdge().then(
    ({ assets }) => console.log(`faqchat: edge build ready (build/knowledge, build/widget: ${assets.join(', ')} + _headers)`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
