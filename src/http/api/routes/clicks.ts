import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { clickFilter } from '../../../app/stats/click-filter.js';
import { csvValues, presentClick } from '../../../app/stats/click-event.js';
import { csvLine } from '../../../core/clicks/csv.js';
import { exportClicks, listClicks } from '../../../storage/click-export.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { errorResponses, ok } from '../responses.js';
import { ClicksCsvQuery, EventListQuery, EventPage } from '../schemas/event-schemas.js';
import { RANGE_HELP } from './stats.js';

const tags = ['stats'];
const security = [{ bearer: [] }];

/**
 * The CSV export's columns: the click event's JSON fields in snake_case, nested ones joined with
 * `_` (`utm.source` → `utm_source`), `id` as `click_id` (test/analytics/clicks-csv.test.ts checks).
 */
export const CSV_COLUMNS = [
  'click_id', 'time', 'link_id', 'slug', 'domain', 'country', 'device', 'os', 'browser', 'referrer_host', 'utm_source',
  'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'click_ids', 'bot', 'consent', 'pixels_fired', 'pixels_confirmed',
] as const;

const FILTER_HELP = 'Filters match exactly and combine: `linkId`, `country`, `device`, `consent`, `referrerHost`, `utmSource`, `utmMedium`, `utmCampaign`, `utmTerm`, `utmContent`, and `bots` (`include`, `exclude`, `only`).';

export function clickRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/events', operationId: 'listClickEvents', tags, security,
      summary: 'List click events',
      description: `Recorded clicks, newest first, one page at a time (\`limit\`, \`cursor\`), as JSON: the same fields as the CSV export. Never an IP address or a visitor value (none is stored). ${FILTER_HELP} ${RANGE_HELP}`,
      request: { query: EventListQuery },
      responses: { 200: ok(EventPage, 'One page of click events.'), ...errorResponses({ params: true, list: true }, ['LINK_NOT_FOUND']) },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const { filter } = await clickFilter(ctx, c.var.key.workspaceId, query, ctx.clock.now());
      const page = await listClicks(ctx.stores.database, filter, pageRequest(query));
      return c.json({ data: page.items.map((r) => presentClick(ctx, r)), nextCursor: encodeCursor(page.nextCursor), hasMore: page.nextCursor !== null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/clicks.csv', operationId: 'exportClicks', tags, security,
      summary: 'Export clicks as CSV',
      description: `One row per click, oldest first, streamed, never an IP address. Columns: ${CSV_COLUMNS.map((c) => `\`${c}\``).join(', ')} (the fields of \`ClickEvent\` in snake_case: docs/api.md). ${FILTER_HELP} ${RANGE_HELP}`,
      request: { query: ClicksCsvQuery },
      responses: {
        200: {
          description: 'One row per click, oldest first, after a header row.',
          headers: {
            'x-request-id': { $ref: '#/components/headers/RequestId' },
            'content-disposition': { description: '`attachment; filename="ricochet-clicks[-<slug>].csv"`', schema: { type: 'string' } },
            'cache-control': { description: '`no-store`', schema: { type: 'string' } },
          },
          content: { 'text/csv': { schema: { type: 'string' as const }, example: `${CSV_COLUMNS.join(',')}\r\n` } },
        },
        ...errorResponses({ params: true }, ['LINK_NOT_FOUND']),
      },
    }),
    async (c) => {
      const { filter, link } = await clickFilter(ctx, c.var.key.workspaceId, c.req.valid('query'), ctx.clock.now());
      const rows = exportClicks(ctx.stores.database, filter);
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(csvLine([...CSV_COLUMNS])));
        },
        async pull(controller) {
          const next = await rows.next();
          if (next.done) return controller.close();
          controller.enqueue(encoder.encode(next.value.map((r) => csvLine(csvValues(presentClick(ctx, r)))).join('')));
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
