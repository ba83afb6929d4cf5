import type { AppContext } from '../app/context.js';
import { AppError } from '../core/errors.js';
import { closestNames } from '../core/text/closest.js';
import type { Workspace } from '../core/workspace.js';

/**
 * The workspace a command names. Never created on the way: a typo must not make a second
 * workspace (`ricochet workspaces create` is the only way to make one). The error suggests the
 * names that are close to what was typed.
 */
export async function workspaceByNameOrThrow(ctx: AppContext, name: string): Promise<Workspace> {
  const workspace = await ctx.stores.workspaces.findByName(name);
  if (workspace) return workspace;
  const suggestions = closestNames(name, (await ctx.stores.workspaces.listAll()).map((w) => w.name));
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
  throw new AppError('WORKSPACE_NOT_FOUND', `No workspace is named "${name}".${hint} Create it with \`ricochet workspaces create "${name}"\`.`, {
    field: 'workspace',
    name,
    suggestions,
  });
}
