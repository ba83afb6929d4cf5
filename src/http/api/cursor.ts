import { AppError } from '../../core/errors.js';
import type { PageRequest } from '../../storage/page.js';

/**
 * Cursors are the last id of the previous page, base64url-encoded so clients treat them as
 * opaque (and so we may change what is inside without breaking them).
 */
export function encodeCursor(id: string | null): string | null {
  return id === null ? null : Buffer.from(id, 'utf8').toString('base64url');
}

export function pageRequest(query: { limit: number; cursor?: string | undefined }): PageRequest {
  if (query.cursor === undefined || query.cursor === '') return { limit: query.limit, after: null };
  const id = Buffer.from(query.cursor, 'base64url').toString('utf8');
  if (!/^[a-z]{2,4}_[0-9a-z]{26}$/.test(id)) throw new AppError('INVALID_CURSOR');
  return { limit: query.limit, after: id };
}

/** Lists ordered by a name (tags) page after the last name: the same opaque encoding, any text inside. */
export function nameAfter(cursor: string | undefined): string | null {
  if (cursor === undefined || cursor === '') return null;
  const name = Buffer.from(cursor, 'base64url').toString('utf8');
  if (name === '' || Buffer.from(name, 'utf8').toString('base64url') !== cursor) throw new AppError('INVALID_CURSOR');
  return name;
}
