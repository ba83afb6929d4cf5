import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import type { AppContext } from '../../app/context.js';
import { AppError } from '../../core/errors.js';
import { docsUi } from './docs-ui.js';
import type { ApiEnv } from './env.js';
import { jsonBody, requireKey } from './middleware.js';
import { RateLimiter } from '../../app/rate-limiter.js';
import type { ProxyTrust } from '../proxy-trust.js';
import { renderError, validationError } from './render-error.js';
import { openApiDocument } from './openapi-document.js';
import { registerHeaderComponents } from './responses.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { clickRoutes } from './routes/clicks.js';
import { domainRoutes } from './routes/domains.js';
import { linkBulkRoutes } from './routes/link-bulk.js';
import { linkKeyRoutes } from './routes/link-keys.js';
import { linkRoutes } from './routes/links.js';
import { organisationRoutes } from './routes/organisation.js';
import { pixelRoutes } from './routes/pixels.js';
import { pixelServerRoutes } from './routes/pixel-server.js';
import { PlatformSender } from '../../conversions/pixel-destinations.js';
import { createHttpClient } from '../../delivery/http-client.js';
import { securityRoutes } from './routes/security.js';
import { statsRoutes } from './routes/stats.js';
import { conversionStatsRoutes } from './routes/conversion-stats.js';
import { trackRoutes } from './routes/track.js';
import { tagRoutes } from './routes/tags.js';
import { webhookRoutes } from './routes/webhooks.js';
import { registerWebhookEvents } from './webhook-events-doc.js';
import { workspaceRoutes } from './routes/workspace.js';

/** "Send test event" waits this long for the platform's answer. */
const TEST_EVENT_TIMEOUT_MS = 10_000;

/** `/api/v1`: authentication, body limits and every resource route. */
export function buildV1(ctx: AppContext, proxy: ProxyTrust): OpenAPIHono<ApiEnv> {
  const v1 = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });
  v1.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key, e.g. `Authorization: Bearer rk_…`.',
  });
  registerHeaderComponents(v1);
  // Key (and rate limit) first: an anonymous or throttled client gets its 401/429 without the
  // server reading and parsing up to 1 MB of its body.
  const failures = { limiter: new RateLimiter(ctx.config.apiAuthFailures, 60_000), proxy };
  v1.use('*', requireKey(ctx, new RateLimiter(ctx.config.apiRateLimit), failures), jsonBody());
  // Fixed paths before templated ones: `/links/bulk` must not be read as the link with id "bulk".
  linkBulkRoutes(ctx, v1);
  linkKeyRoutes(ctx, v1);
  linkRoutes(ctx, v1);
  securityRoutes(ctx, v1);
  tagRoutes(ctx, v1);
  pixelServerRoutes(ctx, v1, new PlatformSender(createHttpClient({ timeoutMs: TEST_EVENT_TIMEOUT_MS, testNetwork: ctx.config.outboundTestNetwork, connections: 2 })));
  organisationRoutes(ctx, v1);
  pixelRoutes(ctx, v1);
  domainRoutes(ctx, v1);
  apiKeyRoutes(ctx, v1);
  workspaceRoutes(ctx, v1);
  // `/stats/conversions` before `/stats` routes that could read it otherwise.
  conversionStatsRoutes(ctx, v1);
  statsRoutes(ctx, v1);
  clickRoutes(ctx, v1);
  trackRoutes(ctx, v1);
  webhookRoutes(ctx, v1);
  registerWebhookEvents(v1);
  return v1;
}

/**
 * The REST API under `/api`: `/api/v1/*` resources, the OpenAPI 3.1 document generated from the
 * same zod schemas that validate requests, and the docs UI.
 */
export function buildApi(ctx: AppContext, proxy: ProxyTrust): Hono<ApiEnv> {
  const v1 = buildV1(ctx, proxy);
  const document = openApiDocument(v1);

  const api = new Hono<ApiEnv>();
  api.use('*', async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    await next();
    c.header('x-request-id', requestId);
  });
  api.onError((error, c) => renderError(error, c, ctx.log));
  api.notFound((c) => renderError(new AppError('NOT_FOUND'), c, ctx.log));
  v1.onError((error, c) => renderError(error, c, ctx.log));
  v1.notFound((c) => renderError(new AppError('NOT_FOUND'), c, ctx.log));
  api.get('/openapi.json', (c) => c.json(document));
  api.route('/docs', docsUi());
  api.route('/v1', v1);
  // A mounted sub-app's `notFound` is never consulted (Hono uses the root app's, a text/plain
  // "404 Not Found"), so unknown API paths end here to get the JSON error envelope. Registered
  // last: it only runs when no route above answered (after v1's auth middleware for /v1/*).
  api.all('*', (c) => renderError(new AppError('NOT_FOUND'), c, ctx.log));
  return api;
}
