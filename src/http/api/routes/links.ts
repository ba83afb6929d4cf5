import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { createLink } from '../../../app/links/create-link.js';
import { deleteLink } from '../../../app/links/delete-link.js';
import { getLinkOrThrow } from '../../../app/links/get-link-or-throw.js';
import type { LinkInput } from '../../../app/links/link-input.js';
import { resolveLinkDomain } from '../../../app/links/resolve-domain.js';
import { updateLink } from '../../../app/links/update-link.js';
import type { ErrorCode } from '../../../core/errors.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { audit } from '../audit.js';
import { requirePermission, takeLinkCreations } from '../middleware.js';
import { presentLink } from '../present.js';
import { created, errorResponses, noContent, ok } from '../responses.js';
import { idParam } from '../schemas/common.js';
import { LinkCreate, LinkListQuery, LinkPage, LinkResponse, LinkUpdate } from '../schemas/link-schemas.js';
import { API_BASE } from './paths.js';

const tags = ['links'];
const security = [{ bearer: [] }];
const IdParam = idParam('link');

/** What a link body can be refused for, besides schema failures. */
export const LINK_INPUT_ERRORS: ErrorCode[] = ['URL_UNSAFE', 'DESTINATION_BLOCKED', 'SLUG_INVALID', 'SLUG_RESERVED', 'DOMAIN_UNKNOWN', 'PIXEL_UNKNOWN'];

export function linkRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:links');
  const location = (id: string) => `${API_BASE}/links/${id}`;

  app.openapi(
    createRoute({
      method: 'post', path: '/links', operationId: 'createLink', tags, security, middleware: [write] as const,
      summary: 'Create a link',
      description: 'Creates a short link. Without `slug` a random 7-character one is drawn; without `pixelIds` the workspace’s default pixels are attached. With `externalId`, a second create for the same id is refused (409 `EXTERNAL_ID_TAKEN`): use `PUT /links/external/{externalId}` to create-or-update idempotently.',
      request: { body: { content: { 'application/json': { schema: LinkCreate } }, required: true } },
      responses: { 201: created(LinkResponse, 'Created; `Location` is the new link.'), ...errorResponses({ body: true, write: true }, [...LINK_INPUT_ERRORS, 'SLUG_TAKEN', 'EXTERNAL_ID_TAKEN', 'LINK_RATE_LIMITED']) },
    }),
    async (c) => {
      takeLinkCreations(ctx, c.var.key.workspaceId, 1);
      const link = await createLink(ctx, c.var.key.workspaceId, c.req.valid('json') as LinkInput);
      await audit(ctx, c, 'link.create', link.id, { slug: link.slug, domain: link.domain });
      c.header('location', location(link.id));
      return c.json(presentLink(ctx, link), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/links', operationId: 'listLinks', tags, security,
      summary: 'List and search links',
      description: 'Newest first, one page at a time (`limit`, `cursor`). `q` searches slug, destination, title and tags; `tag` and `domain` filter exactly.',
      request: { query: LinkListQuery },
      responses: { 200: ok(LinkPage, 'One page of links.'), ...errorResponses({ params: true, list: true }, ['DOMAIN_UNKNOWN']) },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await ctx.stores.links.list(c.var.key.workspaceId, {
        ...pageRequest(query),
        ...(query.q ? { q: query.q } : {}),
        ...(query.tag ? { tag: query.tag } : {}),
        ...(query.domain ? { domain: resolveLinkDomain(ctx, c.var.key.workspaceId, query.domain) } : {}),
      });
      return c.json({ data: page.items.map((l) => presentLink(ctx, l)), nextCursor: encodeCursor(page.nextCursor), hasMore: page.nextCursor !== null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/links/{id}', operationId: 'getLink', tags, security,
      summary: 'Get a link',
      description: 'One link by id, with its human click count so far.',
      request: { params: IdParam },
      responses: { 200: ok(LinkResponse, 'The link.'), ...errorResponses({ params: true }, ['LINK_NOT_FOUND']) },
    }),
    async (c) => c.json(presentLink(ctx, await getLinkOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/links/{id}', operationId: 'updateLink', tags, security, middleware: [write] as const,
      summary: 'Update a link',
      description: 'Absent fields stay as they are; `null` clears a field that can be empty. The old and the new short URL stop being served from cache at once.',
      request: { params: IdParam, body: { content: { 'application/json': { schema: LinkUpdate } }, required: true } },
      responses: { 200: ok(LinkResponse, 'The updated link.'), ...errorResponses({ body: true, params: true, write: true }, [...LINK_INPUT_ERRORS, 'LINK_NOT_FOUND', 'SLUG_TAKEN', 'EXTERNAL_ID_TAKEN']) },
    }),
    async (c) => {
      const patch = c.req.valid('json') as Partial<LinkInput>;
      const link = await updateLink(ctx, c.var.key.workspaceId, c.req.valid('param').id, patch);
      await audit(ctx, c, 'link.update', link.id, { patch });
      return c.json(presentLink(ctx, link), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/links/{id}', operationId: 'deleteLink', tags, security, middleware: [write] as const,
      summary: 'Delete a link',
      description: 'The short URL stops redirecting at once (404 page, or the domain’s `notFoundUrl`). Its recorded clicks stay in workspace stats.',
      request: { params: IdParam },
      responses: { 204: noContent('Deleted.'), ...errorResponses({ params: true, write: true }, ['LINK_NOT_FOUND']) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await deleteLink(ctx, c.var.key.workspaceId, id);
      await audit(ctx, c, 'link.delete', id);
      return c.body(null, 204);
    },
  );
}
