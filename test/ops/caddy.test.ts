/**
 * Issue 19: deploy/caddy/Caddyfile, run by Caddy from apt in front of a Ricochet node. Caddy gets
 * and renews certificates itself, which cannot happen offline, so this runs the site on plain HTTP
 * (the same file, with an `http://` site address); everything else is as shipped: the visitor's
 * address reaches Ricochet in X-Forwarded-For and a forged one does not, /metrics stays inside.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_KEY, spawnServer, type ChildServer } from '../analytics/child-server.js';
import { freePort, ROOT, start, type Started } from './support/processes.js';
import { binary, SITE, waitForPort } from './support/proxies.js';

const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

function get(port: number, pathname: string, options: { from?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: pathname, headers: { host: `${SITE}:${port}`, 'user-agent': UA, ...options.headers }, ...(options.from ? { localAddress: options.from } : {}) },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
  });
}

describe('Caddy in front of Ricochet (deploy/caddy/Caddyfile)', () => {
  let node: ChildServer;
  let caddy: Started;
  let dir: string;
  let port: number;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-caddy-'));
    port = await freePort();
    node = await spawnServer({ DATA_DIR: dir, TRUST_PROXY: 'true', PUBLIC_URL: `http://${SITE}:${port}`, CLICK_FLUSH_INTERVAL_MS: '50' });
    caddy = start(binary('caddy'), ['run', '--config', path.join(ROOT, 'deploy/caddy/Caddyfile'), '--adapter', 'caddyfile'], {
      HOME: dir,
      XDG_DATA_HOME: dir,
      XDG_CONFIG_HOME: dir,
      CADDY_ADMIN: `127.0.0.1:${await freePort()}`,
      RICOCHET_DOMAIN: `http://${SITE}:${port}`,
      RICOCHET_UPSTREAMS: new URL(node.url).host,
    });
    await waitForPort(caddy, port);
  }, 120_000);

  afterAll(async () => {
    caddy?.kill();
    node?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('redirects, keeps /metrics inside, and passes the visitor’s own address (a forged one is ignored)', async () => {
    const created = await node.api('POST', '/links', { url: 'https://example.com/caddy', slug: 'caddy', pixelIds: [] });
    expect(created.status).toBe(201);
    const first = await get(port, '/caddy');
    expect(first.status, first.body).toBe(302);
    expect(first.headers.location).toBe('https://example.com/caddy');
    expect((await get(port, '/metrics')).status).toBe(404);

    for (const v of [
      { from: '127.0.0.2' }, { from: '127.0.0.3' }, { from: '127.0.0.3' },
      { from: '127.0.0.2', headers: { 'x-forwarded-for': '8.8.8.8' } },
    ]) {
      expect((await get(port, '/caddy', v)).status).toBe(302);
    }
    const range = `from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`;
    const stats = async () => {
      const res = await fetch(`${node.url}/api/v1/links/${created.body.id}/stats?${range}`, { headers: { authorization: `Bearer ${CHILD_KEY}` } });
      return (await res.json()) as { totals: { humanClicks: number; uniqueVisitors: number }; countries: unknown[] };
    };
    await expect.poll(async () => (await stats()).totals.humanClicks, { timeout: 15_000, interval: 100 }).toBe(5);
    const s = await stats();
    // 127.0.0.1 (the first request), .2 and .3: three visitors; the forged 8.8.8.8 is not one.
    expect(s.totals.uniqueVisitors).toBe(3);
    expect(JSON.stringify(s.countries)).not.toContain('"US"');
  });
});
