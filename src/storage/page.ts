/** One page of a list: items plus an opaque cursor for the next page (null at the end). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  /** The id of the last item of the previous page, already decoded. */
  after: string | null;
}

/**
 * Lists are ordered newest first by id (ids are time-sortable), fetching one row more than asked
 * to know whether a next page exists without a COUNT.
 */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? last.id : null };
}
