/**
 * Reads one source file into text, refusing what cannot be an article with a one-line reason:
 * missing, too large, binary (NUL bytes), not text in a known encoding, empty. UTF-8 first; then what
 * Windows tools write by default (UTF-16 with a byte-order mark, Windows-1252, or the charset an
 * HTML page declares). Undecodable bytes are an error rather than U+FFFD replacement because answers
 * are cut verbatim: a replacement char would reach visitors.
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
  // Notepad's and Word's "Unicode" text is UTF-16 with a byte-order mark.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16 && bytes.length % 2 === 0) return nonEmpty(file, new TextDecoder(utf16).decode(bytes));
  if (bytes.includes(0)) throw new KnowledgeError(file, 'looks like a binary file (it contains NUL bytes); expected UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Windows saves text and Word's web pages as Windows-1252 unless told otherwise: a page that
    // declares it, or text that is valid in it, is read as written.
    const legacy = declaredCharset(bytes) ?? (bytes.some((b) => CP1252_UNDEFINED.has(b)) ? null : 'windows-1252');
    if (!legacy) throw new KnowledgeError(file, `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8`);
    text = legacy === 'windows-1252' ? cp1252(bytes) : new TextDecoder(legacy).decode(bytes);
  }
  return nonEmpty(file, text);
}

/** Windows-1252's characters for bytes 0x80–0x9F (Latin-1 elsewhere); 0 where it has none. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes Windows-1252 (Node's own decoder reads the 0x80–0x9F range as Latin-1 control characters). */
function cp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

function nonEmpty(file: string, text: string): string {
  if (text.trim() === '') throw new KnowledgeError(file, 'file is empty');
  return text;
}

/** The five bytes Windows-1252 leaves undefined: text holding one is not in that encoding. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** A single-byte charset an HTML page declares in its head (`<meta charset=…>`), if the runtime knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const name = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!name || name === 'utf-8' || name === 'utf8') return null;
  try {
    // (WHATWG reads the labels latin1, iso-8859-1 and ascii as windows-1252 too.)
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
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
