/**
 * Reads one source file into text, refusing what cannot be an article with a one-line reason:
 * missing, too large, binary (NUL bytes), invalid UTF-8, empty. Invalid UTF-8 is an error rather than
 * U+FFFD replacement because answers are cut verbatim: a replacement char would reach visitors.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError } from './errors.ts';
import { SOURCE_LIMITS } from './manifest.ts';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Decodes bytes of a source named `file` (for messages). Pure; {@link readSource} adds the file I/O.
 *
 * @example decodeSource('a.txt', Buffer.from('Hi')) // 'Hi'
 */
export function decodeSource(file: string, bytes: Uint8Array, maxBytes = SOURCE_LIMITS.maxBytes): string {
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  if (bytes.includes(0)) throw new KnowledgeError(file, 'looks like a binary file (it contains NUL bytes); expected UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new KnowledgeError(file, `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8`);
  }
  if (text.trim() === '') throw new KnowledgeError(file, 'file is empty');
  return text;
}

/** Reads `<knowledgeDir>/<file>` and decodes it with {@link decodeSource}. */
export function readSource(knowledgeDir: string, file: string): string {
  const path = join(knowledgeDir, file);
  try {
    // stat first so a huge file is refused without reading it into memory
    const size = statSync(path).size;
    if (size > SOURCE_LIMITS.maxBytes) throw tooLarge(file, size, SOURCE_LIMITS.maxBytes);
    return decodeSource(file, readFileSync(path));
  } catch (err) {
    if (err instanceof KnowledgeError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read (${code ?? String(err)})`;
    throw new KnowledgeError(file, reason);
  }
}

function tooLarge(file: string, size: number, maxBytes: number): KnowledgeError {
  return new KnowledgeError(file, `${mb(size)} is over the ${mb(maxBytes)} limit for one source; split it into several documents`);
}

/** Offset of the first byte that breaks UTF-8, so the owner can find it. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}
