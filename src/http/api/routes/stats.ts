import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { getLinkOrThrow } from '../../../app/links/get-link-or-throw.js';
import { domainHost } from '../../../app/links/resolve-domain.js';
import { getPixelOrThrow } from '../../../app/pixels/manage-pixels.js';
import { getAudience } from '../../../app/stats/get-audience.js';
import { getStats } from '../../../app/stats/get-stats.js';
import { resolveRange } from '../../../app/stats/stats-range.js';
import { getWorkspaceOrThrow } from '../../../app/workspace/manage-workspace.js';
import { csvLine } from '../../../core/clicks/csv.js';
import { exportClicks } from '../../../storage/click-export.js';
import type { ApiEnv } from '../env.js';
import { COMMON_ERRORS, IdParam, json } from '../schemas/common.js';
import { AudienceResponse, ClicksCsvQuery, StatsQuery, StatsResponse } from '../schemas/stats-schemas.js';

const security = [{ bearer: [] }];

export const CSV_COLUMNS = [
  'click_id', 'time', 'link_id', 'slug', 'domain', 'country', 'device', 'os', 'browser', 'referrer_host', 'utm_source',
  'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'click_ids', 'bot', 'consent', 'pixels_fired', 'pixels_confirmed',
] as const;

export function statsRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/links/{id}/stats', tags: ['stats'], security, summary: 'Stats of one link',
      request: { params: IdParam, query: StatsQuery },
      responses: { 200: json(StatsResponse, 'Totals, timeseries, top lists, consent outcomes and pixel yield.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const link = await getLinkOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id);
      const workspace = await getWorkspaceOrThrow(ctx, c.var.key.workspaceId);
      return c.json(await getStats(ctx, workspace, link.id, c.req.valid('query')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/stats', tags: ['stats'], security, summary: 'Stats of the whole workspace',
      request: { query: StatsQuery },
      responses: { 200: json(StatsResponse, 'Totals, timeseries, top lists, consent outcomes and pixel yield.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const workspace = await getWorkspaceOrThrow(ctx, c.var.key.workspaceId);
      return c.json(await getStats(ctx, workspace, '', c.req.valid('query')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/pixels/{id}/audience', tags: ['stats'], security, summary: 'How a pixel’s audience grows, and whether it is big enough to use',
      request: { params: IdParam },
      responses: { 200: json(AudienceResponse, 'Windows, growth and readiness.'), ...COMMON_ERRORS },
    }),
    async (c) => c.json(await getAudience(ctx, await getPixelOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/clicks.csv', tags: ['stats'], security, summary: 'Export clicks as CSV (streamed; never an IP)',
      request: { query: ClicksCsvQuery },
      responses: { 200: { description: 'One row per click.', content: { 'text/csv': { schema: { type: 'string' } } } }, ...COMMON_ERRORS },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const workspaceId = c.var.key.workspaceId;
      const range = resolveRange(ctx.clock.now(), { from: query.from, to: query.to, interval: 'day' });
      const link = query.linkId ? await getLinkOrThrow(ctx, workspaceId, query.linkId) : null;
      const slugs = new Map<string, string>(link ? [[link.id, link.slug]] : []);
      const slugOf = async (linkId: string) => {
        if (!slugs.has(linkId)) slugs.set(linkId, (await ctx.stores.links.get(workspaceId, linkId))?.slug ?? '');
        return slugs.get(linkId) as string;
      };
      const rows = exportClicks(ctx.stores.database, {
        workspaceId,
        ...(link ? { linkId: link.id } : {}),
        from: range.from,
        to: range.to,
        bots: query.bots,
      });
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(csvLine([...CSV_COLUMNS])));
        },
        async pull(controller) {
          const next = await rows.next();
          if (next.done) return controller.close();
          let chunk = '';
          for (const r of next.value) {
            chunk += csvLine([
              r.id, new Date(r.at).toISOString(), r.link_id, await slugOf(r.link_id), domainHost(ctx, r.domain),
              r.country, r.device, r.os, r.browser, r.referrer_host, r.utm_source, r.utm_medium, r.utm_campaign, r.utm_term,
              r.utm_content, r.click_ids, r.bot ? 'true' : 'false', r.consent, r.pixels_fired, r.pixels_confirmed,
            ]);
          }
          controller.enqueue(encoder.encode(chunk));
        },
        async cancel() {
          await rows.return(undefined);
        },
      });
      const name = `ricochet-clicks${link ? `-${link.slug}` : ''}.csv`;
      return new Response(body, {
        status: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
      }) as never;
    },
  );
}
