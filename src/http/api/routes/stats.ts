import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { getLinkOrThrow } from '../../../app/links/get-link-or-throw.js';
import { getPixelOrThrow } from '../../../app/pixels/manage-pixels.js';
import { getAudience } from '../../../app/stats/get-audience.js';
import { getStats } from '../../../app/stats/get-stats.js';
import { rangeInstants } from '../../../app/stats/stats-range.js';
import { getWorkspaceOrThrow } from '../../../app/workspace/manage-workspace.js';
import type { ConsentOutcome } from '../../../core/consent/consent-decision.js';
import type { ApiEnv } from '../env.js';
import { errorResponses, ok } from '../responses.js';
import { idParam } from '../schemas/common.js';
import { AudienceResponse, SparklineQuery, SparklineResponse, StatsQuery, StatsResponse } from '../schemas/stats-schemas.js';
import type { StatsFilter } from '../../../app/stats/stats-filter.js';
import { getSparklines } from '../../../app/stats/get-sparklines.js';

const tags = ['stats'];
const security = [{ bearer: [] }];
const iso = (ms: number) => new Date(ms).toISOString();
export const RANGE_HELP = 'The range is `range` (`24h`, `7d`, `30d`, `all`) or `from`/`to` (dates in the workspace time zone, or instants); the last 30 days by default, at most 400 days.';

/** Stored clicks only ever hold outcomes of the closed list (src/core/consent/consent-decision.ts). */
const consentOutcomes = (rows: Array<{ outcome: string; clicks: number }>) => rows as Array<{ outcome: ConsentOutcome; clicks: number }>;

type StatsParams = { linkId?: string | undefined; tag?: string | undefined; folderId?: string | undefined } & Record<string, unknown>;

/** The query's filters: links first (rollups), then what a click was (the click rows). */
function filterOf(query: StatsParams): StatsFilter {
  const click: StatsFilter['click'] = {};
  for (const key of ['country', 'device', 'os', 'browser', 'referrer', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const) {
    const value = query[key];
    if (typeof value === 'string') click[key] = key === 'country' ? value.toUpperCase() : value;
  }
  return { linkId: query.linkId, tag: query.tag, folderId: query.folderId, click };
}

const FILTER_HELP =
  'Filters combine: `linkId`, `tag`, `folderId` choose links (every figure stays, read from rollups); `country`, `device`, `os`, `browser`, `referrer` and `utm_*` choose clicks (read from the range’s click rows, slower on long ranges, and `uniqueVisitors` is null). `compare=previous` adds the previous period’s totals.';

export function statsRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/links/{id}/stats', operationId: 'getLinkStats', tags, security,
      summary: 'Get the stats of one link',
      description: `Totals, a timeseries, human clicks per hour of the day and day of the week, top lists (countries, devices, browsers, OS, referrers, UTM), consent outcomes and pixel yield. ${RANGE_HELP} ${FILTER_HELP} \`asOf\` says when the figures were read.`,
      request: { params: idParam('link'), query: StatsQuery },
      responses: { 200: ok(StatsResponse, 'The link’s figures over the range.'), ...errorResponses({ params: true }, ['LINK_NOT_FOUND']) },
    }),
    async (c) => {
      const asOf = ctx.clock.now();
      const link = await getLinkOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id);
      const workspace = await getWorkspaceOrThrow(ctx, c.var.key.workspaceId);
      const query = c.req.valid('query');
      const instants = rangeInstants(asOf, query, { timeZone: workspace.timeZone, since: link.createdAt });
      const stats = await getStats(ctx, workspace, link.id, { interval: query.interval, top: query.top, groupBy: query.groupBy, compare: query.compare === 'previous', filter: filterOf(query), ...instants });
      return c.json({ ...stats, consent: consentOutcomes(stats.consent), asOf: iso(asOf) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/stats', operationId: 'getWorkspaceStats', tags, security,
      summary: 'Get the stats of the whole workspace',
      description: `Every link together (deleted links’ clicks included), in the same shape as a link’s stats, plus the top links. ${RANGE_HELP} ${FILTER_HELP}`,
      request: { query: StatsQuery },
      responses: { 200: ok(StatsResponse, 'The workspace’s figures over the range.'), ...errorResponses({ params: true }) },
    }),
    async (c) => {
      const asOf = ctx.clock.now();
      const workspace = await getWorkspaceOrThrow(ctx, c.var.key.workspaceId);
      const query = c.req.valid('query');
      const instants = rangeInstants(asOf, query, { timeZone: workspace.timeZone, since: workspace.createdAt });
      const stats = await getStats(ctx, workspace, '', { interval: query.interval, top: query.top, groupBy: query.groupBy, compare: query.compare === 'previous', filter: filterOf(query), ...instants });
      return c.json({ ...stats, consent: consentOutcomes(stats.consent), asOf: iso(asOf) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/stats/links', operationId: 'getLinkSparklines', tags, security,
      summary: 'Get daily human clicks of many links (sparklines)',
      description: 'For the links list: human clicks per UTC day over the last `days` days (up to 90), for up to 100 links at once, from daily rollups. Ids that are not links of this workspace are left out.',
      request: { query: SparklineQuery },
      responses: { 200: ok(SparklineResponse, 'One series per link.'), ...errorResponses({ params: true }) },
    }),
    async (c) => {
      const query = c.req.valid('query');
      return c.json(await getSparklines(ctx, c.var.key.workspaceId, query.ids, query.days), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/pixels/{id}/audience', operationId: 'getPixelAudience', tags, security,
      summary: 'Get how a pixel’s audience grows, and whether it is big enough to use',
      description: 'The pixel’s audience — distinct visitors whose hit for it was confirmed — over 30, 90 and 180 days, growth per day, and readiness against the platform’s minimum audience size.',
      request: { params: idParam('pixel') },
      responses: { 200: ok(AudienceResponse, 'Windows, growth and readiness.'), ...errorResponses({ params: true }, ['PIXEL_NOT_FOUND']) },
    }),
    async (c) => {
      const asOf = ctx.clock.now();
      const audience = await getAudience(ctx, await getPixelOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id));
      return c.json({ ...audience, asOf: iso(asOf) }, 200);
    },
  );
}
