/**
 * Issue 15: migration 0003 upgrades a database made by the v1 analytics code (fixtures made by
 * test/analytics/fixtures/make-v1-database.ts through real redirects, interstitials and beacons)
 * and keeps every count the v1 API answered: totals (clicks, human clicks, bots, unique visitors,
 * pixel fires and confirmations), daily series, breakdowns, consent outcomes, pixel yield, and the
 * pixels' audiences. v1's visitor hashes were keyed by daily salts, so their visitors stay
 * distinct per day after the fold into sketches, as v1 counted them. Then the upgraded database
 * takes new clicks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database, Engine } from '../../src/storage/database.js';
import { connectPostgres } from '../../src/storage/postgres/connect-postgres.js';
import { connectSqlite } from '../../src/storage/sqlite/connect-sqlite.js';
import { testEngines } from '../support/engines.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { clickRows, freshPgDatabase, ShiftedClock, UA, withPgAdmin } from './support.js';

const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const expected = JSON.parse(fs.readFileSync(path.join(HERE, 'v1-expected.json'), 'utf8'));

/** What must survive: every field of the stats answer except what v2 defines anew. */
function countsOf(stats: any) {
  return {
    totals: stats.totals,
    timeseries: stats.timeseries.map((p: any) => [p.date, p.clicks, p.humanClicks, p.bots, p.uniqueVisitors]),
    countries: stats.countries,
    devices: stats.devices,
    browsers: stats.browsers,
    os: stats.os,
    referrers: stats.referrers,
    utm: stats.utm,
    consent: stats.consent,
    pixels: stats.pixels,
  };
}

describe.each(testEngines())('v1 → v2 migration on %s', (engine: Engine) => {
  let s: TestServer | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await s?.close();
    await cleanup?.();
  });

  async function upgraded(): Promise<{ database: Database; location: { file?: string; url?: string } }> {
    if (engine === 'sqlite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-v1-'));
      const file = path.join(dir, 'ricochet.db');
      fs.copyFileSync(path.join(HERE, 'v1.sqlite'), file);
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
      return { database: connectSqlite({ file }), location: { file } };
    }
    const fresh = await freshPgDatabase();
    cleanup = fresh.drop;
    await withPgAdmin(fresh.url, (c) => c.query(fs.readFileSync(path.join(HERE, 'v1-postgres.sql'), 'utf8')));
    return { database: connectPostgres({ url: fresh.url, poolSize: 5 }), location: { url: fresh.url } };
  }

  it('keeps every count the v1 API answered, and takes new clicks after', { timeout: 60_000 }, async () => {
    const v1 = expected[engine];
    const { database, location } = await upgraded();
    const clock = new ShiftedClock(expected.now);
    // Booting runs the pending migration (0003) on the v1 database.
    s = await startTestServer(engine, { TRUST_PROXY: 'true', CLICK_FLUSH_INTERVAL_MS: '50' }, { clock, testDb: { database, location, dispose: () => database.close() } });
    const server = s;

    for (const [name, apiPath] of [['shop', `/links/${v1.ids.shop}/stats`], ['plain', `/links/${v1.ids.plain}/stats`], ['ask', `/links/${v1.ids.ask}/stats`], ['workspace', '/stats']] as const) {
      const res = await server.api('GET', `${apiPath}?${v1.range}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(countsOf(res.body), name).toEqual(countsOf(v1.answers[name]));
    }
    for (const name of ['meta', 'google'] as const) {
      const res = await server.api('GET', `/pixels/${v1.ids[name]}/audience`);
      const before = v1.answers[`audience_${name}`];
      expect(res.body.windows.map((w: any) => w.visitors), name).toEqual(before.windows.map((w: any) => w.visitors));
      expect(res.body.growth.filter((g: any) => g.visitors > 0), name).toEqual(before.growth.filter((g: any) => g.visitors > 0));
      expect(res.body.readiness.visitors).toBe(before.readiness.visitors);
    }

    // Every click row converted: same number, codes decoded back to v1's values, no visitor value left.
    const rows = await clickRows(database, v1.ids.shop);
    expect(rows).toHaveLength(v1.answers.shop.totals.clicks);
    expect(rows.filter((r) => r.bot === 1)).toHaveLength(v1.answers.shop.totals.bots);
    expect(rows.reduce((n, r) => n + (r.pixels_fired === '' ? 0 : r.pixels_fired.split(',').length), 0)).toBe(v1.answers.shop.totals.pixelFires);
    expect(rows.every((r) => !('visitor_hash' in r))).toBe(true);
    const tables = engine === 'sqlite'
      ? (await database.db.selectFrom('sqlite_master' as never).select('name' as never).where('type' as never, '=', 'table' as never).execute()).map((r: any) => r.name)
      : (await withPgAdmin(location.url as string, (c) => c.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public'"))).rows.map((r) => r.table_name);
    expect(tables).not.toContain('daily_visitors');
    expect(tables).not.toContain('pixel_visitors');
    expect(tables).not.toContain('salts');

    // A new visitor the day after, on the upgraded database.
    clock.set(expected.now + 24 * 3_600_000);
    const slug = (await server.api('GET', `/links/${v1.ids.plain}`)).body.slug as string;
    const res = await server.get(`/${slug}`, { headers: { 'user-agent': UA.firefoxWindows, 'x-forwarded-for': '198.51.100.250' } });
    expect(res.status).toBe(302);
    await server.server.clicks.flush();
    const wide = `from=${new Date(expected.d0).toISOString()}&to=${new Date(expected.now + 2 * 24 * 3_600_000).toISOString()}`;
    const after = (await server.api('GET', `/links/${v1.ids.plain}/stats?${wide}`)).body.totals;
    expect(after).toMatchObject({ clicks: v1.answers.plain.totals.clicks + 1, uniqueVisitors: v1.answers.plain.totals.uniqueVisitors + 1 });
  });
});
