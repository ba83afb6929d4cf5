import { dayOf, HOUR_MS, hourCeil, hourStart } from '../../core/clicks/click.js';
import { ROLLUP_DIMS, type RollupDim } from '../../core/clicks/rollup.js';
import type { BucketSum, RollupScope, RollupSum } from '../../storage/stats-store.js';
import type { AppContext } from '../context.js';
import { shortUrl } from '../links/resolve-domain.js';
import { localDate, localHourOfWeek } from './local-date.js';
import { scanStats } from './scan-stats.js';
import { checkFilter, hasClickFilter, linkScope, MAX_LINKS_WITH_UNIQUES, type StatsFilter } from './stats-filter.js';
import { groupsOf, type StatsGroupBy } from './stats-groups.js';
import { resolveRange, type StatsRange } from './stats-range.js';
import { VisitorCounts } from './visitor-counts.js';

export interface StatsQuery {
  from?: string | undefined;
  to?: string | undefined;
  interval: 'hour' | 'day';
  top: number;
  filter?: StatsFilter;
  /** Also answer the totals of the period of the same length just before. */
  compare?: boolean;
  groupBy?: StatsGroupBy | undefined;
}

export interface TopEntry {
  value: string;
  clicks: number;
  humanClicks: number;
  bots: number;
}

export interface StatsPoint {
  t: string;
  date?: string;
  clicks: number;
  humanClicks: number;
  bots: number;
  /** Null when click filters are applied (no sketches per click attribute). */
  uniqueVisitors: number | null;
}

export interface StatsTotals {
  clicks: number;
  humanClicks: number;
  bots: number;
  uniqueVisitors: number | null;
  pixelFires: number;
  pixelConfirmed: number;
}

/** What both ways of reading (rollups, or the click rows) produce for one range. */
export interface StatsReading {
  totals: StatsTotals;
  /** Hourly sums, for the timeseries and the hour-of-week view. */
  hourly: BucketSum[];
  /** Per rollup dimension, per value. */
  sums: Map<RollupDim, RollupSum[]>;
  /**
   * Whether the hourly sums carry unique visitors: for one link or the workspace (its own rows);
   * not for a set of links (each link's new visitors would add up, counting a person who clicked
   * two of them twice) nor for click filters.
   */
  uniquesKnown: boolean;
  /** Human clicks per link, when the reading is workspace-wide. */
  links: Array<{ linkId: string; clicks: number; humans: number; bots: number }>;
}

/**
 * Stats for one link (`linkId`) or the whole workspace (`''`) over a range (docs/analytics.md):
 * totals, a zero-filled timeseries (days in the workspace time zone), human clicks per hour of the
 * day and day of the week, top lists per dimension, top links, consent outcomes and pixel yield,
 * and with `compare` the previous period's totals. Without click filters everything comes from
 * rollups and the visitor sketches (a returning person counts once); with them, from the range's
 * click rows (src/app/stats/scan-stats.ts).
 */
export async function getStats(ctx: AppContext, workspace: { id: string; timeZone: string }, linkId: string, query: StatsQuery) {
  const filter: StatsFilter = query.filter ?? { click: {} };
  checkFilter(filter);
  const range = resolveRange(ctx.clock.now(), query);
  const scope = await linkScope(ctx, workspace.id, linkId || null, filter);
  const read = (r: Pick<StatsRange, 'from' | 'to'>, withDetail: boolean) =>
    hasClickFilter(filter) ? scanStats(ctx, workspace.id, scope, filter.click, r.from, r.to) : readRollups(ctx, workspace.id, scope, r.from, r.to, withDetail);
  const span = range.to - range.from;
  const [reading, previous] = await Promise.all([read(range, true), query.compare ? read({ from: range.from - span, to: range.from }, false) : Promise.resolve(null)]);

  const dim = (d: RollupDim) => reading.sums.get(d) ?? [];
  const top = (d: RollupDim): TopEntry[] =>
    dim(d)
      .filter((s) => s.clicks > 0)
      .sort((a, b) => b.humans - a.humans || b.clicks - a.clicks || a.value.localeCompare(b.value))
      .slice(0, query.top)
      .map((s) => ({ value: s.value, clicks: s.clicks, humanClicks: s.humans, bots: s.bots }));
  const fired = new Map(dim('pixel_fired').map((s) => [s.value, s.humans]));
  const confirmed = new Map(dim('pixel_confirmed').map((s) => [s.value, s.humans]));
  const pixels = [...new Set([...fired.keys(), ...confirmed.keys()])].sort().map((pixelId) => {
    const fires = fired.get(pixelId) ?? 0;
    const ok = confirmed.get(pixelId) ?? 0;
    return { pixelId, fires, confirmed: ok, yield: fires > 0 ? Math.min(1, ok / fires) : null };
  });
  const week = hourOfWeek(reading.hourly, workspace.timeZone);
  const topLinks = linkId ? [] : reading.links.slice(0, query.top);
  const named = new Map((await ctx.stores.links.summaries(workspace.id, topLinks.map((l) => l.linkId))).map((l) => [l.id, l]));
  const series = timeseries(reading, workspace.timeZone, range);
  const groups = query.groupBy
    ? await groupsOf(query.groupBy, {
        sums: dim,
        days: () => (range.interval === 'day' ? series : timeseries(reading, workspace.timeZone, { ...range, interval: 'day' })),
        // Click filters: the scan counted every link; otherwise each link's rollups (of the scope).
        links: () => (hasClickFilter(filter) ? Promise.resolve(reading.links) : ctx.stores.stats.linkTotals(workspace.id, range.from, range.to, linkId ? [linkId] : scope)),
      })
    : undefined;

  return {
    from: new Date(range.from).toISOString(),
    to: new Date(range.to).toISOString(),
    interval: range.interval,
    timeZone: workspace.timeZone,
    filters: echoFilter(filter),
    totals: reading.totals,
    previous: previous && { from: new Date(range.from - span).toISOString(), to: new Date(range.from).toISOString(), totals: previous.totals },
    timeseries: series,
    hours: Array.from({ length: 24 }, (_, h) => week.reduce((n, day) => n + (day[h] ?? 0), 0)),
    weekdays: week.map((day) => day.reduce((n, v) => n + v, 0)),
    countries: top('country'),
    devices: top('device'),
    browsers: top('browser'),
    os: top('os'),
    referrers: top('referrer'),
    utm: { source: top('utm_source'), medium: top('utm_medium'), campaign: top('utm_campaign'), term: top('utm_term'), content: top('utm_content') },
    links: topLinks.map((l) => {
      const link = named.get(l.linkId);
      return { linkId: l.linkId, slug: link?.slug ?? null, title: link?.title ?? null, shortUrl: link ? shortUrl(ctx, link.domain, link.slug) : null, clicks: l.clicks, humanClicks: l.humans, bots: l.bots };
    }),
    consent: dim('consent')
      .filter((s) => s.clicks > 0)
      .sort((a, b) => b.clicks - a.clicks || a.value.localeCompare(b.value))
      .map((s) => ({ outcome: s.value, clicks: s.clicks })),
    pixels,
    ...(groups ? { groupBy: query.groupBy, groups } : {}),
  };
}

