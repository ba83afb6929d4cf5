import type { ApiKey } from '../../core/api-key.js';
import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { canGrant, type Role } from '../../core/roles.js';
import type { AppContext } from '../context.js';
import { hashKeySecret, keyDisplayPrefix, newKeySecret } from './key-secret.js';

export interface CreatedApiKey {
  key: ApiKey;
  /** Shown once, never stored. */
  secret: string;
}

/**
 * Mint a key in a workspace. `granter` is the role of the key asking (null for the CLI, which
 * runs with the operator's authority).
 */
export async function createApiKey(
  ctx: AppContext,
  workspaceId: string,
  input: { name: string; role: Role; secret?: string },
  granter: Role | null,
): Promise<CreatedApiKey> {
  if (granter && !canGrant(granter, input.role)) throw new AppError('ROLE_NOT_GRANTABLE', undefined, { field: 'role' });
  const secret = input.secret ?? newKeySecret(ctx.random);
  const now = ctx.clock.now();
  const key: ApiKey = {
    id: newId('apiKey', now, ctx.random),
    workspaceId,
    name: input.name.trim() || input.role,
    role: input.role,
    prefix: keyDisplayPrefix(secret),
    createdAt: now,
    lastUsedAt: null,
  };
  await ctx.stores.apiKeys.insert(key, hashKeySecret(secret));
  return { key, secret };
}

/**
 * Revoke a key. Like minting, a key may only revoke keys of its own role or weaker (`granter`,
 * null for the CLI): otherwise an admin, who cannot create owner keys, could remove them.
 */
export async function deleteApiKey(ctx: AppContext, workspaceId: string, id: string, granter: Role | null): Promise<void> {
  if (granter) {
    const key = await ctx.stores.apiKeys.get(workspaceId, id);
    if (!key) throw new AppError('API_KEY_NOT_FOUND');
    if (!canGrant(granter, key.role)) throw new AppError('FORBIDDEN', `A ${granter} key cannot revoke a ${key.role} key.`);
  }
  const result = await ctx.stores.apiKeys.deleteUnlessLastOwner(workspaceId, id);
  if (result === 'not_found') throw new AppError('API_KEY_NOT_FOUND');
  if (result === 'last_owner') throw new AppError('LAST_OWNER_KEY');
}
