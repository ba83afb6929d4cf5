import { HOUR_MS, hourCeil, hourStart } from '../../core/clicks/click.js';
import { ConversionStore, type ConversionSum } from '../../storage/conversion-store.js';
import type { AppContext } from '../context.js';
import { localDate } from '../stats/local-date.js';
import { resolveRange } from '../stats/stats-range.js';

export const CONVERSION_GROUPS = ['day', 'link', 'campaign'] as const;
export type ConversionGroup = (typeof CONVERSION_GROUPS)[number];

export interface ConversionRow {
  /** The day (`YYYY-MM-DD` in the workspace zone), link id or campaign (`''`: none). */
  key: string;
  /** The link's slug for `link`; the key otherwise. */
  label: string;
  humanClicks: number;
  leads: number;
  sales: number;
  /** Per currency, minor units. */
  revenue: Record<string, number>;
  /** Leads per human click; null without clicks. */
  conversionRate: number | null;
  /** Sales per human click; null without clicks. */
  saleRate: number | null;
}

/** Most conversions folded per request for `day` (they are read one by one to date them in the zone). */
const MAX_DAY_ROWS = 100_000;

/**
 * Leads, sales, revenue and conversion rate per day, link or campaign over a range
 * (docs/conversions.md "Stats"), for the workspace or one link. Human clicks come from the same
 * rollups as the click stats: per day exactly; per link and campaign over the whole UTC days the
 * range touches (as the click stats' breakdowns).
 */
export async function getConversionStats(
  ctx: AppContext,
  workspace: { id: string; timeZone: string },
  query: { from?: string; to?: string; groupBy: ConversionGroup; linkId?: string },
): Promise<{ from: number; to: number; rows: ConversionRow[]; totals: Omit<ConversionRow, 'key' | 'label'> }> {
  const range = resolveRange(ctx.clock.now(), { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}), interval: 'day' });
  const store = new ConversionStore(ctx.stores.database);
  const linkScope = query.linkId ?? '';
  const filter = query.linkId ? { linkId: query.linkId } : {};
  let sums: ConversionSum[];
  let clicks: Map<string, number>;
  const labels = new Map<string, string>();

  if (query.groupBy === 'day') {
    const byDay = new Map<string, ConversionSum>();
    for (const c of await store.list(workspace.id, { from: range.from, to: range.to, limit: MAX_DAY_ROWS, ...filter })) {
      const key = localDate(c.at, workspace.timeZone);
      const sum = byDay.get(key) ?? { key, leads: 0, sales: 0, revenue: {} };
      if (c.kind === 'lead') sum.leads++;
      else {
        sum.sales++;
        if (c.currency) sum.revenue[c.currency] = (sum.revenue[c.currency] ?? 0) + (c.amount ?? 0);
      }
      byDay.set(key, sum);
    }
    clicks = new Map();
    for (const r of await ctx.stores.stats.series(workspace.id, linkScope, 'hour', hourStart(range.from), hourCeil(range.to))) {
      const day = localDate(r.bucket, workspace.timeZone);
      clicks.set(day, (clicks.get(day) ?? 0) + r.humans);
    }
    // Every day of the range, zero-filled, like the click timeseries.
    for (let h = hourStart(range.from); h < hourCeil(range.to); h += HOUR_MS) {
      const day = localDate(h, workspace.timeZone);
      if (!byDay.has(day)) byDay.set(day, { key: day, leads: 0, sales: 0, revenue: {} });
    }
    sums = [...byDay.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  } else if (query.groupBy === 'link') {
    sums = await store.sums(workspace.id, { from: range.from, to: range.to, groupBy: 'link', ...filter });
    clicks = await ctx.stores.stats.linkHumans(workspace.id, sums.map((s) => s.key), range.from, range.to);
    for (const s of sums) labels.set(s.key, (await ctx.stores.links.get(workspace.id, s.key))?.slug ?? '');
  } else {
    sums = await store.sums(workspace.id, { from: range.from, to: range.to, groupBy: 'campaign', ...filter });
    const perCampaign = await ctx.stores.stats.sums(workspace.id, linkScope, ['utm_campaign'], range.from, range.to);
    clicks = new Map(perCampaign.map((s) => [s.value, s.humans]));
  }
  if (query.groupBy !== 'day') sums.sort((a, b) => b.sales - a.sales || b.leads - a.leads || (a.key < b.key ? -1 : 1));

  const rate = (n: number, of: number) => (of > 0 ? n / of : null);
  const rows: ConversionRow[] = sums.map((s) => {
    const humanClicks = clicks.get(s.key) ?? 0;
    return { key: s.key, label: labels.get(s.key) ?? s.key, humanClicks, leads: s.leads, sales: s.sales, revenue: s.revenue, conversionRate: rate(s.leads, humanClicks), saleRate: rate(s.sales, humanClicks) };
  });
  const totalClicks =
    query.groupBy === 'day' ? [...clicks.values()].reduce((a, b) => a + b, 0) : ((await ctx.stores.stats.sums(workspace.id, linkScope, ['total'], range.from, range.to))[0]?.humans ?? 0);
  const totals = { humanClicks: totalClicks, leads: 0, sales: 0, revenue: {} as Record<string, number>, conversionRate: null as number | null, saleRate: null as number | null };
  for (const r of rows) {
    totals.leads += r.leads;
    totals.sales += r.sales;
    for (const [currency, amount] of Object.entries(r.revenue)) totals.revenue[currency] = (totals.revenue[currency] ?? 0) + amount;
  }
  totals.conversionRate = rate(totals.leads, totalClicks);
  totals.saleRate = rate(totals.sales, totalClicks);
  return { from: range.from, to: range.to, rows, totals };
}
