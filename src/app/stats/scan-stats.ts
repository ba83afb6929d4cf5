import { hourStart } from '../../core/clicks/click.js';
import type { RollupDim } from '../../core/clicks/rollup.js';
import { exportClicks, type ExportRow } from '../../storage/click-export.js';
import type { BucketSum, RollupSum } from '../../storage/stats-store.js';
import type { AppContext } from '../context.js';
import type { StatsReading } from './get-stats.js';
import { clickMatches, type StatsFilter } from './stats-filter.js';

/** The value of each breakdown dimension of a click, as the rollups spell it. */
const DIMS: Array<[RollupDim, (r: ExportRow) => string]> = [
  ['country', (r) => r.country ?? ''],
  ['device', (r) => r.device],
  ['os', (r) => r.os ?? ''],
  ['browser', (r) => r.browser ?? ''],
  ['referrer', (r) => r.referrer_host ?? ''],
  ['utm_source', (r) => r.utm_source ?? ''],
  ['utm_medium', (r) => r.utm_medium ?? ''],
  ['utm_campaign', (r) => r.utm_campaign ?? ''],
  ['utm_term', (r) => r.utm_term ?? ''],
  ['utm_content', (r) => r.utm_content ?? ''],
  ['consent', (r) => r.consent],
];

/**
 * Stats under click filters (country, device, …: src/app/stats/stats-filter.ts) from the click
 * rows of the range, read page by page along the clicks' key like the CSV export (constant memory)
 * and counted in one pass. Counts are exact; unique visitors are not known here (null).
 */
export async function scanStats(ctx: AppContext, workspaceId: string, links: string[] | null, filter: StatsFilter['click'], from: number, to: number): Promise<StatsReading> {
  const only = links === null ? null : new Set(links);
  const hourly = new Map<number, BucketSum>();
  const sums = new Map<string, RollupSum>();
  const perLink = new Map<string, { linkId: string; clicks: number; humans: number; bots: number }>();
  const bump = (dim: RollupDim, value: string, human: boolean, n = 1) => {
    const key = `${dim}\u0000${value}`;
    const acc = sums.get(key) ?? { dim, value, clicks: 0, humans: 0, bots: 0, uniques: 0 };
    acc.clicks += n;
    if (human) acc.humans += n;
    else acc.bots += n;
    sums.set(key, acc);
  };
  if (only?.size !== 0) {
    const rows = exportClicks(ctx.stores.database, { workspaceId, ...(only?.size === 1 ? { linkId: [...only][0] as string } : {}), from, to, bots: 'include' });
    for await (const page of rows) {
      for (const r of page) {
        if ((only && !only.has(r.link_id)) || !clickMatches(filter, r as unknown as Record<string, unknown>)) continue;
        const human = !r.bot;
        bump('total', '', human);
        const hour = hourStart(r.at);
        const bucket = hourly.get(hour) ?? { bucket: hour, clicks: 0, humans: 0, bots: 0, uniques: 0 };
        bucket.clicks++;
        if (human) bucket.humans++;
        else bucket.bots++;
        hourly.set(hour, bucket);
        const link = perLink.get(r.link_id) ?? { linkId: r.link_id, clicks: 0, humans: 0, bots: 0 };
        link.clicks++;
        if (human) link.humans++;
        else link.bots++;
        perLink.set(r.link_id, link);
        for (const [dim, valueOf] of DIMS) bump(dim, valueOf(r), human);
        if (!human) continue;
        for (const id of r.pixels_fired) bump('pixel_fired', id, true);
        for (const id of r.pixels_confirmed ?? []) bump('pixel_confirmed', id, true);
      }
    }
  }
  const byDim = new Map<RollupDim, RollupSum[]>();
  for (const s of sums.values()) {
    const list = byDim.get(s.dim as RollupDim);
    if (list) list.push(s);
    else byDim.set(s.dim as RollupDim, [s]);
  }
  const total = byDim.get('total')?.[0];
  const sumHumans = (d: RollupDim) => (byDim.get(d) ?? []).reduce((n, s) => n + s.humans, 0);
  return {
    totals: {
      clicks: total?.clicks ?? 0,
      humanClicks: total?.humans ?? 0,
      bots: total?.bots ?? 0,
      uniqueVisitors: null,
      pixelFires: sumHumans('pixel_fired'),
      pixelConfirmed: sumHumans('pixel_confirmed'),
    },
    hourly: [...hourly.values()].sort((a, b) => a.bucket - b.bucket),
    sums: byDim,
    uniquesKnown: false,
    links: [...perLink.values()].sort((a, b) => b.humans - a.humans || a.linkId.localeCompare(b.linkId)),
  };
}
