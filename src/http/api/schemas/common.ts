import { z } from '@hono/zod-openapi';

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'LINK_NOT_FOUND' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ description: 'Page size, 1–100 (default 50).' }),
  cursor: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page.' }),
});

/**
 * A URL field. No length cap in the schema on purpose: `checkDestinationUrl` enforces the 8 KB
 * limit (in bytes, after IDN and percent-encoding) and answers URL_UNSAFE with reason `too_long`;
 * a schema cap in characters answered VALIDATION_FAILED for the same mistake. The 1 MB body limit
 * still bounds it.
 */
export const urlString = () => z.string();

export const IdParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' } }) });

export const isoDate = (description: string) => z.iso.datetime({ offset: true }).openapi({ description, example: '2026-12-31T23:59:59Z' });

export function pageOf<T extends z.ZodTypeAny>(item: T, name: string) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() }).openapi(name);
}

export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorResponse } } });

/** Error responses every authenticated endpoint can give. */
export const COMMON_ERRORS = {
  400: errorResponse('Malformed request (bad JSON, bad query parameter, bad cursor).'),
  401: errorResponse('Missing or invalid API key.'),
  403: errorResponse('The key’s role does not allow this.'),
  404: errorResponse('Not found in this workspace.'),
  413: errorResponse('Body larger than 1 MB.'),
  415: errorResponse('Body is not JSON.'),
  422: errorResponse('Validation failed; `details` says which field and why.'),
  429: errorResponse('Rate limited; see `Retry-After`.'),
} as const;

export function json<T extends z.ZodTypeAny>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
