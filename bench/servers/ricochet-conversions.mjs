// Ricochet from the compiled build for the server-side events benchmark (bench/conversions.ts), on
// a temp SQLite database: one server-only link with one Meta pixel; with BENCH_SERVER_EVENTS=1 the
// pixel has server-side events set up (its platform is the fakes of OUTBOUND_TEST_NETWORK, given in
// BENCH_ENV). BENCH_PRELOAD=<n> queues n click deliveries (a page view and the audience event each)
// before the server starts, so the delivery engine drains them from its first moment.
// Prints `<port> <slug> <pixel id>`; API key: BENCH_KEY. On SIGTERM it stops like `ricochet serve`
// and prints one JSON line on stderr: clicks written, stored, the writer's stages (µs per click).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';

const dist = new URL('../../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const { loadConfig } = await load('config.js');
const { buildServer } = await load('server.js');
const { createContext } = await load('context.js');
const { bootstrapInitialKey } = await load('app/bootstrap-initial-key.js');
const { createLink } = await load('app/links/create-link.js');
const { createPixel } = await load('app/pixels/manage-pixels.js');
const { putPixelServer } = await load('app/conversions/manage-pixel-server.js');
const { OutboxStore } = await load('storage/outbox-store.js');
const { clickEvents, deliveryFor } = await load('core/conversions/plan.js');
const { platformApi } = await load('core/conversions/platforms/index.js');
const { newId } = await load('core/ids.js');
const { systemRandom } = await load('app/system-ports.js');

const KEY = 'rk_bench_conversions_key_0123456789';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-bench-conv-'));
const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TRUST_PROXY: 'true', INITIAL_API_KEY: KEY, GEO_COUNTRY_HEADER: 'x-country', ...JSON.parse(process.env.BENCH_ENV ?? '{}') });

// Set up (and preload) before the server starts.
const ctx = await createContext(config, { log: pino({ level: 'silent' }) });
await bootstrapInitialKey(ctx);
const workspace = await ctx.stores.workspaces.findByName('default');
const pixel = await createPixel(ctx, workspace.id, { platform: 'meta', tagId: '123456789012345' });
if (process.env.BENCH_SERVER_EVENTS === '1') await putPixelServer(ctx, workspace.id, pixel.id, { credentials: { accessToken: 'EAAbench-token-000000001' } });
const prefix = `c${Date.now().toString(36)}`;
const link = await createLink(ctx, workspace.id, { url: 'https://example.com/landing', slug: prefix, pixelIds: [pixel.id], serverOnly: true, consent: { policy: 'never' } });
const preload = Number(process.env.BENCH_PRELOAD ?? 0);
if (preload > 0) {
  const api = platformApi('meta');
  const setup = { tagId: pixel.tagId, settings: {} };
  const outbox = new OutboxStore(ctx.stores.database);
  const now = Date.now();
  for (let i = 0; i < preload; i += 5000) {
    const batch = [];
    for (let j = i; j < Math.min(preload, i + 5000); j++) {
      const clickId = newId('click', now, systemRandom);
      const visit = {
        clickId, at: now, clickAt: now, pageUrl: `${config.publicUrl}/${prefix}`, referrer: null, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0',
        clickIds: { fbclid: `IwAR${j}` }, country: 'US', consent: { limitedDataUse: false, adUserData: true, adPersonalization: true }, serverOnly: true,
        user: { emailSha256: null, googleEmailSha256: null, phoneSha256: null, e164PhoneSha256: null, externalId: null },
      };
      const delivery = deliveryFor(api, setup, visit, clickEvents({ id: link.id, tags: [], event: null }, clickId, { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null }));
      batch.push({ destination: `pixel:${pixel.id}`, workspaceId: workspace.id, payload: delivery, sealed: null, eventAt: now });
    }
    await outbox.enqueue(batch, { node: 'preload', now, random: systemRandom });
  }
}
await ctx.changes.close();
await ctx.stores.database.close();

const server = await buildServer(config, { log: pino({ level: 'silent' }) });
const httpServer = http.createServer({ keepAliveTimeout: 5000 }, server.listener);
httpServer.listen(0, '127.0.0.1', () => process.stdout.write(`${httpServer.address().port} ${link.slug} ${pixel.id}\n`));
process.on('SIGTERM', async () => {
  await new Promise((resolve) => {
    httpServer.close(resolve);
    httpServer.closeIdleConnections();
  });
  await server.clicks.flush();
  const stored = await server.ctx.stores.database.db.selectFrom('clicks').select((eb) => eb.fn.countAll().as('n')).where('link_id', '=', link.id).executeTakeFirst();
  const m = server.metrics;
  const stages = Object.fromEntries(['derive', 'visitor_key', 'sketches', 'rollups', 'insert', 'server_events', 'aggregates'].map((s) => [s, m.stepClicks.get(s) > 0 ? m.stepNanoseconds.get(s) / m.stepClicks.get(s) / 1000 : 0]));
  await server.close();
  process.stderr.write(`${JSON.stringify({ written: m.clicksWritten.get(), stored: Number(stored?.n ?? 0), stages })}\n`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
