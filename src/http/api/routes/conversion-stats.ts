import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { getConversionStats } from '../../../app/conversions/get-conversion-stats.js';
import { getLinkOrThrow } from '../../../app/links/get-link-or-throw.js';
import { rangeInstants } from '../../../app/stats/stats-range.js';
import { getWorkspaceOrThrow } from '../../../app/workspace/manage-workspace.js';
import { csvLine } from '../../../core/clicks/csv.js';
import { majorUnitsText } from '../../../core/conversions/money.js';
import type { ApiEnv } from '../env.js';
import { errorResponses, ok } from '../responses.js';
import { CONVERSION_CSV_COLUMNS, ConversionStatsQuery, ConversionStatsResponse } from '../schemas/conversion-stats-schemas.js';

const tags = ['stats'];
const security = [{ bearer: [] }];
const iso = (ms: number) => new Date(ms).toISOString();
const RANGE_HELP = 'The range is `range` (`24h`, `7d`, `30d`, `all`) or `from`/`to` (dates in the workspace time zone, or instants); the last 30 days by default, at most 400 days.';

export function conversionStatsRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const load = async (workspaceId: string, query: { groupBy: 'day' | 'link' | 'campaign'; linkId?: string | undefined; range?: string | undefined; from?: string | undefined; to?: string | undefined }) => {
    const now = ctx.clock.now();
    const link = query.linkId ? await getLinkOrThrow(ctx, workspaceId, query.linkId) : null;
    const workspace = await getWorkspaceOrThrow(ctx, workspaceId);
    const instants = rangeInstants(now, query, { timeZone: workspace.timeZone, since: link?.createdAt ?? workspace.createdAt });
    const stats = await getConversionStats(ctx, workspace, { ...instants, groupBy: query.groupBy, ...(link ? { linkId: link.id } : {}) });
    return { stats, workspace, now };
  };

  app.openapi(
    createRoute({
      method: 'get', path: '/stats/conversions', operationId: 'getConversionStats', tags, security,
      summary: 'Get leads, sales, revenue and conversion rates',
      description: `Per day, link or campaign, for the workspace or one link, with totals. ${RANGE_HELP}`,
      request: { query: ConversionStatsQuery },
      responses: { 200: ok(ConversionStatsResponse, 'The conversion figures over the range.'), ...errorResponses({ params: true }, ['LINK_NOT_FOUND']) },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const { stats, workspace, now } = await load(c.var.key.workspaceId, query);
      return c.json({ from: iso(stats.from), to: iso(stats.to), timeZone: workspace.timeZone, groupBy: query.groupBy, rows: stats.rows, totals: stats.totals, asOf: iso(now) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/stats/conversions.csv', operationId: 'exportConversionStats', tags, security,
      summary: 'Export conversion stats as CSV',
      description: `The rows of \`GET /stats/conversions\`, one line per row and currency (revenue in major units). Columns: ${CONVERSION_CSV_COLUMNS.map((c) => `\`${c}\``).join(', ')}. ${RANGE_HELP}`,
      request: { query: ConversionStatsQuery },
      responses: {
        200: {
          description: 'A header row, then one row per day, link or campaign and currency.',
          headers: {
            'x-request-id': { $ref: '#/components/headers/RequestId' },
            'content-disposition': { description: '`attachment; filename="ricochet-conversions-<group>.csv"`', schema: { type: 'string' } },
            'cache-control': { description: '`no-store`', schema: { type: 'string' } },
          },
          content: { 'text/csv': { schema: { type: 'string' as const }, example: `${CONVERSION_CSV_COLUMNS.join(',')}\r\n` } },
        },
        ...errorResponses({ params: true }, ['LINK_NOT_FOUND']),
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const { stats } = await load(c.var.key.workspaceId, query);
      let text = csvLine([...CONVERSION_CSV_COLUMNS]);
      const rate = (r: number | null) => (r === null ? '' : r.toFixed(6));
      for (const r of stats.rows) {
        const currencies = Object.keys(r.revenue).sort();
        for (const currency of currencies.length > 0 ? currencies : ['']) {
          text += csvLine([
            query.groupBy, r.key, r.label, String(r.humanClicks), String(r.leads), String(r.sales), currency,
            currency ? majorUnitsText(r.revenue[currency] ?? 0, currency) : '', rate(r.conversionRate), rate(r.saleRate),
          ]);
        }
      }
      return new Response(text, {
        status: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="ricochet-conversions-${query.groupBy}.csv"`, 'cache-control': 'no-store' },
      }) as never;
    },
  );
}
