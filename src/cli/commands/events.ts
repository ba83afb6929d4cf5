import { clickFilter, type ClickFilterParams } from '../../app/stats/click-filter.js';
import { presentClick } from '../../app/stats/click-event.js';
import { linkDomainOf } from '../../app/links/resolve-domain.js';
import { AppError } from '../../core/errors.js';
import { listClicks } from '../../storage/click-export.js';
import { workspaceByNameOrThrow } from '../find-workspace.js';
import { emit } from '../output.js';
import { withContext } from '../with-context.js';

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
 * with the API's filters (GET /events); `--json` prints them as a JSON array of the API's events.
 */
export async function eventsCommand(slug: string | undefined, opts: EventsOptions): Promise<void> {
  await withContext(async (ctx) => {
    const workspace = await workspaceByNameOrThrow(ctx, opts.workspace);
    let linkId: string | undefined;
    if (slug !== undefined) {
      const domain = opts.domain ? (linkDomainOf(ctx, opts.domain) ?? opts.domain) : '';
      const found = await ctx.stores.links.resolve(domain, slug);
      if (!found || found.workspace.id !== workspace.id) {
        throw new AppError('LINK_NOT_FOUND', `No link /${slug}${domain ? ` on ${domain}` : ''} in workspace "${opts.workspace}".`, { slug, domain: domain || ctx.config.defaultHost });
      }
      linkId = found.link.id;
    }
    const limit = Math.min(1000, Math.max(1, Number(opts.limit) || 50));
    const params = { ...opts, linkId, ...(opts.country ? { country: opts.country.toUpperCase() } : {}) };
    const { filter } = await clickFilter(ctx, workspace.id, params, ctx.clock.now());
    const events = (await listClicks(ctx.stores.database, filter, { limit, after: null })).items.map((r) => presentClick(ctx, r));
    const rows = events.map((e) => [e.time.slice(0, 19).replace('T', ' '), e.slug ?? '(deleted)', e.country ?? '', e.device, e.browser ?? '', e.referrerHost ?? '', e.utm.campaign ?? '', e.bot ? 'bot' : '', e.consent]);
    const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] as string).length)));
    const line = (cells: readonly string[]) => `${cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd()}`;
    emit(opts, events, () => [line(COLUMNS), ...rows.map(line), ...(events.length === 0 ? ['(no clicks in the range)'] : [])].join('\n'));
  });
}
