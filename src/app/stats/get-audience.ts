import { dayOf, DAY_MS } from '../../core/clicks/click.js';
import { AUDIENCE_LOOKBACK_DAYS } from '../../core/pixels/audience-lookback.js';
import { CATALOG } from '../../core/pixels/catalog.js';
import type { Pixel } from '../../core/pixel.js';
import type { AppContext } from '../context.js';

export const AUDIENCE_WINDOWS = [30, 90, 180] as const;
const GROWTH_DAYS = 180;

/**
 * How a pixel's audience grows (docs/analytics.md): visitors reached in 30/90/180 days, per-day
 * growth, same-day return visitors, and readiness against the platform's minimum audience
 * size (catalogue defaults with sources, overridable with AUDIENCE_MINIMUMS).
 */
export async function getAudience(ctx: AppContext, pixel: Pixel) {
  const today = dayOf(ctx.clock.now());
  const windows = [];
  for (const days of AUDIENCE_WINDOWS) {
    const reach = await ctx.stores.stats.pixelReach(pixel.id, today - days + 1);
    windows.push({ days, visitors: reach.visitors, returnVisitors: reach.returning });
  }

  const since = today - GROWTH_DAYS + 1;
  const daily = new Map((await ctx.stores.stats.pixelDaily(pixel.id, since)).map((d) => [d.day, d.visitors]));
  let cumulative = await ctx.stores.stats.pixelVisitorsBefore(pixel.id, since);
  const growth = [];
  for (let day = since; day <= today; day++) {
    const visitors = daily.get(day) ?? 0;
    cumulative += visitors;
    growth.push({ date: new Date(day * DAY_MS).toISOString().slice(0, 10), visitors, cumulative });
  }

  const spec = CATALOG[pixel.platform].minAudience;
  const minimum = ctx.config.audienceMinimums[pixel.platform] ?? spec.size;
  const lookbackDays = AUDIENCE_LOOKBACK_DAYS[pixel.platform];
  const inLookback = (await ctx.stores.stats.pixelReach(pixel.id, today - lookbackDays + 1)).visitors;
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
        'Visitors are unique per day, so a person who clicked on several days counts once per day.',
    },
  };
}
