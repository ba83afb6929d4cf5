import { z } from '@hono/zod-openapi';
import { ERRORS, type ErrorCode } from '../../../core/errors.js';
import { HOSTNAME_PROBLEMS } from '../../../core/hostname.js';
import { URL_PROBLEMS } from '../../../core/url-safety.js';
import { ADDRESS_REFUSALS } from '../../../core/webhooks/address-policy.js';
import { EXAMPLE_IDS } from './common.js';

const Issue = z
  .object({
    path: z.string().openapi({ description: 'Dotted path of the field (`rules.0.url`); `(root)` for the body itself, `""` for unknown keys.', example: 'url' }),
    message: z.string().openapi({ example: 'Invalid input: expected string, received number' }),
    keys: z.array(z.string()).optional().openapi({ description: 'The unknown fields, for an `unrecognized_keys` issue.', example: ['colour'] }),
  })
  .openapi('ValidationIssue', { example: { path: 'url', message: 'Invalid input: expected string, received number' } });

/**
 * Every property an error's `details` can carry, each present only where it applies. One
 * object rather than a union per code: clients read the field they know about and ignore the rest.
 */
export const ErrorDetails = z
  .object({
    field: z.string().optional().openapi({ description: 'The request field at fault (`slug`, `rules[2].url`, `from`).', example: 'slug' }),
    reason: z
      .enum([...new Set([...Object.keys(URL_PROBLEMS), ...Object.keys(HOSTNAME_PROBLEMS), ...ADDRESS_REFUSALS])] as [string, ...string[]])
      .optional()
      .openapi({ description: 'Why a URL (`URL_UNSAFE`) or a hostname (`DOMAIN_INVALID`) was refused, or where a webhook URL leads (`WEBHOOK_URL_FORBIDDEN`: `loopback`, `private`, `link_local`, `metadata`, `reserved`).', example: 'scheme' }),
    host: z.string().optional().openapi({ description: 'The destination host that is on the blocklist (`DESTINATION_BLOCKED`), or the host name of a refused webhook URL (`WEBHOOK_URL_FORBIDDEN`, `WEBHOOK_URL_UNRESOLVABLE`).', example: 'phish.example' }),
    address: z.string().optional().openapi({ description: 'The address a webhook URL is or resolves to that is not allowed (`WEBHOOK_URL_FORBIDDEN`).', example: '10.0.0.7' }),
    issues: z.array(Issue).optional().openapi({ description: 'Each problem a schema check found (`VALIDATION_FAILED`, `INVALID_QUERY`).' }),
    pixelIds: z.array(z.string()).optional().openapi({ description: 'Pixel ids that are not in this workspace (`PIXEL_UNKNOWN`).', example: [EXAMPLE_IDS.pixel] }),
    retryAfterSeconds: z.number().int().min(1).optional().openapi({ description: 'Seconds until a request will be accepted again (every 429); also in `Retry-After`.', example: 3 }),
    limitBytes: z.number().int().min(0).optional().openapi({ description: 'The most body bytes this operation reads (`PAYLOAD_TOO_LARGE`).', example: 16384 }),
    linkId: z.string().optional().openapi({ description: 'The link that already has this `externalId` (`EXTERNAL_ID_TAKEN`), or a webhook filter’s link id that is not in this workspace (`LINK_UNKNOWN`).', example: EXAMPLE_IDS.link }),
    pixelId: z.string().optional().openapi({ description: 'The pixel that already has this platform and tag id (`PIXEL_DUPLICATE`).', example: EXAMPLE_IDS.pixel }),
  })
  .openapi('ErrorDetails', { description: 'Machine-readable context of an error; which properties appear depends on `code`.', example: { field: 'slug' } });

/** Every code of the catalogue: what a bulk item's error may carry. */
export const ErrorCodeSchema = z
  .enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]])
  .openapi('ErrorCode', { description: 'A code of the error catalogue (docs/errors.md). New codes may be added within v1.', example: 'LINK_NOT_FOUND' });

const bodies = new Map<string, z.ZodTypeAny>();

/** `RATE_LIMITED` → `RateLimitedError`. */
const componentName = (code: string) => `${code.toLowerCase().replace(/(^|_)([a-z])/g, (_, _s: string, c: string) => c.toUpperCase())}Error`;

/**
 * The error body of one response: `code` is limited to the codes this operation can answer with
 * that status. A body of one code is a named component (`UnauthenticatedError`), shared by every
 * operation; sets of several codes differ per operation and stay inline.
 */
export function errorBody(codes: readonly ErrorCode[]): z.ZodTypeAny {
  const key = codes.join(',');
  let body = bodies.get(key);
  if (!body) {
    body = buildErrorBody(codes);
    if (codes.length === 1) body = body.openapi(componentName(key));
    bodies.set(key, body);
  }
  return body;
}

function buildErrorBody(codes: readonly ErrorCode[]) {
  const [first] = codes;
  if (!first) throw new Error('errorBody needs at least one code');
  return z
    .object({
      error: z.object({
        code: z.enum(codes as [ErrorCode, ...ErrorCode[]]).openapi({ description: 'Stable; branch on it (docs/errors.md).' }),
        message: z.string().openapi({ description: 'For people; may be more precise than the catalogue message.' }),
        details: ErrorDetails.optional(),
      }),
    })
    .openapi({ example: { error: { code: first, message: ERRORS[first].message } } });
}
