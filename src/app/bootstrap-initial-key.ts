import type { AppContext } from './context.js';
import { createApiKey } from './api-keys/manage-api-keys.js';
import { hashKeySecret } from './api-keys/key-secret.js';
import { createWorkspace } from './workspace/manage-workspace.js';

/**
 * `INITIAL_API_KEY`: on a fresh database (no workspace yet) create workspace `default` and an
 * owner key with exactly this secret. Idempotent: once any workspace exists nothing happens, so
 * deleting that key later is not undone by a restart.
 */
export async function bootstrapInitialKey(ctx: AppContext): Promise<'created' | 'exists' | 'skipped'> {
  const secret = ctx.config.initialApiKey;
  if (!secret) return 'skipped';
  if (await ctx.stores.apiKeys.findByHash(hashKeySecret(secret))) return 'exists';
  if ((await ctx.stores.workspaces.count()) > 0) {
    ctx.log.warn('INITIAL_API_KEY ignored: the database already has a workspace');
    return 'skipped';
  }
  const workspace = await createWorkspace(ctx, 'default');
  await createApiKey(ctx, workspace.id, { name: 'initial', role: 'owner', secret }, null);
  ctx.log.info({ workspaceId: workspace.id }, 'created workspace "default" with the INITIAL_API_KEY owner key');
  return 'created';
}
