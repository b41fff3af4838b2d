/**
 * createApp() must run on an edge runtime: nothing it reaches may import a Node built-in.
 * Walks the local import graph from server/http/app.ts and checks each file's specifiers.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const BUILTINS = new Set(builtinModules);
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function reachable(entry: string): { files: string[]; packages: Set<string>; builtins: string[] } {
  const files: string[] = [];
  const packages = new Set<string>();
  const builtins: string[] = [];
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(SPECIFIER)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (/^import type|^export type/.test(m[0].trim())) continue; // erased at compile time
      if (spec.startsWith('node:') || BUILTINS.has(spec)) builtins.push(`${file}: ${spec}`);
      else if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  }
  return { files, packages, builtins };
}

it('server/http/app.ts reaches no node: import', () => {
  const { files, packages, builtins } = reachable(fileURLToPath(new URL('../../server/http/app.ts', import.meta.url)));
  expect(files.length).toBeGreaterThan(5);
  expect(builtins).toEqual([]);
  expect([...packages].sort()).toEqual(
    ['@hono/zod-validator', 'hono', 'hono-rate-limiter', 'hono/body-limit', 'hono/compress', 'hono/cors', 'hono/http-exception', 'hono/secure-headers', 'zod'].sort(),
  );
});

it('the check itself catches a node: import', () => {
  const { builtins } = reachable(fileURLToPath(new URL('../../server/node/server.ts', import.meta.url)));
  expect(builtins.some((b) => b.endsWith('node:fs'))).toBe(true);
});
