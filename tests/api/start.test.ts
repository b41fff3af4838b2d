/**
 * `npm start` = server/node/start.mjs (build stamp → prepare when stale) + the prebuilt server
 * (server/node/bundle.ts). The stamp must notice every edit that changes a build — a source, an owner
 * JSON file baked into the bundle, a deleted output — and the bundle must serve and shut down like
 * the server run from source.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../knowledge/version.ts';
import { buildServerBundle, bundleInputsHash } from '../../server/node/bundle.ts';
import { buildsAreCurrent, inputStamp, outputStamp } from '../../server/node/start.mjs';

describe('start stamp (server/node/start.mjs)', () => {
  let root: string;
  const stamp = () => join(root, 'build', 'start-stamp.json');
  const write = (rel: string, text: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  const record = () => writeFileSync(stamp(), JSON.stringify({ inputs: inputStamp(root), outputs: outputStamp(root) }));
  const later = (rel: string) => {
    const t = new Date(Date.now() + 5000);
    utimesSync(join(root, rel), t, t);
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'faqchat-start-'));
    write('knowledge/sources/article.txt', 'Title\n\nBody.');
    write('knowledge/synonyms.json', '{}');
    write('server/engine/engine.ts', 'export {};');
    write('widget/src/loader.ts', 'export {};');
    write('package.json', '{}');
    for (const out of ['build/server/main.js', 'build/server/inputs.json', 'build/knowledge/corpus.json', 'build/knowledge/index.json', 'build/widget/widget.js']) write(out, 'x');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is not current without a stamp (a fresh clone)', () => {
    expect(buildsAreCurrent(root, stamp())).toBe(false);
  });

  it('is current right after the stamp is written', () => {
    record();
    expect(buildsAreCurrent(root, stamp())).toBe(true);
  });

  it.each([
    ['an edited source', 'knowledge/sources/article.txt'],
    ['edited owner data baked into the bundle', 'knowledge/synonyms.json'],
    ['edited server code', 'server/engine/engine.ts'],
    ['an edited widget', 'widget/src/loader.ts'],
    ['a rewritten build output', 'build/knowledge/corpus.json'],
  ])('is stale after %s', (_what, rel) => {
    record();
    later(rel);
    expect(buildsAreCurrent(root, stamp())).toBe(false);
  });

  it('is stale when a source is added or a build output deleted', () => {
    record();
    write('knowledge/sources/more.md', '# More');
    expect(buildsAreCurrent(root, stamp())).toBe(false);
    record();
    rmSync(join(root, 'build/widget/widget.js'));
    expect(buildsAreCurrent(root, stamp())).toBe(false);
  });
});

describe('server bundle inputs', () => {
  it('cover the knowledge data the bundle bakes in and the server code, not the sources', () => {
    const before = bundleInputsHash();
    expect(bundleInputsHash()).toBe(before); // deterministic
    const root = mkdtempSync(join(tmpdir(), 'faqchat-bundle-inputs-'));
    try {
      mkdirSync(join(root, 'knowledge', 'sources'), { recursive: true });
      mkdirSync(join(root, 'server'), { recursive: true });
      writeFileSync(join(root, 'knowledge', 'synonyms.json'), '{}');
      writeFileSync(join(root, 'server', 'engine.ts'), 'export {};');
      writeFileSync(join(root, 'knowledge', 'sources', 'a.txt'), 'one');
      const base = bundleInputsHash(root);
      writeFileSync(join(root, 'knowledge', 'sources', 'a.txt'), 'two');
      expect(bundleInputsHash(root)).toBe(base); // read at run time from build/knowledge: no rebuild
      writeFileSync(join(root, 'knowledge', 'synonyms.json'), '{"a":["b"]}');
      expect(bundleInputsHash(root)).not.toBe(base);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the prebuilt server (node build/server/main.js)', () => {
  // Built into its own folder under build/ (externals resolve from the repo's node_modules).
  const outDir = join(REPO_ROOT, 'build', `test-server-${process.pid}`);
  let entry: string;
  beforeAll(async () => {
    entry = await buildServerBundle(outDir);
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('serves the real engine and exits 0 on SIGTERM', async () => {
    const data = mkdtempSync(join(tmpdir(), 'faqchat-bundle-data-'));
    const child = spawn(process.execPath, [entry], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: data, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /"url":"([^"]+)"/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      // It tells the owner the tag to paste, for its own address.
      await expect.poll(() => out).toContain(`"embed":"<script async src='${url}/widget.js'></script>"`);
      const res = await fetch(`${url}/api/chat`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: 'How long does ketamine last for depression?' }),
      });
      const body = (await res.json()) as { kind: string; sources: unknown[] };
      expect(res.status).toBe(200);
      expect(body.kind).toBe('answer');
      expect(body.sources.length).toBeGreaterThan(0);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toBe('');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(data, { recursive: true, force: true });
    }
  }, 60_000);
});
