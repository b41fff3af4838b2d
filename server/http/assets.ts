/**
 * Built static files (the widget loader and its lazy chunks) behind a small lookup, so the Node
 * adapter can fill it from build/widget/ and a Workers entry from its bundled assets.
 * Web-standard only.
 */
import type { Context } from 'hono';

export interface Asset {
  body: Uint8Array | string;
  /** Content-Type header value. */
  type: string;
  /** Strong ETag, quoted: `"…"`. */
  etag: string;
  /** True for content-hashed file names that never change; cached for a year. */
  immutable?: boolean;
}

/** Lookup of built files by URL path (`/widget.js`). */
export interface Assets {
  get(path: string): Asset | undefined;
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
};

/** File extensions served as assets; anything else in a build folder stays private. */
export const ASSET_EXTENSIONS = Object.keys(TYPES);

/** Cache policy: the loader's name is stable, so browsers revalidate it; hashed chunks never change. */
export const CACHE_CONTROL = {
  revalidate: 'public, max-age=300, must-revalidate',
  immutable: 'public, max-age=31536000, immutable',
} as const;

export function contentTypeOf(path: string): string | undefined {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return TYPES[ext];
}

/**
 * True when a file name carries a bundler content hash (`panel-B3x9_kQa.js`): a final `-`/`.`
 * segment of 8+ url-safe characters with at least one digit or capital, so plain words such as
 * `widget-launcher.js` do not count.
 */
export function isHashedName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const m = /[-.]([A-Za-z0-9_-]{8,})\.[a-z0-9]+$/.exec(name);
  return m !== null && /[0-9A-Z]/.test(m[1]!);
}

// cyrb53: a fast 53-bit string/byte hash; an ETag only needs to change when the bytes change.
function hash53(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const b of bytes) {
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Builds an Assets lookup from `[urlPath, content]` pairs; files with unknown extensions are skipped.
 *
 * @example createAssets([['/widget.js', 'console.log(1)']]).get('/widget.js')?.etag // '"14-…"'
 */
export function createAssets(files: Iterable<readonly [string, Uint8Array | string]>): Assets & { paths(): string[] } {
  const map = new Map<string, Asset>();
  const encoder = new TextEncoder();
  for (const [rawPath, body] of files) {
    const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
    const type = contentTypeOf(path);
    if (!type) continue;
    const bytes = typeof body === 'string' ? encoder.encode(body) : body;
    map.set(path, { body, type, etag: `"${bytes.length.toString(36)}-${hash53(bytes)}"`, immutable: isHashedName(path) });
  }
  return { get: (path) => map.get(path), paths: () => [...map.keys()] };
}

/** RFC 9110 weak comparison: does If-None-Match name this ETag (or `*`)? */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

/**
 * Responds with an asset: 304 when If-None-Match matches, else the body. Assets are public files a
 * third-party page loads (the lazy chunk via import(), which is a CORS request), so they carry
 * `Access-Control-Allow-Origin: *` and `Cross-Origin-Resource-Policy: cross-origin`.
 */
export function serveAsset(c: Context, asset: Asset): Response {
  c.header('ETag', asset.etag);
  c.header('Cache-Control', asset.immutable ? CACHE_CONTROL.immutable : CACHE_CONTROL.revalidate);
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  if (etagMatches(c.req.header('If-None-Match'), asset.etag)) return c.body(null, 304);
  c.header('Content-Type', asset.type);
  return c.body(asset.body as Uint8Array<ArrayBuffer> | string, 200);
}
