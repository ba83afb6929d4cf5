import type { RollupDim } from '../../core/clicks/rollup.js';
import type { BucketSum, RollupSum } from '../../storage/stats-store.js';
import type { StatsPoint, TopEntry } from './get-stats.js';

/** What `groupBy` may name: the rollups answer each without reading a raw click. */
export const STATS_GROUP_BY = [
  'day', 'link', 'country', 'device', 'browser', 'os', 'referrer', 'utmSource', 'utmMedium', 'utmCampaign', 'utmTerm', 'utmContent', 'consent',
] as const;
export type StatsGroupBy = (typeof STATS_GROUP_BY)[number];

/** At most this many groups, the largest first (days: every day of the range, in order). */
export const MAX_GROUPS = 1000;

const DIM: Record<Exclude<StatsGroupBy, 'day' | 'link'>, RollupDim> = {
  country: 'country', device: 'device', browser: 'browser', os: 'os', referrer: 'referrer', utmSource: 'utm_source',
  utmMedium: 'utm_medium', utmCampaign: 'utm_campaign', utmTerm: 'utm_term', utmContent: 'utm_content', consent: 'consent',
};

export interface GroupSources {
  /** The range's rollup sums of one dimension (already read for the top lists). */
  sums(dim: RollupDim): RollupSum[];
  /** The zero-filled daily series in the workspace time zone. */
  days(): Promise<StatsPoint[]>;
  /** Each link's totals over the range. */
  links(): Promise<Array<BucketSum & { linkId: string }>>;
}

const entry = (value: string, s: { clicks: number; humans: number; bots: number }): TopEntry => ({ value, clicks: s.clicks, humanClicks: s.humans, bots: s.bots });

const largestFirst = (a: TopEntry, b: TopEntry) => b.humanClicks - a.humanClicks || b.clicks - a.clicks || a.value.localeCompare(b.value);

/**
 * Stats split by one thing: a day (local date, every day of the range), a link (its id), or a
 * breakdown dimension (its value, `''` = unknown). Counts only: distinct visitors do not add up
 * across groups, so they are left to the totals and the timeseries.
 */
export async function groupsOf(groupBy: StatsGroupBy, sources: GroupSources): Promise<TopEntry[]> {
  if (groupBy === 'day') {
    return (await sources.days()).map((p) => ({ value: p.date ?? p.t.slice(0, 10), clicks: p.clicks, humanClicks: p.humanClicks, bots: p.bots }));
  }
  const entries =
    groupBy === 'link'
      ? (await sources.links()).map((l) => entry(l.linkId, l))
      : sources.sums(DIM[groupBy]).map((s) => entry(s.value, s));
  return entries.filter((e) => e.clicks > 0).sort(largestFirst).slice(0, MAX_GROUPS);
}
