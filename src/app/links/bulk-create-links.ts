import { LIMITS } from '../../core/limits.js';
import { AppError, type ErrorCode } from '../../core/errors.js';
import type { StoredLink } from '../../storage/link-store.js';
import type { AppContext } from '../context.js';
import { createLink } from './create-link.js';
import type { LinkInput } from './link-input.js';

export const MAX_BULK_LINKS = LIMITS.bulkLinks;

/** Why one item of a bulk request failed: the error it would have had on its own. */
export interface BulkItemError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type BulkItemResult = { index: number; ok: true; link: StoredLink } | { index: number; ok: false; error: BulkItemError };

/**
 * Create up to 1,000 links, each on its own: one bad item is reported and the others are
 * created (per-item results, in input order). Items run one after another so a batch cannot
 * monopolise the database pool.
 */
export async function bulkCreateLinks(
  ctx: AppContext,
  workspaceId: string,
  items: readonly unknown[],
  /** Validates one raw item (throws `AppError`), so a malformed item fails alone. */
  parse: (raw: unknown) => LinkInput,
): Promise<BulkItemResult[]> {
  if (items.length > MAX_BULK_LINKS) throw new AppError('BULK_TOO_LARGE');
  const results: BulkItemResult[] = [];
  for (const [index, item] of items.entries()) {
    try {
      results.push({ index, ok: true, link: await createLink(ctx, workspaceId, parse(item)) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({
        index,
        ok: false,
        error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) },
      });
    }
  }
  return results;
}
