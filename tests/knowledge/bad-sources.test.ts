/**
 * Bad sources give one clear line naming the file (or, for a page without headings, a sensible
 * one-section document), never a stack trace and never a half-written build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../knowledge/build.ts';
import { KnowledgeError } from '../../knowledge/errors.ts';
import { decodeSource } from '../../knowledge/read.ts';
import { SOURCE_LIMITS } from '../../knowledge/manifest.ts';
import { REPO_ROOT } from '../../knowledge/version.ts';
import { tempKnowledge } from './helpers.ts';

const GOOD = 'Overview\n\nWalking every day lifts the mood of most people within weeks.\n';
const manifest = (file: string) => [
  { file: 'sources/good.txt', title: 'Good page', url: '/good' },
  { file, title: 'Bad page', url: '/bad' },
];

/** Builds a good version first, then points the manifest at the bad source and builds again. */
function buildWithBadSource(file: string, data: string | Uint8Array) {
  const dir = tempKnowledge([manifest(file)[0]], { 'sources/good.txt': GOOD, [file]: data });
  buildKnowledge(dir);
  const before = ['corpus.json', 'index.json'].map((f) => readFileSync(join(dir.outDir, f), 'utf8'));
  writeFileSync(join(dir.knowledgeDir, 'sources.json'), JSON.stringify(manifest(file)));
  let error: unknown;
  try {
    buildKnowledge(dir);
  } catch (err) {
    error = err;
  }
  const after = ['corpus.json', 'index.json'].map((f) => readFileSync(join(dir.outDir, f), 'utf8'));
  return { dir, error, before, after, leftovers: readdirSync(dir.outDir).filter((f) => f.endsWith('.tmp')) };
}

const fiveMb = new TextEncoder().encode('Walking helps the mood. '.repeat(Math.ceil((5 * 1024 * 1024) / 24)));

describe.each([
  ['an empty file', 'sources/empty.txt', '', /^faqchat: sources\/empty\.txt: file is empty$/],
  ['a whitespace-only file', 'sources/blank.md', ' \n\n\u00a0\n', /^faqchat: sources\/blank\.md: file is empty$/],
  ['a binary file', 'sources/photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49]), /^faqchat: sources\/photo\.txt: looks like a binary file/],
  // (0x81 is in no Windows code page: the text is neither UTF-8 nor Windows-1252.)
  ['invalid UTF-8', 'sources/broken.txt', new Uint8Array([...new TextEncoder().encode('Caf'), 0x81, 0x20, 0x61]), /^faqchat: sources\/broken\.txt: not valid UTF-8 \(first bad byte at offset 3\)/],
  ['a 5 MB file', 'sources/huge.txt', fiveMb, /^faqchat: sources\/huge\.txt: 5\.0 MB is over the 2\.0 MB limit/],
  ['an unknown extension', 'sources/page.pdf', 'Overview\n\nText.', /^faqchat: sources\/page\.pdf: unsupported file type "\.pdf"; use \.txt/],
  ['an HTML page with only chrome', 'sources/chrome.html', '<nav>Home</nav><footer>© 2024</footer>', /^faqchat: sources\/chrome\.html: no article text left/],
])('%s', (_name, file, data, message) => {
  let result: ReturnType<typeof buildWithBadSource>;
  beforeAll(() => {
    result = buildWithBadSource(file, data);
  });

  it('fails with one clear line naming the file', () => {
    expect(result.error).toBeInstanceOf(KnowledgeError);
    const text = (result.error as Error).message;
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it('leaves the previous build untouched, with no temp files', () => {
    expect(result.after).toEqual(result.before);
    expect(result.leftovers).toEqual([]);
  });
});

it('reports a file that the manifest lists but that does not exist', () => {
  const dir = tempKnowledge(manifest('sources/nope.txt'), { 'sources/good.txt': GOOD });
  expect(() => buildKnowledge(dir)).toThrow(/^faqchat: sources\/nope\.txt: file not found$/);
  expect(existsSync(dir.outDir)).toBe(false);
});

it('reports a broken manifest', () => {
  const dir = tempKnowledge([{ file: 'sources/good.txt', url: '/good' }], { 'sources/good.txt': GOOD });
  expect(() => buildKnowledge(dir)).toThrow(/^faqchat: sources\.json: invalid manifest at 0\.title/);
  writeFileSync(join(dir.knowledgeDir, 'sources.json'), '[{"file": ');
  expect(() => buildKnowledge(dir)).toThrow(/^faqchat: sources\.json: not valid JSON/);
});

it('makes a page without headings one section titled by the manifest title', () => {
  const dir = tempKnowledge([{ file: 'notes.txt', title: 'Walking notes', url: '/notes' }], {
    'notes.txt': 'walking is good for you.\n\nmost people feel better after a week of daily walks.',
  });
  const { corpus } = buildKnowledge(dir);
  expect(corpus.sections.map((s) => [s.id, s.title, s.paragraphs.length])).toEqual([['walking-notes', 'Walking notes', 2]]);
});

it('keeps the size limit generous enough for any real article', () => {
  expect(SOURCE_LIMITS.maxBytes).toBeGreaterThanOrEqual(1024 * 1024);
});

describe('the CLI', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'knowledge/cli.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

  it('prints `faqchat: <file>: <reason>` and exits 1, without a stack trace', () => {
    const dir = tempKnowledge([{ file: 'sources/x.bin', title: 'X', url: '/x' }], { 'sources/x.bin': new Uint8Array([0, 1, 2]) });
    for (const args of [['--outline'], ['--build']]) {
      const run = cli([...args, '--knowledge', dir.knowledgeDir, '--out', dir.outDir]);
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe('faqchat: sources/x.bin: unsupported file type ".bin"; use .txt, .md, .markdown, .html, .htm');
    }
    expect(existsSync(dir.outDir)).toBe(false);
  });

  it('prints the outline of a good source', () => {
    const dir = tempKnowledge([{ file: 'good.txt', title: 'Good page', url: '/good' }], { 'good.txt': GOOD });
    const run = cli(['--outline', '--knowledge', dir.knowledgeDir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  - Overview  #overview  (1 sentence)');
  });
});

describe('text saved by Windows tools in their own encodings', () => {
  const cafe = 'Caf\u00e9 \u201cquotes\u201d \u2013 dash';
  it('reads Windows-1252 text (Word and Notepad save it so by default) as written', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x93, ...new TextEncoder().encode('quotes'), 0x94, 0x20, 0x96, ...new TextEncoder().encode(' dash')]);
    expect(decodeSource('a.txt', bytes)).toBe(cafe);
  });
  it('reads UTF-16 with its byte-order mark ("Unicode" in Notepad), little- and big-endian', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...cafe].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...cafe].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff])]);
    expect(decodeSource('a.txt', le).replace(/^\uFEFF/, '')).toBe(cafe);
    expect(decodeSource('a.txt', be).replace(/^\uFEFF/, '')).toBe(cafe);
  });
  it("reads an HTML page in the charset its head declares (Word's web page: windows-1252)", () => {
    const head = new TextEncoder().encode('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body><p>Caf');
    const bytes = new Uint8Array([...head, 0xe9, ...new TextEncoder().encode('</p></body></html>')]);
    expect(decodeSource('a.htm', bytes)).toContain('<p>Caf\u00e9</p>');
  });
});
