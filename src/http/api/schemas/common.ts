import { z } from '@hono/zod-openapi';
import { ID_PREFIXES, type IdKind } from '../../../core/ids.js';

/** Example ids, one per kind, so every example in the document reads like real traffic. */
export const EXAMPLE_IDS = {
  workspace: 'ws_01kbmz3f8r9c2v6x4n7q5t8w0y',
  apiKey: 'key_01kbmz3f8r9c2v6x4n7q5t8w0y',
  domain: 'dom_01kbmz3f8r9c2v6x4n7q5t8w0y',
  pixel: 'pix_01kbmz3f8r9c2v6x4n7q5t8w0y',
  link: 'lnk_01kbmz3f8r9c2v6x4n7q5t8w0y',
  click: 'clk_01kbmz3f8r9c2v6x4n7q5t8w0y',
  conversion: 'cnv_01kbmz3f8r9c2v6x4n7q5t8w0y',
  folder: 'fld_01kbmz3f8r9c2v6x4n7q5t8w0y',
  utmTemplate: 'utm_01kbmz3f8r9c2v6x4n7q5t8w0y',
  view: 'vw_01kbmz3f8r9c2v6x4n7q5t8w0y',
  webhook: 'whk_01kbmz3f8r9c2v6x4n7q5t8w0y',
  webhookMessage: 'msg_01kbmz3f8r9c2v6x4n7q5t8w0y',
  webhookLog: 'wha_01kbmz3f8r9c2v6x4n7q5t8w0y',
  audit: 'aud_01kbmz3f8r9c2v6x4n7q5t8w0y',
} as const satisfies Partial<Record<IdKind, string>>;

export const EXAMPLE_TIME = '2026-12-01T09:30:00.000Z';

/** A server-issued id of one kind (`lnk_…`): 26 lower-case base-32 characters after the prefix. */
export const idOf = (kind: keyof typeof EXAMPLE_IDS) =>
  z.string().openapi({ pattern: `^${ID_PREFIXES[kind]}_[0-9a-z]{26}$`, example: EXAMPLE_IDS[kind] });

/** The `{id}` path parameter of one resource. */
export const idParam = (kind: keyof typeof EXAMPLE_IDS) =>
  z.object({ id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' }, example: EXAMPLE_IDS[kind] }) });

/** An instant in a response: ISO 8601 in UTC with milliseconds. */
export const timestamp = (description?: string) =>
  z.iso.datetime().openapi({ example: EXAMPLE_TIME, ...(description ? { description } : {}) });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ description: 'Page size, 1–100 (default 50).', example: 50 }),
  cursor: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page; absent for the first page.' }),
});

/**
 * A URL field. No length cap in the schema on purpose: `checkDestinationUrl` enforces the 8 KB
 * limit (in bytes, after IDN and percent-encoding) and answers URL_UNSAFE with reason `too_long`;
 * a schema cap in characters answered VALIDATION_FAILED for the same mistake. The 1 MB body limit
 * still bounds it. Declared `format: uri` for clients; the server's own check is stricter
 * (absolute http(s) only).
 */
export const urlString = () => z.string().openapi({ format: 'uri' });

export const isoDate = (description: string) => z.iso.datetime({ offset: true }).openapi({ description, example: '2026-12-31T23:59:59Z' });

/**
 * One page of a list. `hasMore` says whether `nextCursor` leads anywhere (it is `nextCursor !==
 * null`, spelled out for clients that prefer a boolean).
 */
export function pageOf<T extends z.ZodTypeAny>(item: T, name: string, example: unknown) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` to get the next page; null on the last page.' }),
      hasMore: z.boolean().openapi({ description: 'Whether another page follows.' }),
    })
    .openapi(name, { example: { data: [example], nextCursor: 'bG5rXzAxa2JtejNmOHI5YzJ2Nng0bjdxNXQ4dzB5', hasMore: true } });
}
