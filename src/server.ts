import { webhookSetup } from './webhooks/webhook-runtime.js';
import fs from 'node:fs';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { bootstrapInitialKey } from './app/bootstrap-initial-key.js';
import type { AppContext } from './app/context.js';
import { applyChange } from './app/redirect/cache-invalidation.js';
import { createCountryLookup } from './app/geo/country-lookup.js';
import { createMetrics, type Metrics } from './app/metrics.js';
import { createPrometheus, type Prometheus } from './app/prometheus.js';
import { createVisitorClassifier } from './app/redirect/visitor-cache.js';
import type { Config } from './config.js';
import { createContext, type ContextOptions } from './context.js';
import { DROP_REASONS } from './core/clicks/click.js';
import { AppError } from './core/errors.js';
import { buildApi } from './http/api/build-api.js';
import { errorPayload, renderError } from './http/api/render-error.js';
import { beaconRoutes } from './http/beacon.js';
import { dashboardRoutes } from './http/dashboard-routes.js';
import { domainRoutes } from './http/domain-check.js';
import { healthRoutes } from './http/health.js';
import { metricsRoutes } from './http/metrics-route.js';
import { createRedirectHandler, type NodeHandler } from './http/redirect/redirect-handler.js';
import { compileProxyTrust } from './http/proxy-trust.js';
import { createRequestListener } from './http/request-listener.js';
import { startAuditRetention } from './app/audit/audit-log.js';
import { timedHandlers } from './http/timed-handlers.js';
import { trackerRoutes } from './http/tracker-route.js';
import { DeliveryMonitor } from './delivery/delivery-monitor.js';
import { ClickPipeline } from './ingest/click-pipeline.js';
import { packageVersion, publicDir } from './paths.js';

export interface Server {
  ctx: AppContext;
  metrics: Metrics;
  /** prom-client metrics (latency, process, pipeline gauges); a later outbox registers here. */
  prometheus: Prometheus;
  clicks: ClickPipeline;
  /** The Hono app for everything but redirects (tests may call `app.request()`). */
  app: Hono;
  /** The `node:http` request listener: redirects on the raw fast path, the rest via Hono. */
  listener: NodeHandler;
  /** With METRICS_LISTEN: `/metrics` for a listener of its own (main.ts binds it); else null. */
  metricsListener: NodeHandler | null;
  /** Write every buffered click (waiting up to `deadlineMs` for the database), then close it. */
  close(deadlineMs?: number): Promise<void>;
}

const REDIRECT_OUTCOMES = [
  'redirect_no_pixels', 'redirect_consent', 'redirect_bot', 'redirect_head', 'redirect_server_only', 'interstitial', 'preview', 'password',
  'expired', 'limit_reached', 'not_found', 'prefetch_declined', 'blocked',
];

/** The metrics listener's app: `/metrics`, and 404 for everything else (no body read). */
function metricsOnly(metricsApp: Hono): Hono {
  const app = new Hono();
  app.route('/', metricsApp);
  app.all('*', (c) => c.json({ error: { code: 'NOT_FOUND', message: 'This listener serves /metrics only.' } }, 404));
  return app;
}

