import type { ApiKey } from '../../core/api-key.js';
import { AppError } from '../../core/errors.js';
import type { AppContext } from '../context.js';
import { hashKeySecret } from '../api-keys/key-secret.js';

/** `last_used_at` is written at most this often per key: not a write per API request. */
const TOUCH_EVERY_MS = 60_000;

/** Resolve a bearer secret to its key, or throw `UNAUTHENTICATED`. */
export async function authenticate(ctx: AppContext, secret: string | null): Promise<ApiKey> {
  if (!secret) throw new AppError('UNAUTHENTICATED');
  const key = await ctx.stores.apiKeys.findByHash(hashKeySecret(secret));
  if (!key) throw new AppError('UNAUTHENTICATED', 'This API key is not valid (it may have been deleted).');
  const now = ctx.clock.now();
  if (key.lastUsedAt === null || now - key.lastUsedAt > TOUCH_EVERY_MS) {
    ctx.stores.apiKeys.touch(key.id, now).catch((error: unknown) => ctx.log.warn({ err: error }, 'could not record key use'));
  }
  return key;
}
