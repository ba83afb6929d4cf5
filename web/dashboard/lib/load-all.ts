import type { Api, Query } from './api.js';
import type { Page } from './types.js';

/** Every item of a paginated list (pixels, domains: small lists), at most `maxPages` × 100. */
export async function loadAll<T>(api: Api, path: string, query: Query = {}, maxPages = 10): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const page: Page<T> = await api.get<Page<T>>(path, { ...query, limit: 100, cursor });
    out.push(...page.data);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return out;
}
