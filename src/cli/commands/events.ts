import { clickFilter, type ClickFilterParams } from '../../app/stats/click-filter.js';
import { presentClick } from '../../app/stats/click-event.js';
import { linkDomainOf } from '../../app/links/resolve-domain.js';
import { AppError } from '../../core/errors.js';
import { listClicks } from '../../storage/click-export.js';
import { withContext, workspaceOrExit } from '../with-context.js';

export interface EventsOptions extends Omit<ClickFilterParams, 'linkId'> {
  workspace: string;
  domain?: string;
  limit: string;
  json?: boolean;
}

/** The CSV export's names for the columns shown. */
const COLUMNS = ['time', 'slug', 'country', 'device', 'browser', 'referrer_host', 'utm_campaign', 'bot', 'consent'] as const;

/**
 * `ricochet events [slug]`: the most recent clicks of a workspace (or one link), newest first,
 * with the API's filters (GET /events); `--json` prints one event per line as the API has it.
 */
export async function eventsCommand(slug: string | undefined, opts: EventsOptions): Promise<void> {
  await withContext(async (ctx) => {
    const workspace = await workspaceOrExit(ctx, opts.workspace);
    let linkId: string | undefined;
    if (slug !== undefined) {
      const domain = opts.domain ? (linkDomainOf(ctx, opts.domain) ?? opts.domain) : '';
      const found = await ctx.stores.links.resolve(domain, slug);
      if (!found || found.workspace.id !== workspace.id) {
        process.stderr.write(`ricochet: no link /${slug}${domain ? ` on ${domain}` : ''} in workspace "${opts.workspace}"\n`);
        process.exit(1);
      }
      linkId = found.link.id;
    }
    const limit = Math.min(1000, Math.max(1, Number(opts.limit) || 50));
    let events;
    try {
      const params = { ...opts, linkId, ...(opts.country ? { country: opts.country.toUpperCase() } : {}) };
      const { filter } = await clickFilter(ctx, workspace.id, params, ctx.clock.now());
      events = (await listClicks(ctx.stores.database, filter, { limit, after: null })).items.map((r) => presentClick(ctx, r));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      process.stderr.write(`ricochet: ${error.message}\n`);
      process.exit(1);
    }
    if (opts.json) {
      process.stdout.write(events.map((e) => `${JSON.stringify(e)}\n`).join(''));
      return;
    }
    const rows = events.map((e) => [e.time.slice(0, 19).replace('T', ' '), e.slug ?? '(deleted)', e.country ?? '', e.device, e.browser ?? '', e.referrerHost ?? '', e.utm.campaign ?? '', e.bot ? 'bot' : '', e.consent]);
    const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] as string).length)));
    const line = (cells: readonly string[]) => `${cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd()}\n`;
    process.stdout.write(line(COLUMNS) + rows.map(line).join('') + (events.length === 0 ? '(no clicks in the range)\n' : ''));
  });
}
