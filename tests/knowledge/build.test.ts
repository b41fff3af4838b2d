/** The build: staleness by version hash, atomic writes, and loading what was written. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKnowledge, builtVersion, DEFAULT_PATHS, ensureKnowledgeBuilt, writeFileAtomic } from '../../knowledge/build.ts';
import { readManifest } from '../../knowledge/manifest.ts';
import { computeVersion, pipelineFiles, REPO_ROOT } from '../../knowledge/version.ts';
import { INDEX_OPTIONS } from '../../server/engine/indexing.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';
import { tempKnowledge } from './helpers.ts';

const TEXT = 'Overview\n\nWalking every day lifts the mood of most people within weeks.\n';
const site = () => tempKnowledge([{ file: 'walk.txt', title: 'Walking', url: '/walk' }], { 'walk.txt': TEXT });

describe('staleness', () => {
  it('builds when missing, skips when fresh, rebuilds when the source changes', () => {
    const dir = site();
    const first = buildKnowledge(dir);
    expect([first.status, first.reason]).toEqual(['built', 'missing']);
    expect(builtVersion(dir.outDir)).toBe(first.corpus.version);

    expect(buildKnowledge(dir)).toMatchObject({ status: 'fresh', reason: null });

    writeFileSync(join(dir.knowledgeDir, 'walk.txt'), TEXT.replace('weeks', 'days'));
    const third = buildKnowledge(dir);
    expect([third.status, third.reason]).toEqual(['built', 'stale']);
    expect(third.corpus.version).not.toBe(first.corpus.version);
    expect(third.corpus.sentences[0]!.text).toContain('within days');
    expect(buildKnowledge(dir, { force: true }).reason).toBe('forced');
  });

  it('changes the version when the manifest changes (title, url)', () => {
    const dir = site();
    const entries = readManifest(join(dir.knowledgeDir, 'sources.json'));
    const v = computeVersion(dir.knowledgeDir, entries);
    expect(computeVersion(dir.knowledgeDir, entries)).toBe(v); // deterministic
    expect(computeVersion(dir.knowledgeDir, [{ ...entries[0]!, url: '/walking' }])).not.toBe(v);
  });

  it('hashes the pipeline code: knowledge/*.ts, the index, nlp and what they import', () => {
    const files = pipelineFiles().map((f) => f.slice(REPO_ROOT.length + 1));
    for (const f of ['knowledge/clean.ts', 'knowledge/sections.ts', 'knowledge/slug.ts', 'knowledge/sources.json', 'server/engine/indexing.ts', 'server/engine/understand/nlp.ts', 'server/engine/types.ts']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('tests/'))).toBe(false);
  });

  it('changes the version when a pipeline file or a file it imports changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'faqchat-root-'));
    try {
      mkdirSync(join(root, 'knowledge'));
      mkdirSync(join(root, 'server/engine'), { recursive: true });
      writeFileSync(join(root, 'knowledge/a.ts'), "import { x } from '../server/helper.ts';");
      writeFileSync(join(root, 'server/helper.ts'), 'export const x = 1;');
      writeFileSync(join(root, 'server/engine/indexing.ts'), 'export {};');
      const dir = site();
      const entries = readManifest(join(dir.knowledgeDir, 'sources.json'));
      const v1 = computeVersion(dir.knowledgeDir, entries, root);
      writeFileSync(join(root, 'server/helper.ts'), 'export const x = 2;');
      const v2 = computeVersion(dir.knowledgeDir, entries, root);
      writeFileSync(join(root, 'server/unrelated.ts'), 'export const y = 1;'); // imported by nothing
      expect([v1 === v2, computeVersion(dir.knowledgeDir, entries, root) === v2]).toEqual([false, true]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('ensureKnowledgeBuilt prints one line when it builds and nothing when fresh', () => {
    const dir = site();
    const lines: string[] = [];
    ensureKnowledgeBuilt(dir, (l) => lines.push(l));
    ensureKnowledgeBuilt(dir, (l) => lines.push(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^faqchat: knowledge build was missing, rebuilt: 1 section, 1 sentence, 0 FAQ pairs \(\d+\.\d s\)$/);
  });
});

describe('atomic writes', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'faqchat-atomic-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('replaces a file whole and leaves no temp file', () => {
    const path = join(tmp, 'a.json');
    writeFileAtomic(path, '{"v":1}');
    writeFileAtomic(path, '{"v":2}');
    expect(readFileSync(path, 'utf8')).toBe('{"v":2}');
    expect(readdirSync(tmp)).toEqual(['a.json']);
  });

  it('removes its temp file and keeps the target when the rename fails', () => {
    const target = join(tmp, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true }); // a non-empty folder cannot be renamed over
    expect(() => writeFileAtomic(target, 'data')).toThrow();
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});

describe('loadKnowledgeBuild', () => {
  it('loads the corpus and an index MiniSearch can read with the shared options', () => {
    const dir = site();
    buildKnowledge(dir);
    const { corpus, indexJson } = loadKnowledgeBuild(dir.outDir);
    expect(corpus.sections.map((s) => s.id)).toEqual(['overview']);
    const index = MiniSearch.loadJSON(indexJson, INDEX_OPTIONS);
    expect(index.documentCount).toBeGreaterThan(0);
  });

  it('says what to run when the build is missing or broken', () => {
    const dir = site();
    expect(() => loadKnowledgeBuild(dir.outDir)).toThrow(/^faqchat: .*corpus\.json is missing; run `npm run build:knowledge` first$/);
    mkdirSync(dir.outDir);
    writeFileSync(join(dir.outDir, 'corpus.json'), '{"version":');
    writeFileSync(join(dir.outDir, 'index.json'), '{}');
    expect(() => loadKnowledgeBuild(dir.outDir)).toThrow(/site\.json is missing/);
    writeFileSync(join(dir.outDir, 'site.json'), '{}');
    expect(() => loadKnowledgeBuild(dir.outDir)).toThrow(/^faqchat: .*corpus\.json is not valid JSON/);
    writeFileSync(join(dir.outDir, 'corpus.json'), '{"version":"x"}');
    expect(() => loadKnowledgeBuild(dir.outDir)).toThrow(/is not a corpus/);
    writeFileSync(join(dir.outDir, 'corpus.json'), '{"version":"x","sections":[],"sentences":[]}');
    expect(() => loadKnowledgeBuild(dir.outDir)).toThrow(/site\.json is not site data/);
  });

  it('finds the repository build by default (written by the test globalSetup)', () => {
    expect(builtVersion(DEFAULT_PATHS.outDir)).toMatch(/^[0-9a-f]{16}$/);
  });
});
