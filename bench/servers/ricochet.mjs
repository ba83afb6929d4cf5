// Ricochet itself, from the compiled build, on a temp SQLite database with one cached link
// (no pixels) and click recording on (the default).
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

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-bench-'));
const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', TRUST_PROXY: 'true', ...JSON.parse(process.env.BENCH_ENV ?? '{}') });
const server = await buildServer(config, { log: pino({ level: 'silent' }) });
const ws = await createWorkspace(server.ctx, 'bench');
await createLink(server.ctx, ws.id, { url: 'https://example.com/landing?utm_source=bench', slug: 'bench', pixelIds: [] });
for (let i = 0; i < Number(process.env.BENCH_LINKS ?? 0); i++) {
  await createLink(server.ctx, ws.id, { url: `https://example.com/${i}`, slug: `s${i}`, pixelIds: [] });
}
if (process.env.BENCH_MEMORY_EVERY_MS) {
  setInterval(() => {
    const m = process.memoryUsage();
    process.stderr.write(`mem ${m.rss} ${m.heapUsed} ${server.clicks.size}\n`);
  }, Number(process.env.BENCH_MEMORY_EVERY_MS)).unref();
}
const httpServer = http.createServer({ keepAliveTimeout: 5000 }, server.listener);
httpServer.listen(0, '127.0.0.1', () => process.stdout.write(`${httpServer.address().port}\n`));
process.on('SIGTERM', async () => {
  httpServer.close();
  await server.close();
  process.stderr.write(JSON.stringify({ written: server.metrics.clicksWritten.get(), dropped: server.metrics.clicksDropped.get('buffer_full') }) + '\n');
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
