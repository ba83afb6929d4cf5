import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { newLink } from '../../core/link.js';
import type { AppContext } from '../context.js';
import { applyLinkInput } from './apply-link-input.js';
import type { LinkInput } from './link-input.js';

/**
 * What `createLink` (or, with an `externalId` that exists, `upsertLink`) would do with `input`,
 * without writing: the same checks in the same order, and the same errors. For dry runs (the CSV
 * import's `--dry-run`). `claimed` holds `domain/slug` keys earlier rows of the same run would take.
 */
export async function checkLinkCreate(ctx: AppContext, workspaceId: string, input: LinkInput, claimed: Set<string>): Promise<'create' | 'update'> {
  if (input.externalId && (await ctx.stores.links.getByExternalId(workspaceId, input.externalId))) return 'update';
  const now = ctx.clock.now();
  if (input.expiresAt && Date.parse(input.expiresAt) <= now) throw new AppError('EXPIRES_IN_PAST', undefined, { field: 'expiresAt' });
  const base = newLink(newId('link', now, ctx.random), workspaceId, input.url, now);
  const link = await applyLinkInput(ctx, base, { ...input, pixelIds: input.pixelIds ?? [] });
  if (input.slug !== undefined) {
    const key = `${link.domain}/${link.slug}`;
    if (claimed.has(key) || (await ctx.stores.links.resolve(link.domain, link.slug))) throw new AppError('SLUG_TAKEN', undefined, { field: 'slug' });
    claimed.add(key);
  }
  return 'create';
}
