import { dayOf, HOUR_MS, hourCeil, hourStart } from '../../core/clicks/click.js';
import { ROLLUP_DIMS, type RollupDim } from '../../core/clicks/rollup.js';
import type { RollupSum } from '../../storage/stats-store.js';
import type { AppContext } from '../context.js';
import { localDate } from './local-date.js';
import { resolveRange } from './stats-range.js';
import { VisitorCounts } from './visitor-counts.js';
import { groupsOf, type StatsGroupBy } from './stats-groups.js';

export interface StatsQuery {
  from?: string | undefined;
  to?: string | undefined;
  interval: 'hour' | 'day';
  top: number;
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
  uniqueVisitors: number;
}

/**
 * Stats for one link (`linkId`) or the whole workspace (`''`) over a range (docs/analytics.md): counts
 * from rollups — totals, a zero-filled timeseries (days in the workspace time zone), top lists per
 * dimension, consent outcomes and pixel yield — and the range's distinct visitors from the
 * visitor sketches of the UTC days it touches (a returning person counts once).
 */
export async function getStats(ctx: AppContext, workspace: { id: string; timeZone: string }, linkId: string, query: StatsQuery) {
  const range = resolveRange(ctx.clock.now(), query);
  const firstDay = dayOf(range.from);
  const lastDay = dayOf(range.to - 1);
  const [sums, visitors] = await Promise.all([
    ctx.stores.stats.sums(workspace.id, linkId, ROLLUP_DIMS, range.from, range.to),
    VisitorCounts.load(ctx.stores.stats, workspace.id, linkId || workspace.id, firstDay, lastDay),
  ]);
  const byDim = new Map<RollupDim, RollupSum[]>();
  for (const s of sums) {
    const list = byDim.get(s.dim as RollupDim);
    if (list) list.push(s);
    else byDim.set(s.dim as RollupDim, [s]);
  }
  const dim = (d: RollupDim) => byDim.get(d) ?? [];
  const total = dim('total')[0];
  const sumHumans = (d: RollupDim) => dim(d).reduce((n, s) => n + s.humans, 0);
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

  const series = await timeseries(ctx, workspace, linkId, range.from, range.to, range.interval);
  const groups = query.groupBy
    ? await groupsOf(query.groupBy, {
        sums: dim,
        days: () => (range.interval === 'day' ? Promise.resolve(series) : timeseries(ctx, workspace, linkId, range.from, range.to, 'day')),
        links: () => ctx.stores.stats.linkTotals(workspace.id, range.from, range.to, linkId || undefined),
      })
    : undefined;

  return {
    from: new Date(range.from).toISOString(),
    to: new Date(range.to).toISOString(),
    interval: range.interval,
    timeZone: workspace.timeZone,
    totals: {
      clicks: total?.clicks ?? 0,
      humanClicks: total?.humans ?? 0,
      bots: total?.bots ?? 0,
      uniqueVisitors: visitors.distinct(firstDay, lastDay),
      pixelFires: sumHumans('pixel_fired'),
      pixelConfirmed: sumHumans('pixel_confirmed'),
    },
    timeseries: series,
    countries: top('country'),
    devices: top('device'),
    browsers: top('browser'),
    os: top('os'),
    referrers: top('referrer'),
    utm: { source: top('utm_source'), medium: top('utm_medium'), campaign: top('utm_campaign'), term: top('utm_term'), content: top('utm_content') },
    consent: dim('consent')
      .filter((s) => s.clicks > 0)
      .sort((a, b) => b.clicks - a.clicks || a.value.localeCompare(b.value))
      .map((s) => ({ outcome: s.value, clicks: s.clicks })),
    pixels,
    ...(groups ? { groupBy: query.groupBy, groups } : {}),
  };
}

/**
 * Hourly rollups, zero-filled; for `day`, grouped by local date in the workspace zone. (Zones
 * with half-hour offsets put each hour on the date its start falls on.)
 */
export async function timeseries(
  ctx: AppContext,
  workspace: { id: string; timeZone: string },
  linkId: string,
  from: number,
  to: number,
  interval: 'hour' | 'day',
): Promise<StatsPoint[]> {
  const fromH = hourStart(from);
  const toH = hourCeil(to);
  const rows = new Map((await ctx.stores.stats.series(workspace.id, linkId, 'hour', fromH, toH)).map((r) => [r.bucket, r]));
  const points: StatsPoint[] = [];
  let current: StatsPoint | undefined;
  for (let h = fromH; h < toH; h += HOUR_MS) {
    const row = rows.get(h);
    const date = interval === 'day' ? localDate(h, workspace.timeZone) : undefined;
    if (!current || interval === 'hour' || current.date !== date) {
      current = { t: new Date(h).toISOString(), ...(date ? { date } : {}), clicks: 0, humanClicks: 0, bots: 0, uniqueVisitors: 0 };
      points.push(current);
    }
    if (row) {
      current.clicks += row.clicks;
      current.humanClicks += row.humans;
      current.bots += row.bots;
      current.uniqueVisitors += row.uniques;
    }
  }
  return points;
}
