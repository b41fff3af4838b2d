/**
 * Weight budget on the minified build (issue 5): the loader ≤ 3 KB gzip, loader + panel ≤ 15 KB gzip
 * (1 KB = 1024 bytes, gzip via node:zlib at its default level, as a server compresses on the fly).
 * Runs in the e2e project, whose global setup builds the widget when it is missing or stale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WIDGET_OUT_DIR } from '../../widget/build.ts';

const KB = 1024;
const files = readdirSync(WIDGET_OUT_DIR).filter((f) => f.endsWith('.js'));
const size = (f: string) => {
  const bytes = readFileSync(join(WIDGET_OUT_DIR, f));
  return { raw: bytes.length, gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length };
};

describe('widget build size', () => {
  const loader = readFileSync(join(WIDGET_OUT_DIR, 'widget.js'), 'utf8');
  const panelFile = /["'`](widget-panel-[\w-]+\.js)["'`]/.exec(loader)?.[1];

  it('is two files: the loader and the panel chunk it names', () => {
    expect(panelFile).toBeDefined();
    expect(files.sort()).toEqual(['widget.js', panelFile!].sort());
  });

  it('the loader is a classic script: one IIFE, no import/export statements, minified', () => {
    expect(loader.trim()).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);?$/);
    expect(loader).not.toMatch(/(^|[;}])\s*(import|export)\s*[{*\w]/);
    expect(loader.split('\n').length).toBeLessThanOrEqual(2);
  });

  it(`loader ≤ 3 KB gzip, total ≤ 15 KB gzip`, () => {
    const all = Object.fromEntries(files.map((f) => [f, size(f)]));
    const total = Object.values(all).reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    console.log('faqchat widget sizes (bytes):', JSON.stringify({ ...all, total }));
    expect(all['widget.js']!.gzip).toBeLessThanOrEqual(3 * KB);
    expect(total.gzip).toBeLessThanOrEqual(15 * KB);
  });
});
