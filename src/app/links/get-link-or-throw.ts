import { AppError } from '../../core/errors.js';
import type { StoredLink } from '../../storage/link-store.js';
import type { AppContext } from '../context.js';

export async function getLinkOrThrow(ctx: AppContext, workspaceId: string, id: string): Promise<StoredLink> {
  const link = await ctx.stores.links.get(workspaceId, id);
  if (!link) throw new AppError('LINK_NOT_FOUND');
  return link;
}
