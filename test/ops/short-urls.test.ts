/**
 * Issue 19: every printed short URL is right without PUBLIC_URL. The server names the address it
 * really listens on (the bound port when PORT=0), and `ricochet links export` prints what the API
 * prints even when it runs without the server's PORT or HOST (it reads where the server last
 * listened, $DATA_DIR/server.json).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, withServedAddress } from '../../src/config.js';
import { spawnServer, type ChildServer } from '../analytics/child-server.js';
import { ricochet } from './support/cli.js';
import { start, type Started, waitForHttp } from './support/processes.js';

describe('short URLs without PUBLIC_URL', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-urls-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
  };

  it('name the listen address: localhost for a wildcard HOST, the address itself otherwise', () => {
    expect(loadConfig({ PORT: '3000' }).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '3000', HOST: '::' }).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '3000', HOST: '192.168.1.20' }).publicUrl).toBe('http://192.168.1.20:3000');
    expect(loadConfig({ PORT: '3000', HOST: '::1' }).publicUrl).toBe('http://[::1]:3000');
    expect(withServedAddress(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), { port: 41234 })).toMatchObject({ publicUrl: 'http://127.0.0.1:41234', defaultHost: '127.0.0.1:41234' });
    const given = loadConfig({ PORT: '0', PUBLIC_URL: 'https://go.example.com' });
    expect(withServedAddress(given, { port: 41234 }).publicUrl).toBe('https://go.example.com');
    expect(withServedAddress(given, { publicUrl: 'http://localhost:9' }).publicUrl).toBe('https://go.example.com');
  });

  it('use the port the server bound when PORT=0', { timeout: 120_000 }, async () => {
    const server: Started = start(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { PORT: '0', HOST: '127.0.0.1', DATA_DIR: tempDir(), LOG_LEVEL: 'info' });
    cleanups.push(() => server.kill());
    await expect.poll(() => server.output(), { timeout: 60_000 }).toMatch(/"msg":"ricochet listening"/);
    const line = JSON.parse(server.output().split('\n').find((l) => l.includes('ricochet listening'))!);
    expect(line.port).toBeGreaterThan(0);
    expect(line.publicUrl).toBe(`http://127.0.0.1:${line.port}`);
    await waitForHttp(server, `${line.publicUrl}/healthz`);
  });

  it('print the same short URL in `links export` as in the API, without the server’s PORT', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const server: ChildServer = await spawnServer({ DATA_DIR: dataDir });
    cleanups.push(() => server.kill());
    const created = await server.api('POST', '/links', { url: 'https://example.com/exported', slug: 'exported', pixelIds: [] });
    expect(created.status).toBe(201);
    expect(created.body.shortUrl).toBe(`${server.url}/exported`);

    const run = await ricochet(['links', 'export'], { DATA_DIR: dataDir });
    expect(run.code, run.stderr).toBe(0);
    const [header, row] = run.stdout.trim().split(/\r?\n/);
    const shortUrl = row!.split(',')[header!.split(',').indexOf('shortUrl')];
    expect(shortUrl).toBe(created.body.shortUrl);
  });
});
