/**
 * Issue 16: no access token, API secret, visitor address or customer e-mail in plain text in the
 * database (SQLite file and WAL, every PostgreSQL row) or in what the server logged at debug level,
 * after a run that set credentials, rotated one, sent server events (some retried, some refused, so
 * rows waited in the outbox), tracked a lead and a sale, and shut down.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/storage/database.js';
import { testEngines } from '../support/engines.js';
import { REVOKED } from '../support/platform-fakes/fake-kit.js';
import { spawnServer, type ChildServer } from '../analytics/child-server.js';
import { freshPgDatabase, withPgAdmin } from '../analytics/support.js';
import { SERVER_SETUPS, startPlatformNetwork, type PlatformNetwork } from './support.js';

const VISITOR = '203.0.113.88';
const EMAIL = 'private.person@example.org';
const SECRETS = [
  'EAAprivacy-meta-token-9911',
  'EAAprivacy-rotated-token-7733',
  'tiktok-privacy-token-5522',
  'ga4-privacy-api-secret-4411',
  'pina-privacy-token-3300',
];

async function pgDump(url: string): Promise<string> {
  return withPgAdmin(url, async (client) => {
    const tables = await client.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'");
    let out = '';
    for (const { table_name } of tables.rows) out += (await client.query<{ row: string }>(`select t::text as row from "${table_name}" t`)).rows.map((r) => r.row).join('\n');
    return out;
  });
}

describe.each(testEngines())('secrets and addresses at rest on %s', (engine: Engine) => {
  let platforms: PlatformNetwork;
  let child: ChildServer | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    platforms = await startPlatformNetwork();
  });
  afterAll(() => platforms?.close());
  afterEach(async () => {
    child?.kill();
    await cleanup?.();
  });

  it('are nowhere in plain text: not in the database, not in the logs', { timeout: 90_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-secrets-'));
    let pgUrl: string | null = null;
    if (engine === 'postgres') {
      const db = await freshPgDatabase();
      pgUrl = db.url;
      cleanup = async () => {
        await db.drop();
        fs.rmSync(dir, { recursive: true, force: true });
      };
    } else cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    child = await spawnServer({
      DATA_DIR: dir,
      ...(pgUrl ? { DATABASE_URL: pgUrl } : {}),
      OUTBOUND_TEST_NETWORK: platforms.env,
      GEO_COUNTRY_HEADER: 'x-country',
      TRUST_PROXY: 'true',
      CLICK_FLUSH_INTERVAL_MS: '50',
      LOG_LEVEL: 'debug',
    });
    const c = child;
    const pixel = async (platform: 'meta' | 'tiktok' | 'ga4' | 'pinterest', tagId: string, credentials: Record<string, string>) => {
      const p = await c.api('POST', '/pixels', { platform, tagId });
      const put = await c.api('PUT', `/pixels/${p.body.id}/server`, { credentials, settings: SERVER_SETUPS[platform].settings ?? {} });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      expect(JSON.stringify(put.body)).not.toContain(Object.values(credentials)[0]);
      return p.body.id as string;
    };
    const meta = await pixel('meta', '666666666666666', { accessToken: SECRETS[0]! });
    const tiktok = await pixel('tiktok', 'C4PRIVACY00000000001', { accessToken: SECRETS[2]! });
    const ga4 = await pixel('ga4', 'G-PRIVACY01', { apiSecret: SECRETS[3]! });
    const pinterest = await pixel('pinterest', '2612345670000', { accessToken: SECRETS[4]! });
    await c.api('PUT', `/pixels/${meta}/server`, { credentials: { accessToken: SECRETS[1]! } });
    const link = await c.api('POST', '/links', { url: 'https://shop.example/priv', pixelIds: [meta, tiktok, ga4, pinterest], serverOnly: true, conversionTracking: true });

    // TikTok is down: its events wait in the outbox, their addresses sealed.
    platforms.set('tiktok', { down: true });
    const headers = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0', 'x-forwarded-for': VISITOR, 'x-country': 'US' };
    let clickId = '';
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${c.url}/${link.body.slug}?fbclid=IwAR-priv`, { redirect: 'manual', headers });
      expect(res.status).toBe(302);
      clickId = new URL(res.headers.get('location') as string).searchParams.get('rc_click') as string;
    }
    // Five clicks, each a page visit and the audience event.
    await expect.poll(() => platforms.events('pinterest').filter((e) => e.ip === VISITOR).length, { timeout: 20_000 }).toBe(10);
    await expect.poll(async () => (await c.api('POST', '/track/lead', { clickId, customerId: 'cus-priv', email: EMAIL })).status, { timeout: 10_000 }).not.toBe(404);
    expect((await c.api('POST', '/track/sale', { customerId: 'cus-priv', amount: 100, currency: 'EUR', invoiceId: 'INV-priv' })).status).toBe(201);
    // The address went where it is used; what is at rest comes next.
    expect(platforms.events('meta').some((e) => e.ip === VISITOR)).toBe(true);

    const needles = [...SECRETS, VISITOR, EMAIL, REVOKED];
    const find = (text: string, where: string) => needles.filter((n) => text.includes(n)).map((n) => `${n} in ${where}`);
    const atRest = async () => {
      if (pgUrl) return find(await pgDump(pgUrl), 'postgres');
      return fs
        .readdirSync(dir)
        .filter((f) => f.startsWith('ricochet.db'))
        .flatMap((f) => find(fs.readFileSync(path.join(dir, f)).toString('latin1'), f));
    };
    // While TikTok's events wait in the outbox (their address sealed beside them)…
    // Five clicks, the lead and the sale.
    expect((await c.api('GET', `/pixels/${tiktok}/server`)).body.delivery.pending).toBe(7);
    expect(await atRest()).toEqual([]);
    c.process.kill('SIGTERM');
    await c.exited;
    // …and after shutdown, the logs too.
    expect([...(await atRest()), ...find(c.output(), 'logs')]).toEqual([]);
    expect(c.output()).not.toMatch(/203\.0\.113/);
  });
});
