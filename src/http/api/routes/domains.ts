import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { createDomain, deleteDomain, getDomainOrThrow, updateDomain } from '../../../app/domains/manage-domains.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { audit } from '../audit.js';
import { requirePermission } from '../middleware.js';
import { presentDomain } from '../present.js';
import { created, errorResponses, noContent, ok } from '../responses.js';
import { PageQuery, idParam } from '../schemas/common.js';
import { DomainCreate, DomainPage, DomainResponse, DomainUpdate } from '../schemas/domain-schemas.js';
import { API_BASE } from './paths.js';

const tags = ['domains'];
const security = [{ bearer: [] }];
const IdParam = idParam('domain');

export function domainRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:domains');

  app.openapi(
    createRoute({
      method: 'post', path: '/domains', operationId: 'createDomain', tags, security, middleware: [write] as const,
      summary: 'Register a custom domain',
      description: 'Links can then be created on it (`domain` in the link). Point the hostname’s DNS at this Ricochet; a hostname belongs to one workspace.',
      request: { body: { content: { 'application/json': { schema: DomainCreate } }, required: true } },
      responses: { 201: created(DomainResponse, 'Created; `Location` is the new domain.'), ...errorResponses({ body: true, write: true }, ['DOMAIN_INVALID', 'DOMAIN_TAKEN', 'URL_UNSAFE', 'DESTINATION_BLOCKED']) },
    }),
    async (c) => {
      const domain = await createDomain(ctx, c.var.key.workspaceId, c.req.valid('json'));
      await audit(ctx, c, 'domain.create', domain.id, { hostname: domain.hostname });
      c.header('location', `${API_BASE}/domains/${domain.id}`);
      return c.json(presentDomain(domain), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/domains', operationId: 'listDomains', tags, security,
      summary: 'List custom domains',
      description: 'Newest first, one page at a time. The default domain (the host of `PUBLIC_URL`) is not listed: see `defaultDomain` of `GET /workspace`.',
      request: { query: PageQuery },
      responses: { 200: ok(DomainPage, 'One page of domains.'), ...errorResponses({ params: true, list: true }) },
    }),
    async (c) => {
      const page = await ctx.stores.domains.list(c.var.key.workspaceId, pageRequest(c.req.valid('query')));
      return c.json({ data: page.items.map(presentDomain), nextCursor: encodeCursor(page.nextCursor), hasMore: page.nextCursor !== null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/domains/{id}', operationId: 'getDomain', tags, security,
      summary: 'Get a custom domain',
      description: 'One domain by id.',
      request: { params: IdParam },
      responses: { 200: ok(DomainResponse, 'The domain.'), ...errorResponses({ params: true }, ['DOMAIN_NOT_FOUND']) },
    }),
    async (c) => c.json(presentDomain(await getDomainOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/domains/{id}', operationId: 'updateDomain', tags, security, middleware: [write] as const,
      summary: 'Change where unknown slugs on a domain go',
      description: '`notFoundUrl` receives visitors of slugs that do not exist on this domain; `null` shows the 404 page.',
      request: { params: IdParam, body: { content: { 'application/json': { schema: DomainUpdate } }, required: true } },
      responses: { 200: ok(DomainResponse, 'The updated domain.'), ...errorResponses({ body: true, params: true, write: true }, ['DOMAIN_NOT_FOUND', 'URL_UNSAFE', 'DESTINATION_BLOCKED']) },
    }),
    async (c) => {
      const patch = c.req.valid('json');
      const domain = await updateDomain(ctx, c.var.key.workspaceId, c.req.valid('param').id, patch);
      await audit(ctx, c, 'domain.update', domain.id, { hostname: domain.hostname, patch });
      return c.json(presentDomain(domain), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/domains/{id}', operationId: 'deleteDomain', tags, security, middleware: [write] as const,
      summary: 'Delete a custom domain',
      description: 'Refused while links use it (409 `DOMAIN_IN_USE`): delete or move those links first.',
      request: { params: IdParam },
      responses: { 204: noContent('Deleted.'), ...errorResponses({ params: true, write: true }, ['DOMAIN_NOT_FOUND', 'DOMAIN_IN_USE']) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await deleteDomain(ctx, c.var.key.workspaceId, id);
      await audit(ctx, c, 'domain.delete', id);
      return c.body(null, 204);
    },
  );
}
