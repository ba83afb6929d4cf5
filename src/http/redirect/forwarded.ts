import type { IncomingMessage } from 'node:http';

/**
 * The first value of an `X-Forwarded-*` header (the one the client-facing proxy wrote), trimmed;
 * undefined when absent or empty. Only meaningful behind a trusted proxy (TRUST_PROXY).
 */
export function firstForwarded(req: IncomingMessage, name: 'x-forwarded-for' | 'x-forwarded-proto' | 'x-forwarded-host'): string | undefined {
  const raw = req.headers[name];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(',')[0]?.trim();
  return first || undefined;
}
