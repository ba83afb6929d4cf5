import { AppError } from '../../core/errors.js';
import type { StoredLink } from '../../storage/link-store.js';
import type { AppContext } from '../context.js';
import { applyLinkInput } from './apply-link-input.js';
import { throwOnClash } from './create-link.js';
import { getLinkOrThrow } from './get-link-or-throw.js';
import type { LinkPatch } from './link-input.js';
import { linkChanged } from '../redirect/cache-invalidation.js';
import { linkMessages } from '../webhooks/webhook-messages.js';

/** Apply a partial update; the old and the new (domain, slug) are both evicted from the cache. */
export async function updateLink(ctx: AppContext, workspaceId: string, id: string, patch: LinkPatch): Promise<StoredLink> {
  const current = await getLinkOrThrow(ctx, workspaceId, id);
  const { clicks, ...link } = current;
  const next = await applyLinkInput(ctx, link, patch);
  const updated = linkMessages(ctx, 'link.updated', ctx.clock.now());
  const result = await ctx.stores.links.update(next, (trx) => updated(trx, next));
  if (result === 'not_found') throw new AppError('LINK_NOT_FOUND');
  await throwOnClash(ctx, next, result);
  linkChanged(ctx, current.domain, current.slug);
  if (next.domain !== current.domain || next.slug !== current.slug) linkChanged(ctx, next.domain, next.slug);
  return { ...next, clicks };
}
