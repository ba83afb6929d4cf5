import { getStats, type TopEntry } from '../../app/stats/get-stats.js';
import { linkDomainOf } from '../../app/links/resolve-domain.js';
import { withContext } from '../with-context.js';

function table(title: string, rows: TopEntry[]): string {
  if (rows.length === 0) return '';
  const width = Math.max(title.length, ...rows.map((r) => (r.value || '(none)').length));
  return `\n${title.padEnd(width)}  humans    bots\n${rows.map((r) => `${(r.value || '(none)').padEnd(width)}  ${String(r.humanClicks).padStart(6)}  ${String(r.bots).padStart(6)}`).join('\n')}\n`;
}

/** `ricochet stats <slug>`: a link's numbers over the last N days, as text or JSON. */
export async function statsCommand(slug: string, opts: { domain?: string; days: string; json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const domain = opts.domain ? (linkDomainOf(ctx, opts.domain) ?? opts.domain) : '';
    const found = await ctx.stores.links.resolve(domain, slug);
    if (!found) {
      process.stderr.write(`ricochet: no link /${slug}${domain ? ` on ${domain}` : ''}\n`);
      process.exit(1);
    }
    const days = Math.min(400, Math.max(1, Number(opts.days) || 30));
    const to = ctx.clock.now();
    const stats = await getStats(ctx, { id: found.workspace.id, timeZone: found.workspace.timeZone }, found.link.id, {
      from: new Date(to - days * 86_400_000).toISOString(),
      to: new Date(to).toISOString(),
      interval: 'day',
      top: 5,
    });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
      return;
    }
    const t = stats.totals;
    process.stdout.write(
      `/${slug} → ${found.link.url}\nlast ${days} days (${stats.from.slice(0, 10)} … ${stats.to.slice(0, 10)})\n\n` +
        `clicks ${t.clicks}   humans ${t.humanClicks}   unique visitors ${t.uniqueVisitors}   bots ${t.bots}\n` +
        `pixels fired ${t.pixelFires}   confirmed ${t.pixelConfirmed}\n` +
        table('country', stats.countries) +
        table('device', stats.devices) +
        table('referrer', stats.referrers) +
        table('utm_campaign', stats.utm.campaign),
    );
  });
}
