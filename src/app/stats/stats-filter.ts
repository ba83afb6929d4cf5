import { AppError } from '../../core/errors.js';
import { DEVICE_TYPES } from '../../core/link.js';
import type { AppContext } from '../context.js';

/**
 * The filters a stats request may combine (docs/analytics.md, "Filters"). Filters on links — one
 * link, a tag, a folder — choose which links' rollups are summed and keep every figure (unique
 * visitors included). Filters on what a click was — country, device, OS, browser, referrer, UTM —
 * cannot be answered from rollups (they are kept per dimension, not per combination), so they read
 * the range's click rows instead: slower on big ranges, and without unique visitors (sketches are
 * kept per link and day only).
 */
export const CLICK_FILTERS = ['country', 'device', 'os', 'browser', 'referrer', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
export type ClickFilter = (typeof CLICK_FILTERS)[number];

export interface StatsFilter {
  linkId?: string | undefined;
  tag?: string | undefined;
  folderId?: string | undefined;
  /** Values as the top lists show them; `''` is "unknown / none" (direct traffic for referrers). */
  click: Partial<Record<ClickFilter, string>>;
}

/** Sets larger than this are summed from rollups but counted without unique visitors (too many sketches to merge per request). */
export const MAX_LINKS_WITH_UNIQUES = 500;

export function hasClickFilter(filter: StatsFilter): boolean {
  return Object.keys(filter.click).length > 0;
}

/** Check values that have a closed set before any query runs. */
export function checkFilter(filter: StatsFilter): void {
  const device = filter.click.device;
  if (device !== undefined && !(DEVICE_TYPES as readonly string[]).includes(device)) {
    throw new AppError('INVALID_QUERY', `device: one of ${DEVICE_TYPES.join(', ')}.`, { field: 'device' });
  }
}

/**
 * The links a request is about: null for the whole workspace (its own rollup rows), or the ids of
 * the link, tag or folder asked for (all must hold: a tag within a folder).
 */
export async function linkScope(ctx: AppContext, workspaceId: string, linkId: string | null, filter: StatsFilter): Promise<string[] | null> {
  const id = linkId ?? filter.linkId ?? null;
  if (id === null && filter.tag === undefined && filter.folderId === undefined) return null;
  return ctx.stores.links.ids(workspaceId, { ...(id !== null ? { id } : {}), ...(filter.tag !== undefined ? { tag: filter.tag } : {}), ...(filter.folderId !== undefined ? { folderId: filter.folderId } : {}) });
}

/** Whether a click (as the export reads it) passes the click filters. */
export function clickMatches(filter: StatsFilter['click'], row: Record<string, unknown>): boolean {
  for (const [key, wanted] of Object.entries(filter)) {
    const column = key === 'referrer' ? 'referrer_host' : key;
    if (((row[column] as string | null) ?? '') !== wanted) return false;
  }
  return true;
}
