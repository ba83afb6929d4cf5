import { getStats, type TopEntry } from '../../app/stats/get-stats.js';
import type { StatsGroupBy } from '../../app/stats/stats-groups.js';
import { linkDomainOf } from '../../app/links/resolve-domain.js';
import { AppError } from '../../core/errors.js';
import { withContext } from '../with-context.js';

function table(title: string, rows: TopEntry[]): string {
  if (rows.length === 0) return '';
  const width = Math.max(title.length, ...rows.map((r) => (r.value || '(none)').length));
  return `\n${title.padEnd(width)}  human clicks    bots\n${rows.map((r) => `${(r.value || '(none)').padEnd(width)}  ${String(r.humanClicks).padStart(12)}  ${String(r.bots).padStart(6)}`).join('\n')}\n`;
}

/** `ricochet stats <slug>`: a link's numbers over the last N days (split by `--group-by`), as text or JSON. */
export async function statsCommand(slug: string, opts: { domain?: string; days: string; groupBy?: StatsGroupBy; json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const domain = opts.domain ? (linkDomainOf(ctx, opts.domain) ?? opts.domain) : '';
    const found = await ctx.stores.links.resolve(domain, slug);
    if (!found) throw new AppError('LINK_NOT_FOUND', `No link /${slug}${domain ? ` on ${domain}` : ''}.`, { slug, domain: domain || ctx.config.defaultHost });
    const days = Math.min(400, Math.max(1, Number(opts.days) || 30));
    const to = ctx.clock.now();
    const stats = await getStats(ctx, { id: found.workspace.id, timeZone: found.workspace.timeZone }, found.link.id, {
      from: new Date(to - days * 86_400_000).toISOString(),
      to: new Date(to).toISOString(),
      interval: 'day',
      top: 5,
      groupBy: opts.groupBy,
    });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
      return;
    }
    const t = stats.totals;
    process.stdout.write(
      `/${slug} → ${found.link.url}\nlast ${days} days (${stats.from.slice(0, 10)} … ${stats.to.slice(0, 10)})\n\n` +
        `clicks ${t.clicks}   human clicks ${t.humanClicks}   bots ${t.bots}   unique visitors ${t.uniqueVisitors}\n` +
        `pixel fires ${t.pixelFires}   confirmed ${t.pixelConfirmed}   yield ${t.pixelFires ? `${Math.round((t.pixelConfirmed / t.pixelFires) * 100)}%` : '–'}\n` +
        table('country', stats.countries) +
        table('device', stats.devices) +
        table('referrer', stats.referrers) +
        table('utm_campaign', stats.utm.campaign) +
        (opts.groupBy && stats.groups ? table(opts.groupBy, stats.groups) : ''),
    );
  });
}
