import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { readConsentCookie } from '../../core/consent/cookie.js';
import type { RequestFacts } from '../../core/request/facts.js';
import { hasGlobalPrivacyControl } from '../../core/request/gpc.js';
import { isPrefetch } from '../../core/request/prefetch.js';
import { forwardedValue, type ProxyTrust } from '../proxy-trust.js';

function scheme(req: IncomingMessage, proxy: ProxyTrust): 'http' | 'https' {
  const proto = forwardedValue(req, proxy, 'x-forwarded-proto')?.toLowerCase();
  if (proto === 'https' || proto === 'http') return proto;
  return (req.socket as TLSSocket).encrypted ? 'https' : 'http';
}

/** Everything `decide` needs from the request, read straight off Node's parsed headers. */
export function requestFacts(req: IncomingMessage, host: string, path: string, query: string, country: string | null, proxy: ProxyTrust): RequestFacts {
  const h = req.headers;
  return {
    method: req.method === 'HEAD' ? 'HEAD' : 'GET',
    scheme: scheme(req, proxy),
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
