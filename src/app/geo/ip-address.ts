import { isIPv4, isIPv6 } from 'node:net';

/**
 * A client address reduced to what a country lookup can use: a public IPv4 or IPv6 address,
 * or null for anything that is not on the public Internet (loopback, private, link-local,
 * CGNAT, documentation, multicast, reserved) or not an IP at all.
 *
 * Why filter here: the bundled database answers for some private ranges (it maps 192.168.0.0/16
 * to AU, an artefact of merged whois data), and a visitor behind a private address has no
 * country we could know. IPv4-mapped IPv6 (`::ffff:1.2.3.4`, what Node reports for IPv4 clients
 * on a dual-stack socket) is unwrapped to IPv4, because the database does not alias that range.
 *
 * @example publicAddress('::ffff:8.8.8.8') // { version: 4, address: '8.8.8.8' }
 * @example publicAddress('192.168.1.10')   // null
 */
export function publicAddress(ip: string): { version: 4 | 6; address: string } | null {
  if (typeof ip !== 'string' || ip.length > 64) return null;
  let address = ip.trim();
  if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
  const zone = address.indexOf('%');
  if (zone !== -1) address = address.slice(0, zone); // fe80::1%eth0: zones exist only on link-local
  if (isIPv4(address)) return isPublicIPv4(address) ? { version: 4, address } : null;
  // Fast path for the common case: Node reports IPv4 clients of a dual-stack socket as `::ffff:a.b.c.d`.
  if (address.length > 7 && address.slice(0, 7).toLowerCase() === '::ffff:' && isIPv4(address.slice(7))) {
    const v4 = address.slice(7);
    return isPublicIPv4(v4) ? { version: 4, address: v4 } : null;
  }
  if (!isIPv6(address)) return null;
  const hextets = expandIPv6(address);
  if (hextets === null) return null;
  if (hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff) {
    const v4 = `${hextets[6]! >> 8}.${hextets[6]! & 255}.${hextets[7]! >> 8}.${hextets[7]! & 255}`;
    return isPublicIPv4(v4) ? { version: 4, address: v4 } : null;
  }
  return isPublicIPv6(hextets) ? { version: 6, address } : null;
}

/** IANA special-purpose IPv4 blocks (RFC 6890 and successors), as [first octets, prefix length]. */
const NON_PUBLIC_V4: ReadonlyArray<readonly [number, number]> = [
  [ip4(0, 0, 0, 0), 8], //        "this network"
  [ip4(10, 0, 0, 0), 8], //       private (RFC 1918)
  [ip4(100, 64, 0, 0), 10], //    carrier-grade NAT (RFC 6598)
  [ip4(127, 0, 0, 0), 8], //      loopback
  [ip4(169, 254, 0, 0), 16], //   link-local
  [ip4(172, 16, 0, 0), 12], //    private
  [ip4(192, 0, 0, 0), 24], //     IETF protocol assignments
  [ip4(192, 0, 2, 0), 24], //     TEST-NET-1
  [ip4(192, 88, 99, 0), 24], //   6to4 relay anycast (deprecated)
  [ip4(192, 168, 0, 0), 16], //   private
  [ip4(198, 18, 0, 0), 15], //    benchmarking
  [ip4(198, 51, 100, 0), 24], //  TEST-NET-2
  [ip4(203, 0, 113, 0), 24], //   TEST-NET-3
  [ip4(224, 0, 0, 0), 4], //      multicast
  [ip4(240, 0, 0, 0), 4], //      reserved, broadcast
];

function ip4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

function isPublicIPv4(dotted: string): boolean {
  const [a = 0, b = 0, c = 0, d = 0] = dotted.split('.').map(Number);
  const n = ip4(a, b, c, d);
  return !NON_PUBLIC_V4.some(([net, bits]) => (n >>> (32 - bits)) === (net >>> (32 - bits)));
}

/** Only global unicast (2000::/3) has a location, minus documentation 2001:db8::/32 (RFC 3849). */
function isPublicIPv6(h: readonly number[]): boolean {
  if ((h[0]! & 0xe000) !== 0x2000) return false;
  return !(h[0] === 0x2001 && h[1] === 0x0db8);
}

/** Eight 16-bit groups of an IPv6 literal already validated by `isIPv6`, or null. */
function expandIPv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    // Embedded dotted quad (`::ffff:1.2.3.4`): rewrite it as two hex groups first.
    const [a = 0, b = 0, c = 0, d = 0] = last.split('.').map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(halves[0]);
  const right = parse(halves[1]);
  const zeros = halves.length === 2 ? 8 - left.length - right.length : 0;
  if (zeros < 0) return null;
  const groups = [...left, ...new Array<number>(zeros).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}
