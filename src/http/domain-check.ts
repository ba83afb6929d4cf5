import { Hono } from 'hono';
import type { DomainRegistry } from '../app/redirect/domain-registry.js';
import { DOMAIN_CHECK_PATH } from '../app/domains/check-domain.js';

/**
 * Answers for custom domains (docs/api.md, "Custom domains"), from the in-memory domain registry (no database
 * read):
 * - `GET /_r/domain-check?token=…` answers the token when the Host is a registered domain with
 *   exactly that token, so a domain check proves the domain reaches this Ricochet; 404 otherwise.
 * - `GET /` on a domain with a `rootUrl` redirects there (302); other hosts fall through to the
 *   dashboard.
 */
export function domainRoutes(domains: DomainRegistry, trustProxy: boolean): Hono {
  const app = new Hono();
  const hostOf = (forwarded: string | undefined, host: string | undefined) => ((trustProxy ? forwarded?.split(',')[0] : undefined) ?? host ?? '').trim().toLowerCase();
  app.get(DOMAIN_CHECK_PATH, (c) => {
    const domain = domains.lookup(hostOf(c.req.header('x-forwarded-host'), c.req.header('host')));
    const token = c.req.query('token');
    if (!domain || !token || token !== domain.verifyToken) return c.text('not a domain of this Ricochet\n', 404, { 'cache-control': 'no-store' });
    return c.text(domain.verifyToken, 200, { 'cache-control': 'no-store' });
  });
  app.get('/', async (c, next) => {
    const domain = domains.lookup(hostOf(c.req.header('x-forwarded-host'), c.req.header('host')));
    if (domain?.rootUrl) return c.redirect(domain.rootUrl, 302);
    await next();
  });
  return app;
}
