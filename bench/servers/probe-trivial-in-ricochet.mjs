// Probe: Ricochet fully built in this process, but HTTP answered by a trivial 302 handler.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
const dist = new URL('../../dist/', import.meta.url);
const { loadConfig } = await import(new URL('config.js', dist).href);
const { buildServer } = await import(new URL('server.js', dist).href);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-probe-'));
await buildServer(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { log: pino({ level: 'silent' }) });
const s = http.createServer((req, res) => { res.writeHead(302, { location: 'https://example.com/landing' }); res.end(); });
s.listen(0, '127.0.0.1', () => process.stdout.write(`${s.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
