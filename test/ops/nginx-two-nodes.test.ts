/**
 * Issue 19: deploy/nginx/ricochet.conf, run by nginx from apt over TLS in front of two Ricochet
 * nodes (real processes) on one PostgreSQL. A link edited through node A redirects to its new
 * destination on node B within one second (LISTEN/NOTIFY, not the cache TTL); clicks answered by
 * both nodes add up in the stats; the visitor's address comes from the header nginx sets, never
 * from one the visitor sent.
 *
 * Issue 17: nginx appends to X-Forwarded-For ($proxy_add_x_forwarded_for) and Ricochet reads it
 * from the right: node A trusts one hop (TRUST_PROXY=1), node B trusts nginx by address
 * (TRUST_PROXY=127.0.0.1), and both take the visitor's real address whatever the visitor wrote.
 */
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_KEY, spawnServer, type ChildServer } from '../analytics/child-server.js';
import { freshPgDatabase, parseMetrics } from '../analytics/support.js';
import { testEngines } from '../support/engines.js';
import { freePort, type Started } from './support/processes.js';
import { nginxConfig, selfSignedCertificate, SITE, startNginx, viaProxy } from './support/proxies.js';

const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

async function redirectsAnswered(node: ChildServer): Promise<number> {
  const metrics = parseMetrics(await (await fetch(`${node.url}/metrics`)).text());
  let total = 0;
  for (const [key, value] of metrics) if (key.startsWith('ricochet_redirects_total{')) total += value;
  return total;
}

