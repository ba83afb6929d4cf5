import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { authenticate } from '../../app/auth/authenticate.js';
import type { AppContext } from '../../app/context.js';
import { AppError } from '../../core/errors.js';
import { can, type Permission } from '../../core/roles.js';
import { bodyLimit, readBody } from '../body-limits.js';
import type { ApiEnv } from './env.js';
import type { RateLimiter } from '../../app/rate-limiter.js';
import type { ProxyTrust } from '../proxy-trust.js';

/**
 * Bodies: JSON only, at most the route's limit (src/http/body-limits.ts), read from the socket
 * with the limit enforced as bytes arrive, and parsed here so malformed JSON gets its own error
 * code before any schema runs. The text goes into Hono's body cache, where the validator reads
 * it. A request without a body passes through.
 */
export function jsonBody(): MiddlewareHandler<ApiEnv & { Bindings: { incoming?: IncomingMessage } }> {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'POST' && method !== 'PATCH' && method !== 'PUT') return next();
    // No body and no type at all (an action such as `POST /pixels/{id}/server/test`): nothing to
    // check here; an operation that needs one refuses it in its own schema. A declared type that
    // is not JSON is refused even on an empty body.
    const type = c.req.header('content-type');
    const length = c.req.header('content-length');
    if (type === undefined && (length === undefined || length === '0') && c.req.header('transfer-encoding') === undefined) return next();
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type ?? '')) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    const limit = bodyLimit(method, new URL(c.req.url).pathname, false);
    const incoming = c.env?.incoming;
    // In-process requests (`app.request()` in tests) have no socket: their body is already in memory.
    const text = incoming ? (await readBody(incoming, limit)).toString('utf8') : await c.req.text();
    if (Buffer.byteLength(text) > limit) throw new AppError('PAYLOAD_TOO_LARGE', undefined, { limitBytes: limit });
    try {
      JSON.parse(text);
    } catch {
      throw new AppError('MALFORMED_JSON');
    }
    (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(text);
    await next();
  };
}

/**
 * Bearer key → `c.var.key`, then the per-key rate limit. Requests without a valid key count
 * against their client address (API_AUTH_FAILURES per minute): past it, 429 before the key is
 * even looked up, so keys cannot be guessed at speed (docs/security.md#api-keys).
 */
export function requireKey(
  ctx: AppContext,
  limiter: RateLimiter,
  failures: { limiter: RateLimiter; proxy: ProxyTrust },
): MiddlewareHandler<ApiEnv & { Bindings: { incoming?: IncomingMessage } }> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const incoming = c.env?.incoming;
    const client = incoming ? failures.proxy.clientAddress(incoming) : '';
    const blocked = failures.limiter.peek(client, ctx.clock.now());
    if (blocked > 0) throw new AppError('AUTH_RATE_LIMITED', undefined, { retryAfterSeconds: blocked });
    let key;
    try {
      key = await authenticate(ctx, match?.[1] ?? null);
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') failures.limiter.take(client, ctx.clock.now());
      throw error;
    }
    const wait = limiter.take(key.id, ctx.clock.now());
    if (wait > 0) throw new AppError('RATE_LIMITED', undefined, { retryAfterSeconds: wait });
    c.set('key', key);
    await next();
  };
}

/**
 * Spend `n` of the workspace's hourly link creations (LINK_CREATE_RATE_LIMIT), or answer 429
 * `LINK_RATE_LIMITED` with `Retry-After`: no input makes a workspace create links without bound.
 */
export function takeLinkCreations(ctx: AppContext, workspaceId: string, n: number): void {
  const wait = ctx.linkCreation.take(workspaceId, ctx.clock.now(), n);
  if (wait > 0) throw new AppError('LINK_RATE_LIMITED', undefined, { retryAfterSeconds: wait });
}

/** Reads need `read`; writes need the given permission. */
export function requirePermission(permission: Permission): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (!can(c.var.key.role, permission)) {
      throw new AppError('FORBIDDEN', `A ${c.var.key.role} key cannot do this (needs ${permission}).`);
    }
    await next();
  };
}
