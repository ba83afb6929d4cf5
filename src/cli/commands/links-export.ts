import { domainHost, shortUrl } from '../../app/links/resolve-domain.js';
import { csvLine } from '../../core/clicks/csv.js';
import { withContext, workspaceOrExit } from '../with-context.js';

/**
 * New columns go at the end, so scripts that read by position keep working. `clicks` is the
 * deprecated name of `humanClicks` (same value, as in the API: docs/api.md, "One vocabulary").
 */
export const EXPORT_COLUMNS = ['id', 'shortUrl', 'slug', 'domain', 'url', 'title', 'tags', 'clicks', 'createdAt', 'externalId', 'humanClicks'] as const;

/**
 * `ricochet links export`: every link of a workspace as CSV on stdout, page by page. The file
 * imports back with `ricochet links import` (rows with an `externalId` update their link).
 */
export async function linksExport(opts: { workspace: string }): Promise<void> {
  await withContext(async (ctx) => {
    const workspace = await workspaceOrExit(ctx, opts.workspace);
    process.stdout.write(csvLine([...EXPORT_COLUMNS]));
    let after: string | null = null;
    do {
      const page = await ctx.stores.links.list(workspace.id, { limit: 100, after });
      let chunk = '';
      for (const l of page.items) {
        chunk += csvLine([
          l.id, shortUrl(ctx, l.domain, l.slug), l.slug, domainHost(ctx, l.domain), l.url, l.title,
          l.tags.join('|'), l.clicks, new Date(l.createdAt).toISOString(), l.externalId, l.clicks,
        ]);
      }
      if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      after = page.nextCursor;
    } while (after);
  });
}
