import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { bulkCreateLinks } from '../../../app/links/bulk-create-links.js';
import { createLink } from '../../../app/links/create-link.js';
import { deleteLink } from '../../../app/links/delete-link.js';
import { getLinkOrThrow } from '../../../app/links/get-link-or-throw.js';
import type { LinkInput } from '../../../app/links/link-input.js';
import { resolveLinkDomain } from '../../../app/links/resolve-domain.js';
import { updateLink } from '../../../app/links/update-link.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { presentLink } from '../present.js';
import { validationError } from '../render-error.js';
import { COMMON_ERRORS, IdParam, errorResponse, json } from '../schemas/common.js';
import { BulkCreate, BulkResponse, LinkCreate, LinkListQuery, LinkPage, LinkResponse, LinkUpdate } from '../schemas/link-schemas.js';

const tags = ['links'];
const security = [{ bearer: [] }];

export function linkRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:links');

  app.openapi(
    createRoute({
      method: 'post', path: '/links', tags, security, middleware: [write] as const, summary: 'Create a link',
      request: { body: { content: { 'application/json': { schema: LinkCreate } }, required: true } },
      responses: { 201: json(LinkResponse, 'Created.'), 409: errorResponse('Slug taken on this domain.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const link = await createLink(ctx, c.var.key.workspaceId, c.req.valid('json') as LinkInput);
      return c.json(presentLink(ctx, link), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/links', tags, security, summary: 'List and search links (newest first)',
      request: { query: LinkListQuery },
      responses: { 200: json(LinkPage, 'One page of links.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await ctx.stores.links.list(c.var.key.workspaceId, {
        ...pageRequest(query),
        ...(query.q ? { q: query.q } : {}),
        ...(query.tag ? { tag: query.tag } : {}),
        ...(query.domain ? { domain: resolveLinkDomain(ctx, c.var.key.workspaceId, query.domain) } : {}),
      });
      return c.json({ data: page.items.map((l) => presentLink(ctx, l)), nextCursor: encodeCursor(page.nextCursor) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/links/bulk', tags, security, middleware: [write] as const, summary: 'Create up to 1,000 links, each on its own',
      request: { body: { content: { 'application/json': { schema: BulkCreate } }, required: true } },
      responses: { 200: json(BulkResponse, 'Per-item results in input order.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const { links } = c.req.valid('json');
      const results = await bulkCreateLinks(ctx, c.var.key.workspaceId, links, (raw) => {
        const parsed = LinkCreate.safeParse(raw);
        if (!parsed.success) throw validationError(parsed.error, 'json');
        return parsed.data as LinkInput;
      });
      const created = results.filter((r) => r.ok).length;
      return c.json(
        {
          created,
          failed: results.length - created,
          results: results.map((r) => (r.ok ? { index: r.index, ok: true, link: presentLink(ctx, r.link) } : { index: r.index, ok: false, error: r.error })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/links/{id}', tags, security, summary: 'Get a link',
      request: { params: IdParam },
      responses: { 200: json(LinkResponse, 'The link.'), ...COMMON_ERRORS },
    }),
    async (c) => c.json(presentLink(ctx, await getLinkOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/links/{id}', tags, security, middleware: [write] as const, summary: 'Update a link (absent fields unchanged, null clears)',
      request: { params: IdParam, body: { content: { 'application/json': { schema: LinkUpdate } }, required: true } },
      responses: { 200: json(LinkResponse, 'The updated link.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const link = await updateLink(ctx, c.var.key.workspaceId, c.req.valid('param').id, c.req.valid('json') as Partial<LinkInput>);
      return c.json(presentLink(ctx, link), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/links/{id}', tags, security, middleware: [write] as const, summary: 'Delete a link',
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted.' }, ...COMMON_ERRORS },
    }),
    async (c) => {
      await deleteLink(ctx, c.var.key.workspaceId, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
