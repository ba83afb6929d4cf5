import type { IncomingMessage } from 'node:http';

/**
 * The host the visitor asked for, lower-cased. Behind a trusted proxy `X-Forwarded-Host` wins
 * (first value); otherwise it is ignored because anyone can send it.
 */
export function requestHost(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-host'] : undefined;
  const raw = (typeof forwarded === 'string' ? forwarded.split(',')[0] : req.headers.host) ?? '';
  return raw.trim().toLowerCase();
}
