/**
 * The REST client: `Authorization: Bearer <key>` on every call, JSON in and out, and every
 * failure turned into an {@link ApiError} whose `message` is the API's own, ready to show.
 */

export const API_BASE = '/api/v1';

/** An API error (`{"error":{"code","message","details"}}`), or a network failure (`NETWORK`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export interface Api {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  del(path: string): Promise<void>;
  /** The raw response (for downloads); non-2xx answers still throw ApiError. */
  raw(path: string, query?: Query): Promise<Response>;
}

async function toError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy's error page, an empty body): fall through to a generic message.
  }
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (err && typeof err.message === 'string') {
    return new ApiError(res.status, typeof err.code === 'string' ? err.code : 'ERROR', err.message, err.details);
  }
  return new ApiError(res.status, 'HTTP_' + res.status, `The server answered ${res.status} ${res.statusText}`.trim() + '.');
}

/**
 * @param onUnauthorized called when a request with this key gets a 401 (key revoked meanwhile).
 * @example const api = createApi('rk_…'); const ws = await api.get<Workspace>('/workspace');
 */
export function createApi(key: string, onUnauthorized?: (error: ApiError) => void): Api {
  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${key}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(API_BASE + path, {
        method,
        headers,
        cache: 'no-store',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError(0, 'NETWORK', 'Cannot reach the Ricochet server. Check your connection and try again.');
    }
    if (!res.ok) {
      const error = await toError(res);
      if (res.status === 401) onUnauthorized?.(error);
      throw error;
    }
    return res;
  }
  async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await send(method, path, body);
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
  return {
    get: (path, query) => json('GET', withQuery(path, query)),
    post: (path, body) => json('POST', path, body),
    patch: (path, body) => json('PATCH', path, body),
    put: (path, body) => json('PUT', path, body),
    del: async (path) => {
      await send('DELETE', path);
    },
    raw: (path, query) => send('GET', withQuery(path, query)),
  };
}

/** A message for anything caught in a handler. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
