/**
 * The house rules the tree promises: layers that only import downwards, no import circles, site data
 * entering through knowledge/site.ts only, and a server/ whose top level is just its rooms.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CODE = /\.(?:ts|tsx|mts|mjs)$/;

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir))) {
    const p = join(dir, e);
    if (statSync(join(ROOT, p)).isDirectory()) out.push(...codeFiles(p));
    else if (CODE.test(e) && !e.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every module specifier a file imports (static, dynamic, type-only, re-exports). */
function specifiers(file: string): string[] {
  const code = readFileSync(join(ROOT, file), 'utf8');
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** Local imports of a file, as repository-relative paths. */
function localImports(file: string): string[] {
  return specifiers(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));
}

const SERVER = codeFiles('server');
const ALL = [...SERVER, ...codeFiles('widget/src'), ...codeFiles('knowledge')];

describe('layers', () => {
  it('the engine imports no framework, no I/O and no outer layer', () => {
    const bad = SERVER.filter((f) => f.startsWith('server/engine/')).flatMap((f) =>
      [...specifiers(f).filter((s) => /^(?:node:|hono|preact|better-sqlite3|@hono)/.test(s)), ...localImports(f).filter((p) => !p.startsWith('server/engine/'))].map((s) => `${f} → ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('the HTTP app imports no node:* module and nothing from the adapters', () => {
    const bad = SERVER.filter((f) => f.startsWith('server/http/')).flatMap((f) =>
      [...specifiers(f).filter((s) => s.startsWith('node:')), ...localImports(f).filter((p) => /^server\/(?:node|edge)\//.test(p))].map((s) => `${f} → ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('no file under server/ imports knowledge/*.json: site data arrives as an argument', () => {
    const bad = SERVER.flatMap((f) => localImports(f).filter((p) => /^knowledge\/.*\.json$/.test(p)).map((p) => `${f} → ${p}`));
    expect(bad).toEqual([]);
  });

  it('has no import circles', () => {
    const graph = new Map(ALL.map((f) => [f, localImports(f).filter((p) => ALL.includes(p))]));
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const cycles: string[] = [];
    const visit = (f: string) => {
      state.set(f, 1);
      stack.push(f);
      for (const g of graph.get(f) ?? []) {
        if (state.get(g) === 1) cycles.push([...stack.slice(stack.indexOf(g)), g].join(' → '));
        else if (!state.has(g)) visit(g);
      }
      stack.pop();
      state.set(f, 2);
    };
    for (const f of ALL) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it("server/'s top level holds its rooms and at most a handful of files", () => {
    const files = readdirSync(join(ROOT, 'server')).filter((e) => statSync(join(ROOT, 'server', e)).isFile());
    expect(files.length).toBeLessThanOrEqual(3);
    expect(readdirSync(join(ROOT, 'server')).filter((e) => !files.includes(e)).sort()).toEqual(['edge', 'engine', 'http', 'insights', 'node']);
  });
});

describe('the product is for any site', () => {
  // The first site's subject: the seed article's drug, and the brand name its site data adds. Nothing
  // in code may name them (comments and examples included); they live in that site's knowledge/.
  const IN_ARTICLE = ['ketamine'];
  const IN_SITE_DATA = ['esketamine', 'spravato'];
  const SEED_SUBJECT = [...IN_ARTICLE, ...IN_SITE_DATA];

  it("the subject words are the seed site's own", () => {
    const article = readFileSync(join(ROOT, 'knowledge/sources/article.txt'), 'utf8').toLowerCase();
    const domain = readFileSync(join(ROOT, 'knowledge/domain.json'), 'utf8').toLowerCase();
    for (const w of IN_ARTICLE) expect(article).toContain(w);
    for (const w of IN_SITE_DATA) expect(domain).toContain(w);
  });

  it('no code file under server/ or widget/src names the seed article\'s subject', () => {
    const pattern = new RegExp(`\\b(?:${SEED_SUBJECT.join('|')})`, 'i');
    const files = [...SERVER, ...codeFiles('widget/src'), ...readdirSync(join(ROOT, 'widget/src')).filter((f) => f.endsWith('.css')).map((f) => `widget/src/${f}`)];
    expect(files.filter((f) => pattern.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});
