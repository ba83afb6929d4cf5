import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { newLink, type Link } from '../../core/link.js';
import { RANDOM_SLUG_LENGTH, randomSlug } from '../../core/slug.js';
import type { Clash, StoredLink } from '../../storage/link-store.js';
import type { Schema } from '../../storage/schema.js';
import { linkMessages } from '../webhooks/webhook-messages.js';
import type { AppContext } from '../context.js';
import { applyLinkInput } from './apply-link-input.js';
import type { LinkInput } from './link-input.js';
import { linkChanged } from '../redirect/cache-invalidation.js';

/** Random-slug attempts per length before growing the slug by one character. */
const ATTEMPTS_PER_LENGTH = 3;

/**
 * Create a link. Without `slug` a random one is drawn and redrawn on collision (the unique
 * index is the arbiter, so concurrent creates cannot both win); with `slug`, a clash is 409.
 * @example await createLink(ctx, workspaceId, { url: 'https://example.com/article' })
 */
export async function createLink(ctx: AppContext, workspaceId: string, input: LinkInput): Promise<StoredLink> {
  const now = ctx.clock.now();
  // A new link that is expired at birth is a typo (a year, a time zone), never intent.
  if (input.expiresAt && Date.parse(input.expiresAt) <= now) throw new AppError('EXPIRES_IN_PAST', undefined, { field: 'expiresAt' });
  const base = newLink(newId('link', now, ctx.random), workspaceId, input.url, now);
  const pixelIds = input.pixelIds ?? (await ctx.stores.pixels.defaultIds(workspaceId));
  const link = await applyLinkInput(ctx, base, { ...input, pixelIds });
  const created = linkMessages(ctx, 'link.created', now);
  const also = (trx: Kysely<Schema>) => created(trx, link);

  if (input.slug !== undefined) {
    await throwOnClash(ctx, link, await ctx.stores.links.insert(link, also));
  } else {
    for (let attempt = 0; ; attempt++) {
      link.slug = randomSlug(ctx.random, RANDOM_SLUG_LENGTH + Math.floor(attempt / ATTEMPTS_PER_LENGTH));
      const result = await ctx.stores.links.insert(link, also);
      if (result === 'ok') break;
      if (result === 'external_id_taken') await throwOnClash(ctx, link, result);
    }
  }
  // A cached miss for this slug must go.
  linkChanged(ctx, link.domain, link.slug);
  return { ...link, clicks: 0 };
}

/** A write that ran into a unique index, as the client's error (`details` names who holds the value). */
export async function throwOnClash(ctx: AppContext, link: Link, result: 'ok' | Clash): Promise<void> {
  if (result === 'slug_taken') throw new AppError('SLUG_TAKEN', undefined, { field: 'slug' });
  if (result === 'external_id_taken') {
    const holder = link.externalId === null ? null : await ctx.stores.links.getByExternalId(link.workspaceId, link.externalId);
    throw new AppError('EXTERNAL_ID_TAKEN', undefined, { field: 'externalId', ...(holder ? { linkId: holder.id } : {}) });
  }
}
