import { SLUG_PATTERN } from '../../core/slug.js';

/**
 * Longest request target the redirect path takes: a slug (≤ 100 chars) and a query of up to
 * 8 KB, which is as much as a click keeps (src/ingest/click-handover.ts) and as much as nginx's
 * default `large_client_header_buffers` lets through. A longer one is refused with 414 URI Too
 * Long (RFC 9110 §15.5.15). It must stay below Node's own limit on the request head (16 KB,
 * `maxHeaderSize`), which answers 431 before this handler runs: at 16 KB this branch could never
 * be reached (issue 14).
 */
export const MAX_TARGET_LENGTH = 8 * 1024;

export type RequestTarget =
  | { kind: 'slug'; slug: string; query: string }
  | { kind: 'not_found' }
  | { kind: 'bad_request' }
  | { kind: 'too_long' };

/**
 * Split `req.url` into slug and raw query without allocating a URL object (hot path).
 * The slug may carry one trailing slash; percent-encoded slugs are decoded (invalid encoding →
 * bad request); anything that cannot be a slug is a 404 without touching the cache.
 */
export function parseRequestTarget(target: string): RequestTarget {
  if (target.length > MAX_TARGET_LENGTH) return { kind: 'too_long' };
  const q = target.indexOf('?');
  let path = q === -1 ? target.slice(1) : target.slice(1, q);
  const query = q === -1 ? '' : target.slice(q + 1);
  if (path.endsWith('/')) path = path.slice(0, -1);
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return { kind: 'bad_request' };
    }
  }
  if (!SLUG_PATTERN.test(path)) return { kind: 'not_found' };
  return { kind: 'slug', slug: path, query };
}
