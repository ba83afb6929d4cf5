import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { authenticate } from '../../app/auth/authenticate.js';
import type { AppContext } from '../../app/context.js';
import { AppError } from '../../core/errors.js';
import { can, type Permission } from '../../core/roles.js';
import type { ApiEnv } from './env.js';
import type { RateLimiter } from './rate-limiter.js';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Bodies: at most 1 MB, JSON only, and parsed here so malformed JSON gets its own error code
 * before any schema runs (Hono caches the parsed body for the validator).
 */
export function jsonBody(): MiddlewareHandler<ApiEnv> {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE');
    },
  });
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'POST' && method !== 'PATCH' && method !== 'PUT') return next();
    // A request without a body (an action such as `POST /domains/{id}/check`) has nothing to type:
    // operations that need one fail their schema instead.
    const length = c.req.header('content-length');
    if ((length === undefined || length === '0') && c.req.header('transfer-encoding') === undefined) return next();
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    return limit(c, async () => {
      try {
        await c.req.json();
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('MALFORMED_JSON');
      }
      await next();
    });
  };
}

/** Bearer key → `c.var.key`, then the per-key rate limit. */
export function requireKey(ctx: AppContext, limiter: RateLimiter): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const key = await authenticate(ctx, match?.[1] ?? null);
    const wait = limiter.take(key.id, ctx.clock.now());
    if (wait > 0) throw new AppError('RATE_LIMITED', undefined, { retryAfterSeconds: wait });
    c.set('key', key);
    await next();
  };
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
