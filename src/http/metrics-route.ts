import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Metrics } from '../app/metrics.js';
import type { Prometheus } from '../app/prometheus.js';
import type { LinkCache } from '../app/redirect/link-cache.js';
import type { ClickPipeline } from '../ingest/click-pipeline.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GET /metrics`: Prometheus text exposition. First the hot-path counters (metrics.ts: plain
 * numbers, rendered here), then what prom-client collects (prometheus.ts). Every metric is
 * described in docs/operations.md. With METRICS_TOKEN, only `Authorization: Bearer <token>`
 * gets them (compared in constant time); everyone else gets 401 in the catalogue's shape.
 */
export function metricsRoutes(metrics: Metrics, cache: LinkCache, buffer: Pick<ClickPipeline, 'size'>, prometheus: Prometheus, token: string | null = null): Hono {
  const app = new Hono();
  const expected = token === null ? null : digest(`Bearer ${token}`);
  app.get('/metrics', async (c) => {
    if (expected !== null && !timingSafeEqual(digest(c.req.header('authorization') ?? ''), expected)) {
      return c.json({ error: { code: 'UNAUTHENTICATED', message: 'Send the METRICS_TOKEN as `Authorization: Bearer <token>`.' } }, 401, { 'www-authenticate': 'Bearer realm="metrics"' });
    }
    const gauges = [
      '# HELP ricochet_link_cache_hits_total Redirect lookups answered from memory.',
      '# TYPE ricochet_link_cache_hits_total counter',
      `ricochet_link_cache_hits_total ${cache.hits}`,
      '# HELP ricochet_link_cache_misses_total Redirect lookups that read the database.',
      '# TYPE ricochet_link_cache_misses_total counter',
      `ricochet_link_cache_misses_total ${cache.misses}`,
      '# HELP ricochet_link_cache_stale_served_total Lookups answered from an expired entry because the database was unreachable.',
      '# TYPE ricochet_link_cache_stale_served_total counter',
      `ricochet_link_cache_stale_served_total ${cache.staleServed}`,
      '# HELP ricochet_clicks_buffered Clicks in memory waiting to be written.',
      '# TYPE ricochet_clicks_buffered gauge',
      `ricochet_clicks_buffered ${buffer.size}`,
    ];
    const body = [
      metrics.redirects.render(),
      metrics.clicksBuffered.render(),
      metrics.clicksWritten.render(),
      metrics.clicksDropped.render(),
      metrics.confirmationsWritten.render(),
      metrics.flushFailures.render(),
      metrics.flushSeconds.render(),
      metrics.stepNanoseconds.render(),
      metrics.stepSamples.render(),
      metrics.stepClicks.render(),
      ...gauges,
    ].join('\n');
    return c.body(`${body}\n${await prometheus.render()}`, 200, { 'content-type': prometheus.contentType });
  });
  return app;
}
