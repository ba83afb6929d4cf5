import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import type { DomainRegistry } from '../app/redirect/domain-registry.js';
import { DOMAIN_CHECK_PATH } from '../app/domains/check-domain.js';
import { requestHostname } from '../core/hostname.js';
import type { ProxyTrust } from './proxy-trust.js';
import { requestHost } from './redirect/request-host.js';

/**
 * Answers for custom domains (docs/api.md, "Custom domains"), from the in-memory domain registry (no database
 * read):
 * - `GET /_r/domain-check?token=…` answers the token when the Host is a registered domain with
 *   exactly that token, so a domain check proves the domain reaches this Ricochet; 404 otherwise.
 * - `GET /` on a domain with a `rootUrl` redirects there (302); other hosts fall through to the
 *   dashboard.
 */
export function domainRoutes(domains: DomainRegistry, proxy: ProxyTrust): Hono<{ Bindings: { incoming?: IncomingMessage } }> {
  const app = new Hono<{ Bindings: { incoming?: IncomingMessage } }>();
  // The host as the redirect reads it: X-Forwarded-Host only from a trusted proxy, canonicalised.
  const domainOf = (incoming: IncomingMessage | undefined) => (incoming ? domains.lookup(requestHostname(requestHost(incoming, proxy))) : null);
  app.get(DOMAIN_CHECK_PATH, (c) => {
    const domain = domainOf(c.env?.incoming);
    const token = c.req.query('token');
    if (!domain || !token || token !== domain.verifyToken) return c.text('not a domain of this Ricochet\n', 404, { 'cache-control': 'no-store' });
    return c.text(domain.verifyToken, 200, { 'cache-control': 'no-store' });
  });
  app.get('/', async (c, next) => {
    const domain = domainOf(c.env?.incoming);
    if (domain?.rootUrl) return c.redirect(domain.rootUrl, 302);
    await next();
  });
  return app;
}
