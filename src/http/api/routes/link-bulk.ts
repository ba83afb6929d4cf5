import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { bulkCreateLinks, MAX_BULK_LINKS } from '../../../app/links/bulk-create-links.js';
import { bulkDeleteLinks, bulkUpdateLinks } from '../../../app/links/bulk-edit-links.js';
import type { LinkInput } from '../../../app/links/link-input.js';
import type { ApiEnv } from '../env.js';
import { auditMany } from '../audit.js';
import { requirePermission, takeLinkCreations } from '../middleware.js';
import { presentLink } from '../present.js';
import { validationError } from '../render-error.js';
import { errorResponses, ok } from '../responses.js';
import { type BulkItemErrorJson, BulkCreate, BulkCreateResult, BulkDeleteQuery, BulkDeleteResult, BulkUpdate, BulkUpdateResult, MAX_BULK_DELETE } from '../schemas/link-bulk-schemas.js';
import { LinkCreate } from '../schemas/link-schemas.js';

const tags = ['links'];
const security = [{ bearer: [] }];
const PER_ITEM = 'Each item succeeds or fails on its own (no transaction across items); the response has one result per item, with `ok` telling which shape it has.';

/** Bulk create, update and delete. Registered before `/links/{id}` so `bulk` is never taken for an id. */
export function linkBulkRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:links');
  const count = <T extends { ok: boolean }>(results: T[]) => results.filter((r) => r.ok).length;

  app.openapi(
    createRoute({
      method: 'post', path: '/links/bulk', operationId: 'createLinks', tags, security, middleware: [write] as const,
      summary: `Create up to ${MAX_BULK_LINKS.toLocaleString('en')} links`,
      description: `${PER_ITEM} A request with more than ${MAX_BULK_LINKS.toLocaleString('en')} items is refused whole (422 \`BULK_TOO_LARGE\`).`,
      request: { body: { content: { 'application/json': { schema: BulkCreate } }, required: true } },
      responses: { 200: ok(BulkCreateResult, 'Per-item results in input order.'), ...errorResponses({ body: true, write: true }, ['BULK_TOO_LARGE', 'LINK_RATE_LIMITED']) },
    }),
    async (c) => {
      const { links } = c.req.valid('json');
      // The whole request counts against the hourly cap, before anything is made: all or none.
      if (links.length <= MAX_BULK_LINKS) takeLinkCreations(ctx, c.var.key.workspaceId, links.length);
      const results = await bulkCreateLinks(ctx, c.var.key.workspaceId, links, (raw) => {
        const parsed = LinkCreate.safeParse(raw);
        if (!parsed.success) throw validationError(parsed.error, 'json');
        return parsed.data as LinkInput;
      });
      const created = count(results);
      await auditMany(ctx, c, 'link.create', results.flatMap((r) => (r.ok ? [[r.link.id, { slug: r.link.slug, domain: r.link.domain, bulk: true }] as [string, Record<string, unknown>]] : [])));
      return c.json(
        {
          created,
          failed: results.length - created,
          results: results.map((r) => (r.ok ? { index: r.index, ok: true as const, link: presentLink(ctx, r.link) } : { index: r.index, ok: false as const, error: r.error as BulkItemErrorJson })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/links/bulk', operationId: 'updateLinks', tags, security, middleware: [write] as const,
      summary: `Apply one change to up to ${MAX_BULK_LINKS.toLocaleString('en')} links`,
      description: `Sets the fields of \`update\` on every link of \`ids\`, as \`PATCH /links/{id}\` would (tags and pixels are replaced). ${PER_ITEM} An id given twice is changed once.`,
      request: { body: { content: { 'application/json': { schema: BulkUpdate } }, required: true } },
      responses: { 200: ok(BulkUpdateResult, 'Per-link results in input order.'), ...errorResponses({ body: true, write: true }) },
    }),
    async (c) => {
      const { ids, update } = c.req.valid('json');
      const results = await bulkUpdateLinks(ctx, c.var.key.workspaceId, ids, update as Partial<LinkInput>);
      const updated = count(results);
      await auditMany(ctx, c, 'link.update', results.flatMap((r) => (r.ok ? [[r.id, { patch: update, bulk: true }] as [string, Record<string, unknown>]] : [])));
      return c.json(
        {
          updated,
          failed: results.length - updated,
          results: results.map((r) => (r.ok ? { id: r.id, ok: true as const, link: presentLink(ctx, r.link) } : { id: r.id, ok: false as const, error: r.error as BulkItemErrorJson })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/links/bulk', operationId: 'deleteLinks', tags, security, middleware: [write] as const,
      summary: `Delete up to ${MAX_BULK_DELETE} links`,
      description: `${PER_ITEM} Ids that are not links of this workspace fail with \`LINK_NOT_FOUND\`.`,
      request: { query: BulkDeleteQuery },
      responses: { 200: ok(BulkDeleteResult, 'Per-link results in input order.'), ...errorResponses({ params: true, write: true }) },
    }),
    async (c) => {
      const results = await bulkDeleteLinks(ctx, c.var.key.workspaceId, c.req.valid('query').ids);
      const deleted = count(results);
      await auditMany(ctx, c, 'link.delete', results.flatMap((r) => (r.ok ? [[r.id, { bulk: true }] as [string, Record<string, unknown>]] : [])));
      return c.json(
        {
          deleted,
          failed: results.length - deleted,
          results: results.map((r) => (r.ok ? { id: r.id, ok: true as const } : { id: r.id, ok: false as const, error: r.error as BulkItemErrorJson })),
        },
        200,
      );
    },
  );
}
