// Probe: Ricochet's redirect handler with parts swapped out, to find where the time goes.
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
const { createLink } = await import(new URL('app/links/create-link.js', dist).href);
const { createWorkspace } = await import(new URL('app/workspace/manage-workspace.js', dist).href);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-probe-'));
const server = await buildServer(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { log: pino({ level: 'silent' }) });
const ws = await createWorkspace(server.ctx, 'bench');
await createLink(server.ctx, ws.id, { url: 'https://example.com/landing', slug: 'bench', pixelIds: [] });
const handler = createRedirectHandler({
  ctx: server.ctx, metrics: server.metrics, lookupCountry: createCountryLookup({}), classify: createVisitorClassifier(),
  recorder: { record() {}, drop() {} }, interstitialScript: '',
});
const s = http.createServer(process.env.PROBE === 'listener' ? server.listener : handler);
s.listen(0, '127.0.0.1', () => process.stdout.write(`${s.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
