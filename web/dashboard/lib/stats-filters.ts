/**
 * The analytics filters, kept in the screen's URL (`#/analytics?country=DE&device=mobile`) so a
 * filtered view survives reload, can be shared, and can be saved as a view. They combine; a value
 * of `''` means "unknown / none" (direct traffic for referrers). Pure, so it is unit-tested.
 */
export const FILTER_KEYS = ['linkId', 'tag', 'folderId', 'country', 'device', 'os', 'browser', 'referrer', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const FILTER_LABELS: Record<FilterKey, string> = {
  linkId: 'Link',
  tag: 'Tag',
  folderId: 'Folder',
  country: 'Country',
  device: 'Device',
  os: 'OS',
  browser: 'Browser',
  referrer: 'Referrer',
  utm_source: 'utm_source',
  utm_medium: 'utm_medium',
  utm_campaign: 'utm_campaign',
  utm_term: 'utm_term',
  utm_content: 'utm_content',
};

/** Filters that read click rows on the server: no unique visitors under them. */
export const CLICK_FILTER_KEYS: readonly FilterKey[] = FILTER_KEYS.slice(3);

export function filtersOf(query: URLSearchParams): Filters {
  const out: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key);
    if (value !== null) out[key] = value;
  }
  return out;
}

/** The query string of a screen with these filters (and other parameters kept), `''` values included. */
export function queryWith(query: URLSearchParams, filters: Filters): string {
  const next = new URLSearchParams();
  for (const [k, v] of query) if (!(FILTER_KEYS as readonly string[]).includes(k)) next.set(k, v);
  for (const key of FILTER_KEYS) if (filters[key] !== undefined) next.set(key, filters[key] as string);
  return next.toString();
}

export function hasClickFilter(filters: Filters): boolean {
  return CLICK_FILTER_KEYS.some((k) => filters[k] !== undefined);
}

/**
 * Change of a figure against the previous period, for people: `+12%`, `−5%`, `new` (from
 * nothing), or null when there is nothing to compare (no previous period, or both zero).
 * @example change(112, 100) // { ratio: 0.12, text: '+12%', direction: 'up' }
 */
export function change(current: number | null, previous: number | null | undefined): { ratio: number | null; text: string; direction: 'up' | 'down' | 'flat' } | null {
  if (current === null || previous === null || previous === undefined) return null;
  if (previous === 0) return current === 0 ? null : { ratio: null, text: 'new', direction: 'up' };
  const ratio = (current - previous) / previous;
  const pct = Math.round(ratio * 100);
  if (pct === 0) return { ratio, text: '±0%', direction: 'flat' };
  return { ratio, text: `${pct > 0 ? '+' : '−'}${Math.abs(pct)}%`, direction: pct > 0 ? 'up' : 'down' };
}