/** The built interstitial script; `npm run build` (or the test setup) creates it. */
function readInterstitialScript(): string {
  const file = path.join(publicDir(), 'interstitial.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  return fs.readFileSync(file, 'utf8');
}

/**
 * Build everything (migrate, bootstrap, caches, click pipeline, routes) without listening, so
 * tests and `main.ts` share one wiring.
 * @example const server = await buildServer(loadConfig({ PORT: '0' }));
 */
/**
 * A backlog (the writer fell behind) is written in transactions of up to this many batches of
 * CLICK_FLUSH_SIZE: the commit is spread over more clicks, so a backlog drains faster.
 */
const BACKLOG_BATCH_FACTOR = 10;

export async function buildServer(config: Readonly<Config>, options: ContextOptions = {}): Promise<Server> {
  const ctx = await createContext(config, options);
  await bootstrapInitialKey(ctx);
  await ctx.changes.subscribe(
    (message) => applyChange(ctx, message),
    () => {
      ctx.linkCache.clear();
      void ctx.domains.refresh().catch(() => {});
    },
  );

  const metrics = createMetrics(DROP_REASONS, REDIRECT_OUTCOMES);
  const database = ctx.stores.database;
  // The click writer thread takes every SQLite checkpoint; one on this connection would run on the event loop.
  if (database.engine === 'sqlite' && database.file !== null) await sql`pragma wal_autocheckpoint = 0`.execute(database.db);
  const lookupCountry = createCountryLookup(config.geoCountryHeader ? { header: config.geoCountryHeader } : {});
  const deliveries = new DeliveryMonitor();
  const clicks = await ClickPipeline.start({
    capacity: config.clickBufferSize,
    flushSize: config.clickFlushSize,
    maxBatchSize: config.clickFlushSize * BACKLOG_BATCH_FACTOR,
    flushIntervalMs: config.clickFlushIntervalMs,
    retryMaxMs: config.clickRetryMaxMs,
    database,
    metrics,
    log: ctx.log,
    lookupCountry,
    random: ctx.random,
    // Server-side events run beside the click writer (docs/conversions.md).
    conversions: {
      secretsKeys: ctx.secrets.exportKeys(),
      publicUrl: config.publicUrl,
      testNetwork: config.outboundTestNetwork,
      attributionWindowMs: config.attributionWindowMs,
    },
    // Signed webhooks go through the same engine (docs/webhooks.md).
    webhooks: webhookSetup(config.webhooks, ctx.secrets.exportKeys(), config.audienceMinimums),
    onOutbox: (report) => deliveries.apply(report),
  });

  ctx.serverSetupsChanged = () => clicks.refreshServerSetups();
  const proxy = compileProxyTrust(config.trustProxy);
  const redirect = createRedirectHandler({
    ctx,
    metrics,
    proxy,
    lookupCountry,
    classify: createVisitorClassifier(),
    recorder: clicks,
    interstitialScript: readInterstitialScript(),
  });

  const prometheus = createPrometheus({ clicks, capacity: config.clickBufferSize, engine: ctx.stores.database.engine, version: packageVersion() });
  prometheus.observeOutbox(deliveries);
  const app = new Hono();
  // Outside /api (which renders its own): the beacon's 413, and a bare 500 for anything unknown.
  app.onError((error, c) => renderError(error, c, ctx.log));
  app.notFound((c) => renderError(new AppError('NOT_FOUND'), c, ctx.log));
  const metricsApp = metricsRoutes(metrics, ctx.linkCache, clicks, prometheus, config.metricsToken);
  app.route('/', healthRoutes(ctx, clicks));
  // With METRICS_LISTEN, /metrics lives only on its own listener (docs/operations.md#metrics).
  if (config.metricsListen === null) app.route('/', metricsApp);
  app.route('/', beaconRoutes((confirmation) => clicks.confirm(confirmation), proxy));
  app.route('/', trackerRoutes(config.attributionWindowMs));
  app.route('/api', buildApi(ctx, proxy));
  app.route('/', domainRoutes(ctx.domains, proxy));
  app.route('/', dashboardRoutes());
  // A request the adapter cannot turn into a Request (an invalid Host) gets the catalogue's 400.
  const errorHandler = () => new Response(JSON.stringify(errorPayload(new AppError('BAD_REQUEST', 'The Host header is not a valid host.'))), { status: 400, headers: { 'content-type': 'application/json', connection: 'close' } });
  const timed = timedHandlers(prometheus, redirect, getRequestListener(app.fetch, { errorHandler }));
  const listener = createRequestListener(timed.redirect, timed.app);
  const metricsListener = config.metricsListen === null ? null : createRequestListener(() => {}, getRequestListener(metricsOnly(metricsApp).fetch, { errorHandler }));
  const stopAuditRetention = startAuditRetention(ctx);

  return {
    ctx,
    metrics,
    prometheus,
    clicks,
    app,
    listener,
    metricsListener,
    async close(deadlineMs = 8000) {
      stopAuditRetention();
      await ctx.passwords.hasher.close();
      await clicks.close(deadlineMs);
      await ctx.changes.close();
      await ctx.stores.database.close();
    },
  };
}
