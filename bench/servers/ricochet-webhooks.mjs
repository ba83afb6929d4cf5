// Ricochet from the compiled build for the webhook benchmark (bench/webhooks.ts), on a temp SQLite
// database: BENCH_LINKS links, and BENCH_ENDPOINTS webhook endpoints (default 0) wanting `click`, all
// pointing at the benchmark receiver on 127.0.0.1:RECEIVER_PORT (allowed by
// WEBHOOK_ALLOWED_NETWORKS). BENCH_PRELOAD=<n> queues n click events, as `click` messages of
// BENCH_CLICKS_PER_MESSAGE (100) clicks spread over the endpoints, before the server starts, so the delivery engine drains them
// from its first moment. Prints `<port> <slug prefix>`; writes the endpoints' secrets to
// BENCH_SECRETS_FILE (the receiver verifies a sample). On SIGTERM it stops like `ricochet serve` and prints one
// JSON line on stderr: clicks stored.
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
const { createWebhook } = await load('app/webhooks/manage-webhooks.js');
const { OutboxStore } = await load('storage/outbox-store.js');
const { queueMessages, webhookOutbox } = await load('webhooks/queue-messages.js');
const { newId } = await load('core/ids.js');
const { newSigningSecret, secretHint } = await load('app/webhooks/signing-secret.js');
const { systemRandom } = await load('app/system-ports.js');

const KEY = 'rk_bench_webhooks_key_0123456789abc';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-bench-wh-'));
const config = loadConfig({
  PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TRUST_PROXY: 'true', INITIAL_API_KEY: KEY,
  WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1', WEBHOOK_CLICK_BATCH_MS: '1000', ...JSON.parse(process.env.BENCH_ENV ?? '{}'),
});

const ctx = await createContext(config, { log: pino({ level: 'silent' }) });
await bootstrapInitialKey(ctx);
const workspace = await ctx.stores.workspaces.findByName('default');
// BENCH_LINKS links (`<prefix>-<i>`); endpoint i wants the clicks of link i only.
const prefix = `w${Date.now().toString(36)}`;
const links = [];
for (let i = 0; i < Number(process.env.BENCH_LINKS ?? 1); i++) links.push(await createLink(ctx, workspace.id, { url: 'https://example.com/landing', slug: `${prefix}-${i}`, consent: { policy: 'never' } }));
const link = links[0];
const endpoints = [];
const secrets = [];
// The API allows 100 endpoints per workspace; past that they are written straight to the store, so
// that one busy link feeds all of them (the worst case: every click goes to every endpoint).
for (let i = 0; i < Number(process.env.BENCH_ENDPOINTS ?? 0); i++) {
  const url = `http://127.0.0.1:${process.env.RECEIVER_PORT}/hooks/${i}`;
  if (i < 100) {
    const { endpoint, secret } = await createWebhook(ctx, workspace.id, { url, events: ['click'], linkIds: [links[i % links.length].id] });
    endpoints.push(endpoint);
    secrets.push(secret);
    continue;
  }
  const now = Date.now();
  const endpoint = { id: newId('webhook', now, systemRandom), workspaceId: workspace.id, url, description: null, events: ['click'], filter: { linkIds: [links[i % links.length].id], tags: [] }, enabled: true, disabledReason: null, disabledAt: null, failingSince: null, createdAt: now, updatedAt: now };
  const secret = newSigningSecret(systemRandom);
  await ctx.stores.webhooks.insert(endpoint, { value: secret, hint: secretHint(secret) });
  endpoints.push(endpoint);
  secrets.push(secret);
}
const preload = Number(process.env.BENCH_PRELOAD ?? 0);
const PER_MESSAGE = Number(process.env.BENCH_CLICKS_PER_MESSAGE ?? 100);
if (preload > 0 && endpoints.length > 0) {
  const outbox = webhookOutbox(new OutboxStore(ctx.stores.database), 'preload');
  const now = Date.now();
  const item = (id) => ({ id, linkId: link.id, at: new Date(now).toISOString(), country: 'US', device: 'desktop', os: 'Linux', browser: 'Chrome', referrerHost: null, utm: { source: null, medium: null, campaign: null, term: null, content: null }, clickIds: [], consent: 'not_required', pixels: [] });
  let made = 0;
  while (made < preload) {
    const items = [];
    for (let m = 0; m < 20 && made < preload; m++) {
      const n = Math.min(PER_MESSAGE, preload - made);
      const clicks = Array.from({ length: n }, () => item(newId('click', now, systemRandom)));
      items.push({ endpoint: endpoints[Math.floor(made / PER_MESSAGE) % endpoints.length], spec: { type: 'click', at: now, data: { clicks } } });
      made += n;
    }
    await ctx.stores.database.db.transaction().execute((trx) => queueMessages(trx, { outbox, log: ctx.stores.webhookLog, random: systemRandom, now }, items));
  }
}
await ctx.changes.close();
await ctx.stores.database.close();
if (process.env.BENCH_SECRETS_FILE) fs.writeFileSync(process.env.BENCH_SECRETS_FILE, JSON.stringify(secrets));

const server = await buildServer(config, { log: pino({ level: 'silent' }) });
const httpServer = http.createServer({ keepAliveTimeout: 5000 }, server.listener);
httpServer.listen(0, '127.0.0.1', () => process.stdout.write(`${httpServer.address().port} ${prefix}\n`));
process.on('SIGTERM', async () => {
  await new Promise((resolve) => {
    httpServer.close(resolve);
    httpServer.closeIdleConnections();
  });
  await server.clicks.flush();
  const stored = await server.ctx.stores.database.db.selectFrom('clicks').select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', workspace.id).where('bot', '=', 0).executeTakeFirst();
  await server.close();
  process.stderr.write(`${JSON.stringify({ stored: Number(stored?.n ?? 0) })}\n`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
