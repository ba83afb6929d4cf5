import { AppError } from '../../core/errors.js';
import type { AppContext } from '../context.js';
import { linkChanged } from '../redirect/cache-invalidation.js';
import { linkMessages } from '../webhooks/webhook-messages.js';

export async function deleteLink(ctx: AppContext, workspaceId: string, id: string): Promise<void> {
  const deleted = await ctx.stores.links.delete(workspaceId, id, linkMessages(ctx, 'link.deleted', ctx.clock.now()));
  if (!deleted) throw new AppError('LINK_NOT_FOUND');
  linkChanged(ctx, deleted.domain, deleted.slug);
  if (await ctx.stores.lockouts.delete(workspaceId, id)) ctx.passwords.guard.cleared(id);
}
