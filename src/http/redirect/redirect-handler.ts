import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../../app/context.js';
import type { CachedLink } from '../../app/redirect/link-cache.js';
import { badRequestPage, notFoundPage, PAGE_CSP } from './pages.js';
import { parseRequestTarget } from './request-target.js';
import { requestHost } from './request-host.js';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * `GET|HEAD /:slug` on raw `node:http`, outside the API framework: this is the hot path, and a
 * cache hit answers synchronously with no allocation beyond the response itself.
 */
export function createRedirectHandler(ctx: AppContext): NodeHandler {
  const { config, linkCache, domains } = ctx;

  return (req, res) => {
    const target = parseRequestTarget(req.url ?? '/');
    if (target.kind === 'too_long') return sendPage(res, 414, badRequestPage());
    if (target.kind === 'bad_request') return sendPage(res, 400, badRequestPage());
    const host = requestHost(req, config.trustProxy);
    const domain = domains.lookup(host);
    if (target.kind === 'not_found') return notFound(res, domain?.notFoundUrl ?? null);

    const domainKey = domain?.hostname ?? '';
    const respond = (cached: CachedLink | null) => {
      if (!cached) return notFound(res, domain?.notFoundUrl ?? null);
      const { link } = cached.resolved;
      res.writeHead(link.redirectType, { location: link.url, 'cache-control': 'private, max-age=0' });
      res.end();
    };
    const hit = linkCache.peek(domainKey, target.slug);
    if (hit !== undefined) return respond(hit);
    linkCache.resolve(domainKey, target.slug).then(respond, (error: unknown) => {
      ctx.log.error({ err: error }, 'link lookup failed');
      sendPage(res, 503, badRequestPage());
    });
  };
}

function notFound(res: ServerResponse, notFoundUrl: string | null): void {
  if (notFoundUrl) {
    res.writeHead(302, { location: notFoundUrl, 'cache-control': 'private, max-age=0' });
    res.end();
    return;
  }
  sendPage(res, 404, notFoundPage());
}

export function sendPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': PAGE_CSP,
    'x-robots-tag': 'noindex',
  });
  res.end(res.req.method === 'HEAD' ? undefined : html);
}
