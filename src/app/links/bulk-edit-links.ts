import { AppError } from '../../core/errors.js';
import type { StoredLink } from '../../storage/link-store.js';
import type { AppContext } from '../context.js';
import type { BulkItemError } from './bulk-create-links.js';
import { deleteLink } from './delete-link.js';
import type { LinkPatch } from './link-input.js';
import { updateLink } from './update-link.js';

export type BulkIdResult<T> = ({ id: string; ok: true } & T) | { id: string; ok: false; error: BulkItemError };

/**
 * Run `change` for each id on its own, in order: a link that fails (not found, a clash, a bad
 * value for it) is reported and the others go ahead, as in bulk create.
 */
async function eachId<T>(ids: readonly string[], change: (id: string) => Promise<T>): Promise<Array<BulkIdResult<T>>> {
  const results: Array<BulkIdResult<T>> = [];
  for (const id of new Set(ids)) {
    try {
      results.push({ id, ok: true, ...(await change(id)) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } });
    }
  }
  return results;
}

/** Apply one patch to many links (`PATCH /links/bulk`); ids given twice are changed once. */
export function bulkUpdateLinks(ctx: AppContext, workspaceId: string, ids: readonly string[], patch: LinkPatch): Promise<Array<BulkIdResult<{ link: StoredLink }>>> {
  return eachId(ids, async (id) => ({ link: await updateLink(ctx, workspaceId, id, patch) }));
}

/** Delete many links (`DELETE /links/bulk`); an id that is not a link of the workspace fails alone. */
export function bulkDeleteLinks(ctx: AppContext, workspaceId: string, ids: readonly string[]): Promise<Array<BulkIdResult<object>>> {
  return eachId(ids, async (id) => {
    await deleteLink(ctx, workspaceId, id);
    return {};
  });
}
