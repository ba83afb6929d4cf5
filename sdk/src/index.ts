/**
 * The official TypeScript client of the Ricochet API, v1.
 *
 * Requests and responses are typed from the API's OpenAPI document (./schema.ts, generated);
 * the transport is openapi-fetch, a ~6 KB wrapper around `fetch`, so this runs in Node 18+,
 * browsers, Deno, Bun and edge runtimes alike.
 *
 * @example
 * const ricochet = createRicochetClient({ baseUrl: 'https://go.example.com', apiKey: 'rk_…' });
 * const link = await unwrap(ricochet.POST('/links', { body: { url: 'https://example.com/a' } }));
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type * from './schema.js';

export type RicochetClient = Client<paths, 'application/json'>;

export interface RicochetOptions {
  /** Where Ricochet runs, e.g. `https://go.example.com` (the API is under `/api/v1` there). */
  baseUrl: string;
  /** An API key (`rk_…`); its role decides what the client may do. */
  apiKey: string;
  /** A `fetch` to use instead of the global one (tests, proxies, retries). */
  fetch?: ClientOptions['fetch'];
  /** Headers sent with every request besides `Authorization`. */
  headers?: Record<string, string>;
}

/**
 * A client bound to one Ricochet and one key. Call it with the paths of the API reference:
 * `client.GET('/links/{id}', { params: { path: { id } } })`; every call resolves to
 * `{ data, error, response }` (use `unwrap` to throw on errors instead).
 */
export function createRicochetClient(options: RicochetOptions): RicochetClient {
  return createClient<paths, 'application/json'>({
    baseUrl: `${options.baseUrl.replace(/\/+$/, '')}/api/v1`,
    headers: { ...options.headers, authorization: `Bearer ${options.apiKey}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}


/** An API error: `code` is stable (branch on it), `requestId` is worth quoting in a bug report. */
export class RicochetError extends Error {
  readonly status: number;
  /** A code of the catalogue; a server newer than this SDK may send one it does not list. */
  readonly code: components['schemas']['ErrorCode'] | (string & {});
  readonly details: components['schemas']['ErrorDetails'] | undefined;
  readonly requestId: string | null;

  constructor(status: number, body: unknown, requestId: string | null) {
    const error = (body as { error?: { code?: string; message?: string; details?: components['schemas']['ErrorDetails'] } } | undefined)?.error;
    super(error?.message ?? `HTTP ${status}`);
    this.name = 'RicochetError';
    this.status = status;
    this.code = error?.code ?? 'HTTP_ERROR';
    this.details = error?.details;
    this.requestId = requestId;
  }
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * The data of a successful call, or a thrown `RicochetError`.
 * @example const link = await unwrap(ricochet.GET('/links/{id}', { params: { path: { id } } }));
 */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new RicochetError(response.status, error, response.headers.get('x-request-id'));
  return data as T;
}

/**
 * Every item of a paged list, fetching page after page as you iterate.
 * @example
 * for await (const link of paginate((cursor) => ricochet.GET('/links', { params: { query: { tag: 'spring', cursor } } }))) {
 *   console.log(link.shortUrl);
 * }
 */
export async function* paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Result<{ data: T[]; nextCursor: string | null }>>): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const page = await unwrap(fetchPage(cursor));
    yield* page.data;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
