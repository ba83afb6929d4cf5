import { AppError } from '../../core/errors.js';
import type { AppContext } from '../context.js';

export async function deleteLink(ctx: AppContext, workspaceId: string, id: string): Promise<void> {
  const deleted = await ctx.stores.links.delete(workspaceId, id);
  if (!deleted) throw new AppError('LINK_NOT_FOUND');
  ctx.linkCache.invalidate(deleted.domain, deleted.slug);
}
