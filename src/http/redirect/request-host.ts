import type { IncomingMessage } from 'node:http';
import { forwardedValue, type ProxyTrust } from '../proxy-trust.js';

/**
 * The host the visitor asked for, as sent. Behind a trusted proxy `X-Forwarded-Host` wins (first
 * value); otherwise it is ignored because anyone can send it. The domain registry canonicalises
 * it (src/core/hostname.ts) before matching.
 */
export function requestHost(req: IncomingMessage, proxy: ProxyTrust): string {
  return forwardedValue(req, proxy, 'x-forwarded-host') ?? req.headers.host ?? '';
}
