/**
 * Who a request comes from, for rate limiting: an IP address, parsed strictly, or one shared
 * `unknown` bucket. Whatever a header holds, the key is a canonical address (IPv4, or an IPv6 /64)
 * of bounded length, so a client cannot mint a fresh bucket per request by writing garbage, brackets
 * or ports, and cannot make a key large. Web-standard only (Node and Workers).
 */

/** The one bucket every request without a usable address shares. */
export const UNKNOWN_CLIENT = 'unknown';

/** Longer than any written IP address (with brackets, zone and port): rejected before any parsing. */
const MAX_ADDRESS_CHARS = 64;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEXTET = /^[0-9a-f]{1,4}$/i;

function ipv4Octets(text: string): number[] | null {
  const m = IPV4.exec(text);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail allowed), or null. */
function ipv6Groups(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = ipv4Octets(piece);
        if (!v4) return null;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else if (HEXTET.test(piece)) out.push(Number.parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const gap = 8 - head.length - tail.length;
  return gap >= 1 ? [...head, ...Array<number>(gap).fill(0), ...tail] : null;
}

/**
 * A written address as its canonical form, or null when it is not one: surrounding whitespace,
 * `[…]` brackets, a `:port` and an IPv6 `%zone` are stripped; IPv4 octets lose leading zeros; IPv6
 * is lower-case with every group written (`2001:db8:0:0:0:0:0:1`); IPv4-mapped IPv6 is its IPv4.
 *
 * @example parseIp('[2001:DB8::1]:443') // '2001:db8:0:0:0:0:0:1'
 * @example parseIp('203.0.113.9:51234') // '203.0.113.9'
 * @example parseIp('spoofed') // null
 */
export function parseIp(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let text = raw.trim();
  if (text === '' || text.length > MAX_ADDRESS_CHARS) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  text = text.split('%')[0]!;
  const v4 = ipv4Octets(text);
  if (v4) return v4.join('.');
  if (!text.includes(':')) return null;
  const groups = ipv6Groups(text);
  if (!groups) return null;
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  return groups.map((g) => g.toString(16)).join(':');
}

/**
 * Rate-limit key of an address: IPv4 addresses are their own key; IPv6 clients usually own a whole
 * /64, so they share one bucket per /64. Anything that is not an address is `unknown`.
 *
 * @example rateLimitKey('2001:db8::1') // '2001:db8:0:0::/64'
 */
export function rateLimitKey(ip: string | null | undefined): string {
  const parsed = parseIp(ip);
  if (parsed === null) return UNKNOWN_CLIENT;
  if (!parsed.includes(':')) return parsed;
  return `${parsed.split(':').slice(0, 4).join(':')}::/64`;
}

/**
 * The client address as ONE trusted reverse proxy reports it: the right-most `X-Forwarded-For`
 * entry is the address that proxy saw (entries to its left are whatever the client wrote, so they
 * are never read). Several X-Forwarded-For headers arrive joined with commas, so the right-most
 * entry is still the proxy's. Undefined without the header; `unknown` when its entry is no address.
 */
export function forwardedFor(header: string | null | undefined): string | undefined {
  if (header === null || header === undefined) return undefined;
  // Only the tail matters: a long header is not split whole.
  const tail = header.length > 256 ? header.slice(-256) : header;
  const last = tail.slice(tail.lastIndexOf(',') + 1);
  return parseIp(last) ?? UNKNOWN_CLIENT;
}

/** How an adapter finds the client: the socket, or headers its own proxy sets. */
export interface ClientAddressOptions {
  /** TRUST_PROXY: read the right-most X-Forwarded-For entry. */
  trustProxy: boolean;
  /** CLIENT_IP_HEADER, e.g. `X-Real-IP`: a header your proxy overwrites with the client address. */
  clientIpHeader?: string | undefined;
}

/**
 * The address to key a request on. A configured client-IP header wins, then X-Forwarded-For under
 * TRUST_PROXY; a request without the header (a health check straight to the server) falls back to
 * the socket address. Headers are never read unless configured.
 *
 * @example clientAddress((n) => req.headers.get(n), socket, { trustProxy: true }) // '203.0.113.9'
 */
export function clientAddress(
  header: (name: string) => string | null | undefined,
  socketAddress: string | undefined,
  options: ClientAddressOptions,
): string {
  if (options.clientIpHeader) {
    const value = header(options.clientIpHeader);
    if (value !== null && value !== undefined) return parseIp(value) ?? UNKNOWN_CLIENT;
  }
  if (options.trustProxy) {
    const forwarded = forwardedFor(header('X-Forwarded-For'));
    if (forwarded !== undefined) return forwarded;
  }
  return parseIp(socketAddress) ?? UNKNOWN_CLIENT;
}
