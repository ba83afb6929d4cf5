/**
 * Which network addresses a webhook may be delivered to (docs/webhooks.md "Safety"). A webhook
 * URL is chosen by a user, and the server makes the request: without this check a URL (or a DNS
 * name, or a redirect) pointing at the server's own network would let a user reach services only
 * the server can reach — the cloud metadata endpoint first of all (server-side request forgery).
 *
 * Only public unicast addresses pass, plus whatever the operator allows
 * (`WEBHOOK_ALLOWED_NETWORKS`). Addresses that carry an IPv4 address inside an IPv6 one
 * (`::ffff:10.0.0.1`, NAT64 `64:ff9b::a00:1`, 6to4 `2002:a00:1::`) are judged by the IPv4 address
 * they lead to. The check runs on the address a connection is really made to (src/webhooks/),
 * so a DNS name that resolves to a private address is refused like the address itself.
 *
 * Pure: the address comes in as text.
 * @example addressVerdict('169.254.169.254', []) // { allowed: false, reason: 'metadata' }
 */
import ipaddr from 'ipaddr.js';

export const ADDRESS_REFUSALS = ['loopback', 'private', 'link_local', 'metadata', 'reserved', 'not_an_address'] as const;
export type AddressRefusal = (typeof ADDRESS_REFUSALS)[number];

export type AddressVerdict = { allowed: true } | { allowed: false; reason: AddressRefusal };

/** A network the operator allows despite the rules (`10.1.2.0/24`). */
export type AllowedNetwork = readonly [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * Instance-metadata and similar host-only services on addresses the range rules alone would let
 * through (or would call by a vaguer name): AWS/GCP/Azure/OpenStack 169.254.169.254, AWS's IPv6
 * fd00:ec2::254, Alibaba 100.100.100.200, Azure's wire server 168.63.129.16, Oracle 192.0.0.192.
 */
const METADATA = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200', '168.63.129.16', '192.0.0.192']);

const V4_REASON: Record<string, AddressRefusal> = {
  loopback: 'loopback',
  private: 'private',
  carrierGradeNat: 'private',
  linkLocal: 'link_local',
};
const V6_REASON: Record<string, AddressRefusal> = {
  loopback: 'loopback',
  uniqueLocal: 'private',
  deprecatedSiteLocal: 'private',
  linkLocal: 'link_local',
};

/**
 * Parse `WEBHOOK_ALLOWED_NETWORKS` entries (`10.0.0.0/8`, `::1/128`, or a single address).
 * Throws on a bad entry (the config reports it).
 */
export function parseAllowedNetwork(text: string): AllowedNetwork {
  const value = text.trim();
  if (value.includes('/')) return ipaddr.parseCIDR(value);
  const address = ipaddr.parse(value);
  return [address, address.kind() === 'ipv4' ? 32 : 128];
}

export function addressVerdict(address: string, allowed: readonly AllowedNetwork[]): AddressVerdict {
  // `[::1]` is how a URL writes an IPv6 host; `fe80::1%eth0` names a zone, which no public address has.
  const text = address.replace(/^\[|\]$/g, '');
  if (text.includes('%')) return { allowed: false, reason: 'link_local' };
  if (!ipaddr.isValid(text)) return { allowed: false, reason: 'not_an_address' };
  let ip = ipaddr.parse(text);
  if (isAllowed(ip, allowed)) return { allowed: true };
  if (ip.kind() === 'ipv6') {
    const inner = embeddedIpv4(ip as ipaddr.IPv6);
    if (inner === 'refuse') return { allowed: false, reason: 'reserved' };
    if (inner) {
      if (isAllowed(inner, allowed)) return { allowed: true };
      ip = inner;
    }
  }
  if (METADATA.has(ip.toNormalizedString()) || METADATA.has(ip.toString())) return { allowed: false, reason: 'metadata' };
  const range = ip.range();
  if (range === 'unicast') return { allowed: true };
  return { allowed: false, reason: (ip.kind() === 'ipv4' ? V4_REASON : V6_REASON)[range] ?? 'reserved' };
}

function isAllowed(ip: ipaddr.IPv4 | ipaddr.IPv6, allowed: readonly AllowedNetwork[]): boolean {
  return allowed.some(([network, bits]) => network.kind() === ip.kind() && ip.match(network as never, bits));
}

/**
 * The IPv4 address an IPv6 address delivers to, when it embeds one: IPv4-mapped and -translated
 * (`::ffff:a.b.c.d`), NAT64 (64:ff9b::/96, RFC 6052) and 6to4 (2002::/16, RFC 3056). Teredo
 * (2001::/32) hides its server and client addresses behind obfuscation: refused outright.
 */
function embeddedIpv4(ip: ipaddr.IPv6): ipaddr.IPv4 | 'refuse' | null {
  const range = ip.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return ipv4Of(ip.parts[6] as number, ip.parts[7] as number);
  if (range === 'rfc6052') return ipv4Of(ip.parts[6] as number, ip.parts[7] as number);
  if (range === '6to4') return ipv4Of(ip.parts[1] as number, ip.parts[2] as number);
  if (range === 'teredo') return 'refuse';
  return null;
}

function ipv4Of(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}
