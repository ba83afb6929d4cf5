import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { readConsentCookie } from '../../core/consent/cookie.js';
import type { RequestFacts } from '../../core/request/facts.js';
import { hasGlobalPrivacyControl } from '../../core/request/gpc.js';
import { isPrefetch } from '../../core/request/prefetch.js';
import { firstForwarded } from './forwarded.js';

/** The client address: the first `X-Forwarded-For` entry behind a trusted proxy, else the socket's. */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  return (trustProxy ? firstForwarded(req, 'x-forwarded-for') : undefined) ?? req.socket.remoteAddress ?? '';
}

function scheme(req: IncomingMessage, trustProxy: boolean): 'http' | 'https' {
  if (trustProxy) {
    const proto = firstForwarded(req, 'x-forwarded-proto')?.toLowerCase();
    if (proto === 'https' || proto === 'http') return proto;
  }
  return (req.socket as TLSSocket).encrypted ? 'https' : 'http';
}

/** Everything `decide` needs from the request, read straight off Node's parsed headers. */
export function requestFacts(req: IncomingMessage, host: string, path: string, query: string, country: string | null, trustProxy: boolean): RequestFacts {
  const h = req.headers;
  return {
    method: req.method === 'HEAD' ? 'HEAD' : 'GET',
    scheme: scheme(req, trustProxy),
    host,
    path,
    query,
    userAgent: h['user-agent'] ?? '',
    acceptLanguage: h['accept-language'] ?? '',
    referer: h.referer ?? null,
    secGpc: hasGlobalPrivacyControl(h),
    prefetch: isPrefetch(h),
    consentCookie: h.cookie ? readConsentCookie(h.cookie) : null,
    country,
  };
}
