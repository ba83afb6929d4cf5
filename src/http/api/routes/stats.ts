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
import { AudienceResponse, StatsQuery, StatsResponse } from '../schemas/stats-schemas.js';

const tags = ['stats'];
const security = [{ bearer: [] }];
const iso = (ms: number) => new Date(ms).toISOString();
export const RANGE_HELP = 'The range is `range` (`24h`, `7d`, `30d`, `all`) or `from`/`to` (dates in the workspace time zone, or instants); the last 30 days by default, at most 400 days.';

/** Stored clicks only ever hold outcomes of the closed list (src/core/consent/consent-decision.ts). */
const consentOutcomes = (rows: Array<{ outcome: string; clicks: number }>) => rows as Array<{ outcome: ConsentOutcome; clicks: number }>;

export function statsRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/links/{id}/stats', operationId: 'getLinkStats', tags, security,
      summary: 'Get the stats of one link',
      description: `Totals, a timeseries, top lists (countries, devices, browsers, OS, referrers, UTM), consent outcomes and pixel yield. ${RANGE_HELP} \`asOf\` says when the figures were read.`,
      request: { params: idParam('link'), query: StatsQuery },
      responses: { 200: ok(StatsResponse, 'The link’s figures over the range.'), ...errorResponses({ params: true }, ['LINK_NOT_FOUND']) },
    }),
    async (c) => {
      const asOf = ctx.clock.now();
      const link = await getLinkOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id);
      const workspace = await getWorkspaceOrThrow(ctx, c.var.key.workspaceId);
      const query = c.req.valid('query');
      const instants = rangeInstants(asOf, query, { timeZone: workspace.timeZone, since: link.createdAt });
      const stats = await getStats(ctx, workspace, link.id, { interval: query.interval, top: query.top, groupBy: query.groupBy, ...instants });
      return c.json({ ...stats, consent: consentOutcomes(stats.consent), asOf: iso(asOf) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/stats', operationId: 'getWorkspaceStats', tags, security,
      summary: 'Get the stats of the whole workspace',
      description: `Every link together (deleted links’ clicks included), in the same shape as a link’s stats. ${RANGE_HELP}`,
      request: { query: StatsQuery },
      responses: { 200: ok(StatsResponse, 'The workspace’s figures over the range.'), ...errorResponses({ params: true }) },
    }),
    async (c) => {
      const asOf = ctx.clock.now();
      const workspace = await getWorkspaceOrThrow(ctx, c.var.key.workspaceId);
      const query = c.req.valid('query');
      const instants = rangeInstants(asOf, query, { timeZone: workspace.timeZone, since: workspace.createdAt });
      const stats = await getStats(ctx, workspace, '', { interval: query.interval, top: query.top, groupBy: query.groupBy, ...instants });
      return c.json({ ...stats, consent: consentOutcomes(stats.consent), asOf: iso(asOf) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/pixels/{id}/audience', operationId: 'getPixelAudience', tags, security,
      summary: 'Get how a pixel’s audience grows, and whether it is big enough to use',
      description: 'Visitors the pixel reached over 30, 90 and 180 days, growth per day, and readiness against the platform’s minimum audience size.',
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
