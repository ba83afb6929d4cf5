import { AppError } from '../../core/errors.js';
import type { StoredLink } from '../../storage/link-store.js';
import type { AppContext } from '../context.js';
import { resolveLinkDomain } from './resolve-domain.js';

/** How a client may name a link besides its id: its short URL (domain + slug) or its `externalId`. */
export type LinkKey = { slug: string; domain?: string | undefined } | { externalId: string };

/**
 * A link of the workspace by short URL or external id; `LINK_NOT_FOUND` otherwise (also for a
 * domain that is not this workspace's, so the answer leaks nothing about other workspaces).
 * @example await findLinkOrThrow(ctx, workspaceId, { domain: 'go.example.com', slug: 'spring-sale' })
 */
export async function findLinkOrThrow(ctx: AppContext, workspaceId: string, key: LinkKey): Promise<StoredLink> {
  let link: StoredLink | null;
  if ('externalId' in key) {
    link = await ctx.stores.links.getByExternalId(workspaceId, key.externalId);
  } else {
    let domain: string | null;
    try {
      domain = resolveLinkDomain(ctx, workspaceId, key.domain);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'DOMAIN_UNKNOWN') throw error;
      domain = null;
    }
    link = domain === null ? null : await ctx.stores.links.getBySlug(workspaceId, domain, key.slug);
  }
  if (!link) throw new AppError('LINK_NOT_FOUND');
  return link;
}
