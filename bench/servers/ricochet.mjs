// Ricochet itself, from the compiled build, on a temp SQLite database (or BENCH_DATABASE_URL
// when BENCH_ENGINE=postgres) with one cached link (no pixels) and click recording on (the
// default). On SIGTERM it stops like `ricochet serve` does (stop accepting, write every buffered
// click) and prints, as one JSON line on stderr, the clicks written and dropped, the workspace's
// stats total (`GET /stats` → totals.clicks), which the benchmark compares with the requests its
// load tool saw answered, and the click writer's cost per click by stage.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';

const dist = new URL('../../dist/', import.meta.url);
const { loadConfig } = await import(new URL('config.js', dist).href);
const { buildServer } = await import(new URL('server.js', dist).href);
const { createLink } = await import(new URL('app/links/create-link.js', dist).href);
const { createWorkspace } = await import(new URL('app/workspace/manage-workspace.js', dist).href);
const { getStats } = await import(new URL('app/stats/get-stats.js', dist).href);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-bench-'));
const database = process.env.BENCH_ENGINE === 'postgres' ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {};
const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TRUST_PROXY: 'true', ...database, ...JSON.parse(process.env.BENCH_ENV ?? '{}') });
const server = await buildServer(config, { log: pino({ level: 'silent' }) });
const ws = await createWorkspace(server.ctx, `bench-${Date.now()}`);
// Slugs `<prefix>` and `<prefix>-<i>` (BENCH_LINKS more links); the prefix is printed after the port.
const prefix = `b${Date.now().toString(36)}`;
const link = await createLink(server.ctx, ws.id, { url: 'https://example.com/landing?utm_source=bench', slug: prefix, pixelIds: [] });
for (let i = 0; i < Number(process.env.BENCH_LINKS ?? 0); i++) {
  await createLink(server.ctx, ws.id, { url: `https://example.com/${i}`, slug: `${prefix}-${i}`, pixelIds: [] });
}
if (process.env.BENCH_MEMORY_EVERY_MS) {
  setInterval(() => {
    const m = process.memoryUsage();
    process.stderr.write(`mem ${m.rss} ${m.heapUsed} ${server.clicks.size}\n`);
  }, Number(process.env.BENCH_MEMORY_EVERY_MS)).unref();
}
const httpServer = http.createServer({ keepAliveTimeout: 5000 }, server.listener);
httpServer.listen(0, '127.0.0.1', () => process.stdout.write(`${httpServer.address().port} ${link.slug} ${ws.id.length}\n`));
process.on('SIGTERM', async () => {
  await new Promise((resolve) => {
    httpServer.close(resolve);
    httpServer.closeIdleConnections();
  });
  await server.clicks.flush();
  // The workspace's total: every link's clicks (the bench links only take clicks from the load tool).
  const stats = await getStats(server.ctx, { id: ws.id, timeZone: 'UTC' }, '', { interval: 'day', top: 1 });
  const dropped = Object.fromEntries(['buffer_full', 'database_unavailable', 'shutdown'].map((r) => [r, server.metrics.clicksDropped.get(r)]));
  await server.close();
  // The click writer's stages, µs per click (its per-click stages are sampled).
  const m = server.metrics;
  const stages = Object.fromEntries(['derive', 'visitor_key', 'sketches', 'rollups', 'insert', 'server_events', 'aggregates'].map((s) => [s, m.stepClicks.get(s) > 0 ? m.stepNanoseconds.get(s) / m.stepClicks.get(s) / 1000 : 0]));
  process.stderr.write(`${JSON.stringify({ written: m.clicksWritten.get(), dropped, stored: stats.totals.clicks, stages })}\n`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
