import { LIMITS } from '../../../core/limits.js';
import { z } from '@hono/zod-openapi';
import { MAX_BULK_LINKS } from '../../../app/links/bulk-create-links.js';
import { ERRORS } from '../../../core/errors.js';
import { EXAMPLE_IDS } from './common.js';
import { ErrorCodeSchema, ErrorDetails } from './error-schemas.js';
import { EXAMPLE_LINK, LinkResponse, updateFields } from './link-schemas.js';

export const MAX_BULK_DELETE = LIMITS.bulkDelete;

/**
 * Items are validated one by one (a bad item fails alone), so at run time the array holds
 * unknowns; the document still tells clients that each item is a `LinkCreate`.
 */
export const BulkCreate = z
  .strictObject({
    links: z
      .array(z.unknown())
      .min(1)
      .openapi({ items: { $ref: '#/components/schemas/LinkCreate' }, maxItems: MAX_BULK_LINKS, description: `Up to ${MAX_BULK_LINKS.toLocaleString('en')} links; each is validated and created on its own.` }),
  })
  .openapi('LinkBulkCreate', { example: { links: [{ url: 'https://example.com/a', slug: 'a' }, { url: 'https://example.com/b', tags: ['spring'] }] } });

export type BulkItemErrorJson = z.infer<typeof ItemError>;

const ItemError = z
  .object({ code: ErrorCodeSchema, message: z.string(), details: ErrorDetails.optional() })
  .openapi('BulkItemError', { example: { code: 'SLUG_TAKEN', message: ERRORS.SLUG_TAKEN.message, details: { field: 'slug' } } });

export const BulkCreateResult = z
  .object({
    created: z.number().int(),
    failed: z.number().int(),
    results: z.array(
      z.discriminatedUnion('ok', [
        z.object({ index: z.number().int(), ok: z.literal(true), link: LinkResponse }),
        z.object({ index: z.number().int(), ok: z.literal(false), error: ItemError }),
      ]),
    ).openapi({ description: 'One result per item, in input order; `ok` says which shape it has.' }),
  })
  .openapi('LinkBulkCreateResult', {
    example: { created: 1, failed: 1, results: [{ index: 0, ok: true, link: EXAMPLE_LINK }, { index: 1, ok: false, error: { code: 'SLUG_TAKEN', message: ERRORS.SLUG_TAKEN.message, details: { field: 'slug' } } }] },
  });

const { slug: _slug, domain: _domain, externalId: _externalId, ...bulkUpdateFields } = updateFields;
export const BulkUpdate = z
  .strictObject({
    ids: z.array(z.string().min(1).max(64)).min(1).max(MAX_BULK_LINKS).openapi({ description: `Up to ${MAX_BULK_LINKS.toLocaleString('en')} link ids.`, example: [EXAMPLE_IDS.link] }),
    update: z.strictObject(bulkUpdateFields).openapi('LinkBulkUpdateFields', {
      description: 'Applied to every link as by `PATCH /links/{id}`. Fields that identify one link (`slug`, `domain`, `externalId`) cannot be set in bulk.',
      example: { tags: ['archived'], expiresAt: '2026-12-31T23:59:59Z' },
    }),
  })
  .openapi('LinkBulkUpdate', { example: { ids: [EXAMPLE_IDS.link], update: { tags: ['archived'] } } });

export const BulkUpdateResult = z
  .object({
    updated: z.number().int(),
    failed: z.number().int(),
    results: z.array(
      z.discriminatedUnion('ok', [
        z.object({ id: z.string(), ok: z.literal(true), link: LinkResponse }),
        z.object({ id: z.string(), ok: z.literal(false), error: ItemError }),
      ]),
    ).openapi({ description: 'One result per id, in input order.' }),
  })
  .openapi('LinkBulkUpdateResult', { example: { updated: 1, failed: 0, results: [{ id: EXAMPLE_IDS.link, ok: true, link: EXAMPLE_LINK }] } });

/** `ids=a&ids=b` (the OpenAPI default for query arrays) or `ids=a,b`. */
export const BulkDeleteQuery = z.object({
  ids: z
    .preprocess((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => (typeof s === 'string' ? s.split(',') : [s])).filter((s) => s !== ''), z.array(z.string().min(1).max(64)).min(1).max(MAX_BULK_DELETE))
    .openapi({ description: `Up to ${MAX_BULK_DELETE} link ids: \`ids=a&ids=b\` (or \`ids=a,b\`).`, example: [EXAMPLE_IDS.link], param: { style: 'form', explode: true } }),
});

export const BulkDeleteResult = z
  .object({
    deleted: z.number().int(),
    failed: z.number().int(),
    results: z.array(
      z.discriminatedUnion('ok', [z.object({ id: z.string(), ok: z.literal(true) }), z.object({ id: z.string(), ok: z.literal(false), error: ItemError })]),
    ).openapi({ description: 'One result per id, in input order; an id that is not a link of this workspace fails with `LINK_NOT_FOUND`.' }),
  })
  .openapi('LinkBulkDeleteResult', {
    example: { deleted: 1, failed: 1, results: [{ id: EXAMPLE_IDS.link, ok: true }, { id: 'lnk_unknown', ok: false, error: { code: 'LINK_NOT_FOUND', message: ERRORS.LINK_NOT_FOUND.message } }] },
  });
