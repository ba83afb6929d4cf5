import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { TrustProxy } from '../config.js';

/**
 * What a request says about its client, believing only the proxies TRUST_PROXY names
 * (docs/security.md#client-addresses).
 *
 * Reverse proxies *append* the address they saw to `X-Forwarded-For` (nginx
 * `$proxy_add_x_forwarded_for`, Caddy, every load balancer), so the entries a client wrote come
 * first and the ones our proxies wrote come last. The client address is therefore read from the
 * right: skip the trusted proxies (by count, or by address/CIDR), and the next entry is the
 * client. The left-most entry is whatever the client chose to send. `proxy-addr` (the library
 * Express uses) does the walk.
 */
export interface ProxyTrust {
  /** The client's address: the socket peer, or the first untrusted hop of X-Forwarded-For. */
  clientAddress(req: IncomingMessage): string;
  /** Whether the socket peer is a trusted proxy, whose `X-Forwarded-Proto`/`-Host` we believe. */
  fromProxy(req: IncomingMessage): boolean;
}

export function compileProxyTrust(trust: TrustProxy): ProxyTrust {
  if (trust.kind === 'none') {
    return { clientAddress: (req) => req.socket.remoteAddress ?? '', fromProxy: () => false };
  }
  const check: (address: string, hop: number) => boolean =
    trust.kind === 'hops' ? (_address, hop) => hop < trust.hops : proxyaddr.compile([...trust.addresses]);
  return {
    clientAddress: (req) => (req.socket.remoteAddress === undefined ? '' : proxyaddr(req, check)),
    fromProxy: (req) => req.socket.remoteAddress !== undefined && check(req.socket.remoteAddress, 0),
  };
}

/**
 * The first value of `X-Forwarded-Proto`/`-Host`, trimmed, when the peer is a trusted proxy
 * (which sets these headers itself: deploy/nginx/ricochet.conf, deploy/caddy/Caddyfile).
 */
export function forwardedValue(req: IncomingMessage, proxy: ProxyTrust, name: 'x-forwarded-proto' | 'x-forwarded-host'): string | undefined {
  const raw = req.headers[name];
  if (raw === undefined || !proxy.fromProxy(req)) return undefined;
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(',')[0]?.trim();
  return first || undefined;
}
