import { domainHost, shortUrl } from '../../app/links/resolve-domain.js';
import { csvLine } from '../../core/clicks/csv.js';
import type { StoredLink } from '../../storage/link-store.js';
import type { AppContext } from '../../app/context.js';
import { workspaceByNameOrThrow } from '../find-workspace.js';
import type { OutputOptions } from '../output.js';
import { withContext } from '../with-context.js';

/**
 * New columns go at the end, so scripts that read by position keep working. `clicks` is the
 * deprecated name of `humanClicks` (same value, as in the API: docs/api.md, "One vocabulary").
 */
export const EXPORT_COLUMNS = ['id', 'shortUrl', 'slug', 'domain', 'url', 'title', 'tags', 'clicks', 'createdAt', 'externalId', 'humanClicks'] as const;

async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function eachPage(ctx: AppContext, workspaceId: string, onPage: (links: StoredLink[]) => Promise<void>): Promise<void> {
  let after: string | null = null;
  do {
    const page = await ctx.stores.links.list(workspaceId, { limit: 100, after });
    await onPage(page.items);
    after = page.nextCursor;
  } while (after);
}

/**
 * `ricochet links export`: every link of a workspace on stdout, page by page: CSV (which imports
 * back with `ricochet links import`; rows with an `externalId` update their link), or with
 * `--json` a JSON array of the links as the API shows them (`GET /links`).
 */
export async function linksExport(opts: OutputOptions & { workspace: string }): Promise<void> {
  await withContext(async (ctx) => {
    const workspace = await workspaceByNameOrThrow(ctx, opts.workspace);
    if (opts.json) {
      // Loaded only here: the other commands do not need the API's presenters.
      const { presentLink } = await import('../../http/api/present.js');
      let first = true;
      await write('[');
      await eachPage(ctx, workspace.id, async (links) => {
        let chunk = '';
        for (const l of links) {
          chunk += `${first ? '\n' : ',\n'}${JSON.stringify(presentLink(ctx, l))}`;
          first = false;
        }
        await write(chunk);
      });
      await write('\n]\n');
      return;
    }
    await write(csvLine([...EXPORT_COLUMNS]));
    await eachPage(ctx, workspace.id, async (links) => {
      let chunk = '';
      for (const l of links) {
        chunk += csvLine([
          l.id, shortUrl(ctx, l.domain, l.slug), l.slug, domainHost(ctx, l.domain), l.url, l.title,
          l.tags.join('|'), l.clicks, new Date(l.createdAt).toISOString(), l.externalId, l.clicks,
        ]);
      }
      await write(chunk);
    });
  });
}
