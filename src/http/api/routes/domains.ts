import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { createDomain, deleteDomain, getDomainOrThrow, updateDomain } from '../../../app/domains/manage-domains.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { presentDomain } from '../present.js';
import { COMMON_ERRORS, IdParam, PageQuery, errorResponse, json } from '../schemas/common.js';
import { DomainCreate, DomainPage, DomainResponse, DomainUpdate } from '../schemas/domain-schemas.js';

const tags = ['domains'];
const security = [{ bearer: [] }];

export function domainRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:domains');

  app.openapi(
    createRoute({
      method: 'post', path: '/domains', tags, security, middleware: [write] as const, summary: 'Register a custom domain',
      request: { body: { content: { 'application/json': { schema: DomainCreate } }, required: true } },
      responses: { 201: json(DomainResponse, 'Created. Point the hostname’s DNS at Ricochet.'), 409: errorResponse('Hostname already registered.'), ...COMMON_ERRORS },
    }),
    async (c) => c.json(presentDomain(await createDomain(ctx, c.var.key.workspaceId, c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/domains', tags, security, summary: 'List custom domains',
      request: { query: PageQuery },
      responses: { 200: json(DomainPage, 'One page of domains.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const page = await ctx.stores.domains.list(c.var.key.workspaceId, pageRequest(c.req.valid('query')));
      return c.json({ data: page.items.map(presentDomain), nextCursor: encodeCursor(page.nextCursor) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/domains/{id}', tags, security, summary: 'Get a custom domain',
      request: { params: IdParam },
      responses: { 200: json(DomainResponse, 'The domain.'), ...COMMON_ERRORS },
    }),
    async (c) => c.json(presentDomain(await getDomainOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/domains/{id}', tags, security, middleware: [write] as const, summary: 'Change where unknown slugs on a domain go',
      request: { params: IdParam, body: { content: { 'application/json': { schema: DomainUpdate } }, required: true } },
      responses: { 200: json(DomainResponse, 'The updated domain.'), ...COMMON_ERRORS },
    }),
    async (c) => c.json(presentDomain(await updateDomain(ctx, c.var.key.workspaceId, c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/domains/{id}', tags, security, middleware: [write] as const, summary: 'Delete a custom domain (refused while links use it)',
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted.' }, 409: errorResponse('Links still use this domain.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      await deleteDomain(ctx, c.var.key.workspaceId, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
