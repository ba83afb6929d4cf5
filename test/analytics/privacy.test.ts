/**
 * Issue 6, docs/analytics.md: "Never store a raw IP." Clicks come from distinctive addresses (via a
 * trusted proxy's X-Forwarded-For) through every path that sees the address: redirects,
 * interstitial, beacon, HEAD, prefetch, 404, wrong password, the API. Then the addresses are
 * looked for in the database files (SQLite main file and WAL, before and after shutdown), in
 * every row of every table (PostgreSQL), and in everything the server logged at debug level.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/storage/database.js';
import { testEngines } from '../support/engines.js';
import { spawnServer, type ChildServer } from './child-server.js';
import { dataBlock, freshPgDatabase, rawRequest, UA, withPgAdmin } from './support.js';

const IPV4 = '203.0.113.77';
const IPV6 = '2001:db8::1234';
/** Every spelling of the two addresses that could end up in a file or a log line. */
const NEEDLES = [IPV4, IPV6, IPV6.toUpperCase(), '2001:0db8:0000:0000:0000:0000:0000:1234', '2001:db8:0:0:0:0:0:1234', `::ffff:${IPV4}`, '203.0.113'];

function findNeedles(haystack: string | Buffer, where: string): string[] {
  const text = typeof haystack === 'string' ? haystack : haystack.toString('latin1');
  return NEEDLES.filter((n) => text.toLowerCase().includes(n.toLowerCase())).map((n) => `${n} in ${where}`);
}

/** The SQLite file and its -wal/-shm, whatever exists now. */
function sqliteFiles(dir: string): Array<[string, Buffer]> {
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('ricochet.db'))
    .map((f) => [f, fs.readFileSync(path.join(dir, f))] as [string, Buffer]);
}

/** Every row of every table in the database, as text (`select t::text`), PostgreSQL. */
async function pgDump(url: string): Promise<string> {
  return withPgAdmin(url, async (client) => {
    const tables = await client.query<{ table_schema: string; table_name: string }>(
      "select table_schema, table_name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'",
    );
    let out = '';
    for (const { table_schema, table_name } of tables.rows) {
      const rows = await client.query<{ row: string }>(`select t::text as row from "${table_schema}"."${table_name}" t`);
      out += `${table_name}: ${rows.rows.length} rows\n${rows.rows.map((r) => r.row).join('\n')}\n`;
    }
    return out;
  });
}

/** Drive every request path that sees the client address, from both addresses. */
async function traffic(child: ChildServer): Promise<{ clicks: number }> {
  const pixel = await child.api('POST', '/pixels', { platform: 'meta', tagId: '123456789012345', name: 'privacy' });
  expect(pixel.status).toBe(201);
  const plain = await child.api('POST', '/links', { url: 'https://example.com/plain', pixelIds: [] });
  const fired = await child.api('POST', '/links', { url: 'https://example.com/pixels', pixelIds: [pixel.body.id], consent: { policy: 'never' } });
  const secret = await child.api('POST', '/links', { url: 'https://example.com/secret', pixelIds: [], password: 'pw' });
  for (const r of [plain, fired, secret]) expect(r.status, JSON.stringify(r.body)).toBe(201);

  let clicks = 0;
  for (const ip of [IPV4, IPV6]) {
    const h = (ua: string = UA.chromeMac) => ({ 'x-forwarded-for': `${ip}, 10.0.0.1`, 'user-agent': ua, referer: `https://news.example/article?visitor=${encodeURIComponent(ip)}` });
    for (const ua of [UA.chromeMac, UA.safariIphone, UA.curl]) {
      expect((await rawRequest(child.url, `/${plain.body.slug}?utm_source=privacy&gclid=abc`, { headers: h(ua) })).status).toBe(302);
      clicks++;
    }
    const page = await rawRequest(child.url, `/${fired.body.slug}`, { headers: h() });
    expect(page.status).toBe(200);
    clicks++;
    const { clickId } = dataBlock(page.body);
    const beacon = await rawRequest(child.url, '/_r/beacon', { method: 'POST', headers: { ...h(), 'content-type': 'text/plain' }, body: JSON.stringify({ c: clickId, ok: [pixel.body.id] }) });
    expect(beacon.status).toBe(204);
    expect((await rawRequest(child.url, `/${plain.body.slug}`, { method: 'HEAD', headers: h() })).status).toBe(302);
    expect((await rawRequest(child.url, `/${plain.body.slug}`, { headers: { ...h(), 'sec-purpose': 'prefetch' } })).status).toBe(503);
    expect((await rawRequest(child.url, `/no-such-${ip.replace(/[.:]/g, '-')}`, { headers: h() })).status).toBe(404);
    const wrong = await rawRequest(child.url, `/${secret.body.slug}`, {
      method: 'POST',
      headers: { ...h(), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'password=nope',
    });
    expect(wrong.status).toBe(403);
    // The API with a bad key, from the same address.
    expect((await rawRequest(child.url, '/api/v1/links', { headers: { ...h(), authorization: 'Bearer rk_wrong_key_000000000000' } })).status).toBe(401);
  }
  return { clicks };
}

describe.each(testEngines())('no raw IP anywhere on %s', (engine: Engine) => {
  let child: ChildServer | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    child?.kill();
    await cleanup?.();
  });

  it('keeps the client addresses out of the database and the logs', { timeout: 90_000 }, async () => {
    let env: Record<string, string>;
    let dir = '';
    let pgUrl = '';
    if (engine === 'sqlite') {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-privacy-'));
      env = { DATA_DIR: dir };
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    } else {
      const db = await freshPgDatabase();
      pgUrl = db.url;
      env = { DATABASE_URL: db.url };
      cleanup = db.drop;
    }
    // A long flush interval: the clicks reach the database at shutdown, as in a deploy.
    child = await spawnServer({ ...env, TRUST_PROXY: 'true', LOG_LEVEL: 'debug', CLICK_FLUSH_INTERVAL_MS: '100' });
    const { clicks } = await traffic(child);

    const problems: string[] = [];
    let stored = '';
    if (engine === 'sqlite') {
      // Wait for the writer so the WAL holds the clicks, then read the files while the server runs.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const metrics = await (await fetch(`${child.url}/metrics`)).text();
        if (new RegExp(`^ricochet_clicks_written_total ${clicks}$`, 'm').test(metrics)) break;
        if (Date.now() > deadline) throw new Error(`clicks not written:\n${metrics}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      for (const [name, bytes] of sqliteFiles(dir)) problems.push(...findNeedles(bytes, `${name} (running)`));
    }

    child.process.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });

    if (engine === 'sqlite') {
      for (const [name, bytes] of sqliteFiles(dir)) {
        problems.push(...findNeedles(bytes, `${name} (stopped)`));
        stored += bytes.toString('latin1');
      }
    } else {
      stored = await pgDump(pgUrl);
      problems.push(...findNeedles(stored, 'PostgreSQL rows'));
    }
    const log = child.output();
    problems.push(...findNeedles(log, 'server output'));

    // The run did store what it should, so "not found" means something.
    expect(stored).toContain('example.com');
    expect(stored).toContain('clk_');
    // The referrer's host is kept, never its path or query (which named the visitor here).
    expect(stored).toContain('news.example');
    expect(stored).not.toContain('visitor=');
    expect(stored).not.toContain('/article');
    expect(log).toMatch(/"level":20|"msg":"ricochet listening"/);
    expect(log.split('\n').length).toBeGreaterThan(2);
    expect(problems).toEqual([]);
  });
});
