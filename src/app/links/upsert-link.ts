import { AppError } from '../../core/errors.js';
import type { StoredLink } from '../../storage/link-store.js';
import type { AppContext } from '../context.js';
import { createLink } from './create-link.js';
import type { LinkInput } from './link-input.js';
import { updateLink } from './update-link.js';

/**
 * Idempotent create by the client's own id: the link with `externalId` is updated with the
 * fields given (absent ones stay), or created if there is none. Two concurrent calls cannot make
 * two links: the unique index decides, and the loser updates the winner's link.
 * @example await upsertLink(ctx, workspaceId, 'cms-8812', { url: 'https://example.com/a' }) // { created: true, link }
 */
export async function upsertLink(ctx: AppContext, workspaceId: string, externalId: string, input: Omit<LinkInput, 'externalId'>): Promise<{ created: boolean; link: StoredLink }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await ctx.stores.links.getByExternalId(workspaceId, externalId);
    if (existing) return { created: false, link: await updateLink(ctx, workspaceId, existing.id, input) };
    try {
      return { created: true, link: await createLink(ctx, workspaceId, { ...input, externalId }) };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'EXTERNAL_ID_TAKEN') throw error;
    }
  }
  throw new AppError('EXTERNAL_ID_TAKEN');
}
