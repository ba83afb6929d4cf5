/**
 * How routes declare their responses, so that the document lists exactly what the server
 * answers: every status with the catalogue codes behind it, and every header. The conformance
 * check of the test suite (test/api/conformance) compares real traffic with these declarations.
 */
import type { OpenAPIHono, z } from '@hono/zod-openapi';
import { ERRORS, type ErrorCode } from '../../core/errors.js';
import { errorBody } from './schemas/error-schemas.js';

/** Response headers, declared once as components and referenced by every response that sends them. */
export const HEADER_COMPONENTS = {
  RequestId: {
    description: 'Unique id of this request; quote it when reporting a problem. Sent with every API response.',
    schema: { type: 'string', format: 'uuid', example: '0b8e7f2c-3d4a-4f5b-9c6d-7e8f9a0b1c2d' },
  },
  RetryAfter: {
    description: 'Seconds to wait before the next request with this key (RFC 9110 §10.2.3).',
    schema: { type: 'integer', minimum: 1, example: 3 },
  },
  Location: {
    description: 'Path of the created resource (relative to the server), e.g. `/api/v1/links/lnk_…`.',
    schema: { type: 'string', format: 'uri-reference', example: '/api/v1/links/lnk_01kbmz3f8r9c2v6x4n7q5t8w0y' },
  },
} as const;

export function registerHeaderComponents(app: OpenAPIHono<never> | OpenAPIHono<any>): void {
  for (const [name, header] of Object.entries(HEADER_COMPONENTS)) {
    app.openAPIRegistry.registerComponent('headers', name, header as never);
  }
}

const ref = (name: keyof typeof HEADER_COMPONENTS) => ({ $ref: `#/components/headers/${name}` });
const REQUEST_ID = { 'x-request-id': ref('RequestId') };

export function ok<T extends z.ZodTypeAny>(schema: T, description: string) {
  return { description, headers: REQUEST_ID, content: { 'application/json': { schema } } };
}

/** 201 with `Location`: the path of what was created. */
export function created<T extends z.ZodTypeAny>(schema: T, description: string) {
  return { description, headers: { ...REQUEST_ID, location: ref('Location') }, content: { 'application/json': { schema } } };
}

export function noContent(description: string) {
  return { description, headers: REQUEST_ID };
}

/** What an operation takes in decides which generic errors it can answer. */
export interface ErrorSources {
  /** Reads a JSON body: malformed JSON, wrong media type, too large, schema failures. */
  body?: boolean;
  /** Has path or query parameters: `INVALID_QUERY`. */
  params?: boolean;
  /** Pages with `cursor`: `INVALID_CURSOR`. */
  list?: boolean;
  /** Needs more than read access: `FORBIDDEN` for keys whose role lacks it. */
  write?: boolean;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'The request is malformed.',
  401: 'Missing or invalid API key.',
  403: 'The key’s role does not allow this.',
  404: 'Not found in this workspace.',
  409: 'Conflicts with what exists.',
  413: 'Body larger than this operation accepts (docs/api.md#limits); the connection is closed.',
  415: 'Body is not JSON.',
  422: 'The request is well-formed but not acceptable; `details` says which field and why.',
  429: 'Rate limited; retry after `Retry-After` seconds.',
  500: 'Unexpected server error (logged with the request id).',
  503: 'The database is not reachable right now; retry later.',
};

/**
 * The error responses of one operation: the generic ones its inputs imply, plus `codes` (its own
 * not-found, conflict and validation codes), grouped by the catalogue's status, each with `code`
 * declared as an enum of exactly those codes.
 * @example errorResponses({ body: true, write: true }, ['SLUG_TAKEN', 'URL_UNSAFE'])
 */
export function errorResponses(sources: ErrorSources, codes: readonly ErrorCode[] = []) {
  // Any request can carry a body: one where none is taken is refused with 413 before it is read.
  // (and be malformed: an invalid Host, text the database cannot store).
  const all = new Set<ErrorCode>(['BAD_REQUEST', 'UNAUTHENTICATED', 'RATE_LIMITED', 'AUTH_RATE_LIMITED', 'PAYLOAD_TOO_LARGE', 'INTERNAL', 'UNAVAILABLE']);
  if (sources.body) for (const c of ['MALFORMED_JSON', 'UNSUPPORTED_MEDIA_TYPE', 'VALIDATION_FAILED'] as const) all.add(c);
  if (sources.params) all.add('INVALID_QUERY');
  if (sources.list) all.add('INVALID_CURSOR');
  if (sources.write) all.add('FORBIDDEN');
  for (const c of codes) all.add(c);

  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of all) {
    const status = ERRORS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<number, { description: string; headers: Record<string, { $ref: string }>; content: { 'application/json': { schema: z.ZodTypeAny } } }> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[status] = {
      description: `${STATUS_TEXT[status] ?? ''} Codes: ${list.map((c) => `\`${c}\``).join(', ')}.`,
      headers: status === 429 ? { ...REQUEST_ID, 'retry-after': ref('RetryAfter') } : REQUEST_ID,
      content: { 'application/json': { schema: errorBody(list) } },
    };
  }
  return responses;
}