describe.runIf(testEngines().includes('postgres'))('nginx in front of two Ricochet nodes on one PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof freshPgDatabase>>;
  let a: ChildServer;
  let b: ChildServer;
  let nginx: Started;
  let dir: string;
  let port: number;
  let ca: Buffer;
  const agent = new https.Agent({ keepAlive: true, maxSockets: 4 });

  const proxied = (pathname: string, options: Parameters<typeof viaProxy>[3] = {}) =>
    viaProxy(port, ca, pathname, { agent, ...options, headers: { 'user-agent': UA, ...options.headers } });
  const apiViaProxy = async (pathname: string) => {
    const res = await proxied(`/api/v1${pathname}`, { headers: { authorization: `Bearer ${CHILD_KEY}` } });
    expect(res.status, res.body).toBe(200);
    return JSON.parse(res.body);
  };

  beforeAll(async () => {
    db = await freshPgDatabase();
    const env = { DATABASE_URL: db.url, PUBLIC_URL: `https://${SITE}`, CLICK_FLUSH_INTERVAL_MS: '100', LOG_LEVEL: 'warn' };
    // One after the other: the first creates the schema and the INITIAL_API_KEY owner.
    a = await spawnServer({ ...env, TRUST_PROXY: '1' });
    b = await spawnServer({ ...env, TRUST_PROXY: '127.0.0.1' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-nginx-'));
    const certificate = selfSignedCertificate(dir);
    ca = certificate.pem;
    port = await freePort();
    const config = nginxConfig({ dir, httpPort: await freePort(), httpsPort: port, upstreams: [a.url, b.url].map((u) => new URL(u).host), cert: certificate.cert, key: certificate.key });
    nginx = await startNginx(dir, config, port);
  }, 180_000);

  afterAll(async () => {
    agent.destroy();
    nginx?.kill();
    a?.kill();
    b?.kill();
    await db?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('redirects through nginx over TLS, answered by both nodes', async () => {
    const created = await a.api('POST', '/links', { url: 'https://example.com/both', slug: 'both', pixelIds: [] });
    expect(created.status).toBe(201);
    expect(created.body.shortUrl).toBe(`https://${SITE}/both`);
    const before = [await redirectsAnswered(a), await redirectsAnswered(b)];
    for (let i = 0; i < 10; i++) {
      const res = await proxied('/both');
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe('https://example.com/both');
    }
    const after = [await redirectsAnswered(a), await redirectsAnswered(b)];
    expect(after[0]! - before[0]!, 'answered by node A').toBeGreaterThan(0);
    expect(after[1]! - before[1]!, 'answered by node B').toBeGreaterThan(0);
    expect(after[0]! - before[0]! + after[1]! - before[1]!).toBe(10);
  });

  it('redirects to a link’s new destination on node B within one second of its edit through node A', async () => {
    const created = await a.api('POST', '/links', { url: 'https://example.com/old', slug: 'edited', pixelIds: [] });
    expect(created.status).toBe(201);
    // Node B caches the link (LINK_CACHE_TTL_MS is a minute: only a notification can refresh it in time).
    const warm = await fetch(`${b.url}/edited`, { redirect: 'manual', headers: { 'user-agent': UA } });
    expect(warm.headers.get('location')).toBe('https://example.com/old');

    const edited = await a.api('PATCH', `/links/${created.body.id}`, { url: 'https://example.com/new' });
    expect(edited.status).toBe(200);
    const editedAt = Date.now();
    let seenAt = 0;
    while (Date.now() - editedAt < 5000) {
      const res = await fetch(`${b.url}/edited`, { redirect: 'manual', headers: { 'user-agent': UA } });
      if (res.headers.get('location') === 'https://example.com/new') {
        seenAt = Date.now();
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    console.info(`[nginx two nodes] node B served the edit ${seenAt - editedAt} ms after node A answered the PATCH`);
    expect(seenAt, 'node B never served the new destination').toBeGreaterThan(0);
    expect(seenAt - editedAt).toBeLessThan(1000);
    for (let i = 0; i < 6; i++) expect((await proxied('/edited')).headers.location).toBe('https://example.com/new');
  });

  it('adds up the clicks both nodes recorded', async () => {
    const created = await a.api('POST', '/links', { url: 'https://example.com/counted', slug: 'counted', pixelIds: [] });
    const before = [await redirectsAnswered(a), await redirectsAnswered(b)];
    const N = 120;
    for (let i = 0; i < N; i++) expect((await proxied(`/counted?utm_source=n${i % 3}`)).status).toBe(302);
    const byNode = [(await redirectsAnswered(a)) - before[0]!, (await redirectsAnswered(b)) - before[1]!];
    expect(byNode[0]).toBeGreaterThan(0);
    expect(byNode[1]).toBeGreaterThan(0);
    expect(byNode[0]! + byNode[1]!).toBe(N);

    const range = `from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`;
    await expect
      .poll(async () => (await apiViaProxy(`/links/${created.body.id}/stats?${range}`)).totals.clicks, { timeout: 15_000, interval: 200 })
      .toBe(N);
    const stats = await apiViaProxy(`/links/${created.body.id}/stats?${range}`);
    console.info(`[nginx two nodes] ${byNode[0]} clicks answered by node A, ${byNode[1]} by node B; stats: ${stats.totals.clicks}`);
    expect(stats.totals.humanClicks).toBe(N);
    expect((await apiViaProxy(`/links/${created.body.id}`)).clicks).toBe(N);
  });

  it('takes the visitor address from the header nginx sets, not from one the visitor sends', async () => {
    const created = await a.api('POST', '/links', { url: 'https://example.com/who', slug: 'who', pixelIds: [] });
    // Three visitors on three local addresses (127.0.0.0/8 is all this machine), same browser.
    // Without the proxy header every request would come from nginx's own address: one visitor.
    const visits: Array<{ from: string; headers?: Record<string, string> }> = [
      { from: '127.0.0.2' }, { from: '127.0.0.3' }, { from: '127.0.0.4' }, { from: '127.0.0.2' }, { from: '127.0.0.3' },
      // A forged header (a Google address, which the bundled database places in the US) changes
      // nothing: nginx appends the real address, and Ricochet reads from the right.
      { from: '127.0.0.2', headers: { 'x-forwarded-for': '8.8.8.8' } },
      { from: '127.0.0.4', headers: { 'x-forwarded-for': '8.8.4.4, 9.9.9.9' } },
      { from: '127.0.0.3', headers: { 'x-forwarded-for': '127.0.0.1' } },
    ];
    for (const v of visits) expect((await proxied('/who', { from: v.from, headers: v.headers ?? {} })).status).toBe(302);

    const range = `from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`;
    await expect
      .poll(async () => (await apiViaProxy(`/links/${created.body.id}/stats?${range}`)).totals.humanClicks, { timeout: 15_000, interval: 200 })
      .toBe(visits.length);
    const stats = await apiViaProxy(`/links/${created.body.id}/stats?${range}`);
    expect(stats.totals.uniqueVisitors).toBe(3);
    expect(JSON.stringify(stats.countries)).not.toContain('"US"');
  });
});
