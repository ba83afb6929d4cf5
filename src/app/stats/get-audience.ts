import { dayOf, DAY_MS } from '../../core/clicks/click.js';
import { AUDIENCE_LOOKBACK_DAYS } from '../../core/pixels/audience-lookback.js';
import { CATALOG } from '../../core/pixels/catalog.js';
import type { Pixel } from '../../core/pixel.js';
import type { Platform } from '../../core/pixels/platform.js';
import type { Config } from '../../config.js';
import type { StatsStore } from '../../storage/stats-store.js';
import type { AppContext } from '../context.js';
import { VisitorCounts } from './visitor-counts.js';

export const AUDIENCE_WINDOWS = [30, 90, 180] as const;

/** The platform's minimum audience size for readiness: AUDIENCE_MINIMUMS, else the catalogue's (null: none published). */
export function audienceMinimum(config: Pick<Config, 'audienceMinimums'>, platform: Platform): number | null {
  return config.audienceMinimums[platform] ?? CATALOG[platform].minAudience.size;
}

/**
 * Distinct visitors a pixel reached within its platform's lookback window: what readiness
 * compares with the minimum. Reads only that window's sketches (the `audience.ready` watcher
 * asks this of many pixels).
 */
export async function visitorsInLookback(stats: StatsStore, pixel: Pick<Pixel, 'id' | 'workspaceId' | 'platform'>, today: number): Promise<number> {
  const lookbackDays = AUDIENCE_LOOKBACK_DAYS[pixel.platform];
  const counts = await VisitorCounts.load(stats, pixel.workspaceId, pixel.id, today - lookbackDays + 1, today);
  return counts.distinct(today - lookbackDays + 1, today);
}
const GROWTH_DAYS = 180;

/**
 * How a pixel's audience grows (docs/analytics.md): distinct visitors reached in 30/90/180 days,
 * per-day growth (that day's visitors, and distinct visitors since the start of the 180 days),
 * return visitors (seen in both halves of the window), and readiness against the platform's
 * minimum audience size (catalogue defaults with sources, overridable with AUDIENCE_MINIMUMS).
 * All from the pixel's visitor sketches (docs/analytics.md).
 */
export async function getAudience(ctx: AppContext, pixel: Pixel) {
  const today = dayOf(ctx.clock.now());
  const lookbackDays = AUDIENCE_LOOKBACK_DAYS[pixel.platform];
  const earliest = today - Math.max(GROWTH_DAYS, lookbackDays, ...AUDIENCE_WINDOWS) + 1;
  const counts = await VisitorCounts.load(ctx.stores.stats, pixel.workspaceId, pixel.id, earliest, today);
  const windows = AUDIENCE_WINDOWS.map((days) => ({
    days,
    visitors: counts.distinct(today - days + 1, today),
    returnVisitors: counts.inBothHalves(today - days + 1, today),
  }));
  const growth = counts.growth(today - GROWTH_DAYS + 1, today).map((g) => ({
    date: new Date(g.day * DAY_MS).toISOString().slice(0, 10),
    visitors: g.visitors,
    cumulative: g.cumulative,
  }));

  const spec = CATALOG[pixel.platform].minAudience;
  const minimum = audienceMinimum(ctx.config, pixel.platform);
  const inLookback = counts.distinct(today - lookbackDays + 1, today);
  return {
    pixelId: pixel.id,
    platform: pixel.platform,
    windows,
    growth,
    readiness: {
      minimum,
      lookbackDays,
      visitors: inLookback,
      progress: minimum ? Math.min(1, inLookback / minimum) : null,
      ready: minimum ? inLookback >= minimum : null,
      source: spec.source,
      note:
        'Platforms count matched, recently active users, not clicks: expect fewer audience members than visitors. ' +
        'Visitors are distinct people (from sketches, within about 1 %): one who came back on several days counts once.',
    },
  };
}