function echoFilter(filter: StatsFilter): Record<string, string> {
  return {
    ...(filter.linkId !== undefined ? { linkId: filter.linkId } : {}),
    ...(filter.tag !== undefined ? { tag: filter.tag } : {}),
    ...(filter.folderId !== undefined ? { folderId: filter.folderId } : {}),
    ...filter.click,
  };
}

/** Rollups (and sketches) of the scope: the workspace's own rows, or the sum over a set of links. */
async function readRollups(ctx: AppContext, workspaceId: string, links: string[] | null, from: number, to: number, withDetail: boolean): Promise<StatsReading> {
  const scope: RollupScope = links ?? '';
  const firstDay = dayOf(from);
  const lastDay = dayOf(to - 1);
  const uniquesKnown = links === null || links.length <= MAX_LINKS_WITH_UNIQUES;
  const dims = withDetail ? ROLLUP_DIMS : (['total', 'pixel_fired', 'pixel_confirmed'] as const);
  const [rows, visitors, hourly, topLinks] = await Promise.all([
    links?.length === 0 ? Promise.resolve([]) : ctx.stores.stats.sums(workspaceId, scope, dims, from, to),
    uniquesKnown && links?.length !== 0 ? VisitorCounts.load(ctx.stores.stats, workspaceId, links ?? workspaceId, firstDay, lastDay) : Promise.resolve(null),
    withDetail && links?.length !== 0 ? ctx.stores.stats.series(workspaceId, scope, 'hour', hourStart(from), hourCeil(to)) : Promise.resolve([]),
    withDetail && links === null ? ctx.stores.stats.topLinks(workspaceId, from, to, 100) : Promise.resolve([]),
  ]);
  const sums = new Map<RollupDim, RollupSum[]>();
  for (const s of rows) {
    const list = sums.get(s.dim as RollupDim);
    if (list) list.push(s);
    else sums.set(s.dim as RollupDim, [s]);
  }
  const total = sums.get('total')?.[0];
  const sumHumans = (d: RollupDim) => (sums.get(d) ?? []).reduce((n, s) => n + s.humans, 0);
  return {
    totals: {
      clicks: total?.clicks ?? 0,
      humanClicks: total?.humans ?? 0,
      bots: total?.bots ?? 0,
      uniqueVisitors: links?.length === 0 ? 0 : visitors ? visitors.distinct(firstDay, lastDay) : null,
      pixelFires: sumHumans('pixel_fired'),
      pixelConfirmed: sumHumans('pixel_confirmed'),
    },
    hourly,
    sums,
    uniquesKnown: links === null || links.length === 1,
    links: topLinks,
  };
}

/** Human clicks per local weekday (Monday first) and hour. */
function hourOfWeek(hourly: BucketSum[], timeZone: string): number[][] {
  const week = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const b of hourly) {
    const slot = localHourOfWeek(b.bucket, timeZone);
    (week[Math.floor(slot / 24)] as number[])[slot % 24]! += b.humans;
  }
  return week;
}

/**
 * Hourly sums, zero-filled; for `day`, grouped by local date in the workspace zone. (Zones with
 * half-hour offsets put each hour on the date its start falls on.)
 */
function timeseries(reading: StatsReading, timeZone: string, range: StatsRange): StatsPoint[] {
  const fromH = hourStart(range.from);
  const toH = hourCeil(range.to);
  const rows = new Map(reading.hourly.map((r) => [r.bucket, r]));
  const points: StatsPoint[] = [];
  let current: StatsPoint | undefined;
  for (let h = fromH; h < toH; h += HOUR_MS) {
    const row = rows.get(h);
    const date = range.interval === 'day' ? localDate(h, timeZone) : undefined;
    if (!current || range.interval === 'hour' || current.date !== date) {
      current = { t: new Date(h).toISOString(), ...(date ? { date } : {}), clicks: 0, humanClicks: 0, bots: 0, uniqueVisitors: reading.uniquesKnown ? 0 : null };
      points.push(current);
    }
    if (row) {
      current.clicks += row.clicks;
      current.humanClicks += row.humans;
      current.bots += row.bots;
      if (current.uniqueVisitors !== null) current.uniqueVisitors += row.uniques;
    }
  }
  return points;
}
