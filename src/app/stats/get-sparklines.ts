import { DAY_MS, dayStart } from '../../core/clicks/click.js';
import type { AppContext } from '../context.js';

/**
 * Human clicks per UTC day of many links, for the links list's sparklines: one read of the daily
 * `total` rollups of those links (only ids that are links of this workspace count).
 */
export async function getSparklines(ctx: AppContext, workspaceId: string, ids: readonly string[], days: number) {
  const end = dayStart(ctx.clock.now()) + DAY_MS;
  const start = end - days * DAY_MS;
  const own = new Set(await ctx.stores.links.existing(workspaceId, [...new Set(ids)]));
  const wanted = [...new Set(ids)].filter((id) => own.has(id));
  const series = new Map(wanted.map((id) => [id, new Array<number>(days).fill(0)]));
  for (const row of wanted.length ? await ctx.stores.stats.dailyTotals(workspaceId, wanted, start, end) : []) {
    const i = Math.floor((row.bucket - start) / DAY_MS);
    const s = series.get(row.linkId);
    if (s && i >= 0 && i < days) s[i] = row.humans;
  }
  return {
    days: Array.from({ length: days }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10)),
    data: wanted.map((linkId) => ({ linkId, humanClicks: series.get(linkId) as number[] })),
  };
}
