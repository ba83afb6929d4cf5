import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { findLinkOrThrow } from '../../../app/links/find-link-or-throw.js';
import type { LinkInput } from '../../../app/links/link-input.js';
import { upsertLink } from '../../../app/links/upsert-link.js';
import { AppError } from '../../../core/errors.js';
import type { ApiEnv } from '../env.js';
import { audit } from '../audit.js';
import { requirePermission } from '../middleware.js';
import { presentLink } from '../present.js';
import { created, errorResponses, ok } from '../responses.js';
import { ExternalIdParam, LinkLookupQuery, LinkResponse, LinkUpsert } from '../schemas/link-schemas.js';
import { LINK_INPUT_ERRORS } from './links.js';
import { API_BASE } from './paths.js';

const tags = ['links'];
const security = [{ bearer: [] }];

/**
 * Links named by what integrators already know, their short URL or their own id: lookup, and the
 * idempotent create-or-update. Registered before `/links/{id}` so `lookup` is never read as an id.
 */
export function linkKeyRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:links');
  const location = (id: string) => `${API_BASE}/links/${id}`;

  app.openapi(
    createRoute({
      method: 'get', path: '/links/lookup', operationId: 'lookupLink', tags, security,
      summary: 'Find a link by its short URL or your own id',
      description: 'Give `slug` (and `domain` when the link is not on the default domain), or `externalId`. Answers 404 `LINK_NOT_FOUND` when this workspace has no such link.',
      request: { query: LinkLookupQuery },
      responses: { 200: ok(LinkResponse, 'The link.'), ...errorResponses({ params: true }, ['LINK_NOT_FOUND']) },
    }),
    async (c) => {
      const { slug, domain, externalId } = c.req.valid('query');
      if ((slug === undefined) === (externalId === undefined) || (externalId !== undefined && domain !== undefined)) {
        throw new AppError('INVALID_QUERY', 'Give either `slug` (with `domain` if needed) or `externalId`.', { field: slug === undefined ? 'slug' : 'externalId' });
      }
      const link = await findLinkOrThrow(ctx, c.var.key.workspaceId, externalId !== undefined ? { externalId } : { slug: slug as string, domain });
      return c.json(presentLink(ctx, link), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put', path: '/links/external/{externalId}', operationId: 'upsertLink', tags, security, middleware: [write] as const,
      summary: 'Create or update a link by your own id (idempotent)',
      description: 'If no link of the workspace has this `externalId`, creates one from the body (201). Otherwise applies the fields present in the body to it, as `PATCH` does, and leaves absent fields as they are (200). Sending the same request twice leaves one link in the same state: safe to retry.',
      request: { params: ExternalIdParam, body: { content: { 'application/json': { schema: LinkUpsert } }, required: true } },
      responses: {
        200: ok(LinkResponse, 'Updated the existing link.'),
        201: created(LinkResponse, 'Created; `Location` is the new link.'),
        ...errorResponses({ body: true, params: true, write: true }, [...LINK_INPUT_ERRORS, 'SLUG_TAKEN', 'EXTERNAL_ID_TAKEN']),
      },
    }),
    async (c) => {
      const body = c.req.valid('json') as LinkInput;
      const result = await upsertLink(ctx, c.var.key.workspaceId, c.req.valid('param').externalId, body);
      await audit(ctx, c, result.created ? 'link.create' : 'link.update', result.link.id, result.created ? { slug: result.link.slug, domain: result.link.domain, externalId: result.link.externalId } : { patch: body });
      if (!result.created) return c.json(presentLink(ctx, result.link), 200);
      c.header('location', location(result.link.id));
      return c.json(presentLink(ctx, result.link), 201);
    },
  );

}
