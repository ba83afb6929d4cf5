// Ricochet's redirect handler as the server runs it (link cache, decision, geo, user-agent
// classification, response) but with a recorder that drops every click: the cost of answering
// alone, for the CPU breakdown in bench/redirect.ts.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';

const dist = new URL('../../dist/', import.meta.url);
const { loadConfig } = await import(new URL('config.js', dist).href);
const { buildServer } = await import(new URL('server.js', dist).href);
const { createRedirectHandler } = await import(new URL('http/redirect/redirect-handler.js', dist).href);
const { createCountryLookup } = await import(new URL('app/geo/country-lookup.js', dist).href);
const { createVisitorClassifier } = await import(new URL('app/redirect/visitor-cache.js', dist).href);
const { compileProxyTrust } = await import(new URL('http/proxy-trust.js', dist).href);
const { createLink } = await import(new URL('app/links/create-link.js', dist).href);
const { createWorkspace } = await import(new URL('app/workspace/manage-workspace.js', dist).href);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-bench-'));
const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TRUST_PROXY: 'true' });
const server = await buildServer(config, { log: pino({ level: 'silent' }) });
const ws = await createWorkspace(server.ctx, 'bench');
await createLink(server.ctx, ws.id, { url: 'https://example.com/landing?utm_source=bench', slug: 'bench', pixelIds: [] });
const handler = createRedirectHandler({
  ctx: server.ctx,
  metrics: server.metrics,
  proxy: compileProxyTrust(config.trustProxy),
  lookupCountry: createCountryLookup({}),
  classify: createVisitorClassifier(),
  recorder: { record() {}, drop() {} },
  interstitialScript: '',
});
const httpServer = http.createServer({ keepAliveTimeout: 5000 }, handler);
httpServer.listen(0, '127.0.0.1', () => process.stdout.write(`${httpServer.address().port}\n`));
process.on('SIGTERM', async () => {
  httpServer.close();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
