/**
 * Issue 19: an operator's upgrade from the previous release. The database is the first round's
 * schema (migrations 0001–0002) holding data that release's own code wrote through real redirects,
 * interstitials and beacons (test/analytics/fixtures, made by make-v1-database.ts): a workspace and
 * its API key, pixels, links with pixels, raw clicks, per-day visitor rows and rollups. The current
 * `ricochet serve` (bin/ricochet.js, as `npm start` runs it) starts on it and migrates it; then:
 * the migrations ran in order (on SQLite after a backup), the old API key works, the links
 * redirect, every figure the previous release answered is still answered, the old clicks are in
 * the events list, new clicks add to them, SIGTERM stops it cleanly and `ricochet doctor` finds
 * nothing to fix. docs/operations.md ("Upgrades") describes the procedure this follows.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/storage/database.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { freePort, freshPgDatabase, withPgAdmin } from '../analytics/support.js';
import { testEngines } from '../support/engines.js';
import { OWNER_KEY } from '../support/test-server.js';
import { ricochet } from './support/cli.js';
import { start, waitForHttp, type Started } from './support/processes.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../analytics/fixtures');
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'v1-expected.json'), 'utf8'));
const PREVIOUS_RELEASE = ['0001-core', '0002-analytics'];
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** The counts the previous release answered (as the migration test compares them). */
const countsOf = (stats: any) => ({
  totals: stats.totals,
  timeseries: stats.timeseries.map((p: any) => [p.date, p.clicks, p.humanClicks, p.bots, p.uniqueVisitors]),
  countries: stats.countries,
  devices: stats.devices,
  referrers: stats.referrers,
  utm: stats.utm,
  consent: stats.consent,
  pixels: stats.pixels,
});

describe.each(testEngines())('upgrading the previous release’s database on %s', (engine: Engine) => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  /** The previous release's database with its data, and how the server finds it; plus its applied migrations. */
  async function previousRelease(): Promise<{ env: Record<string, string>; applied(): Promise<Array<{ name: string; timestamp: string }>>; dataDir: string }> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-upgrade-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    if (engine === 'sqlite') {
      const file = path.join(dataDir, 'ricochet.db');
      fs.copyFileSync(path.join(FIXTURES, 'v1.sqlite'), file);
      const applied = async () => {
        const db = new SQLite(file, { readonly: true });
        try {
          return db.prepare('select name, timestamp from kysely_migration order by timestamp, name').all() as Array<{ name: string; timestamp: string }>;
        } finally {
          db.close();
        }
      };
      return { env: { DATA_DIR: dataDir }, applied, dataDir };
    }
    const fresh = await freshPgDatabase();
    cleanups.push(fresh.drop);
    await withPgAdmin(fresh.url, (c) => c.query(fs.readFileSync(path.join(FIXTURES, 'v1-postgres.sql'), 'utf8')));
    const applied = () =>
      withPgAdmin(fresh.url, (c) => c.query<{ name: string; timestamp: string }>('select name, timestamp from kysely_migration order by timestamp, name')).then((r) => r.rows);
    // The upgrade procedure (docs/operations.md) sets SECRETS_KEY on PostgreSQL; doctor warns without it.
    return { env: { DATA_DIR: dataDir, DATABASE_URL: fresh.url, SECRETS_KEY: crypto.randomBytes(32).toString('base64') }, applied, dataDir };
  }

  it('starts the current release on it: migrated in order, keys, links, stats and events intact, doctor healthy', { timeout: 240_000 }, async () => {
    const v1 = expected[engine];
    const db = await previousRelease();
    expect((await db.applied()).map((m) => m.name)).toEqual(PREVIOUS_RELEASE);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { ...db.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', CLICK_FLUSH_INTERVAL_MS: '50', GEO_COUNTRY_HEADER: 'x-country' };
    const server: Started = start(process.execPath, ['bin/ricochet.js', 'serve'], env);
    cleanups.push(() => server.kill());
    await waitForHttp(server, `${base}/readyz`, 120_000);

    // Every migration of this release, in order, after the previous release's two.
    const applied = await db.applied();
    expect(applied.map((m) => m.name)).toEqual(Object.keys(MIGRATIONS));
    expect(applied.map((m) => m.name).slice(0, 2)).toEqual(PREVIOUS_RELEASE);
    const logs = server.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    expect(logs.find((l) => l.msg === 'applied database migrations')?.applied).toEqual(Object.keys(MIGRATIONS).slice(2));
    if (engine === 'sqlite') {
      // …after a backup of the previous release's database, which still holds its schema.
      const backup = logs.find((l) => l.msg === 'backed up the database before migrating');
      expect(backup?.file).toMatch(/backups\/ricochet-.*-before-0003-click-path-v2\.db$/);
      const copy = new SQLite(backup.file, { readonly: true });
      expect(copy.prepare('select name from kysely_migration order by name').all().map((r: any) => r.name)).toEqual(PREVIOUS_RELEASE);
      copy.close();
    }

    // The previous release's API key (stored as its hash) still signs in; no INITIAL_API_KEY is set.
    const api = async (apiPath: string) => {
      const res = await fetch(`${base}/api/v1${apiPath}`, { headers: { authorization: `Bearer ${OWNER_KEY}` } });
      return { status: res.status, body: (await res.json()) as any };
    };
    const workspace = await api('/workspace');
    expect(workspace.status).toBe(200);

    // Every figure the previous release answered over its data, answered the same.
    for (const [name, apiPath] of [['shop', `/links/${v1.ids.shop}/stats`], ['plain', `/links/${v1.ids.plain}/stats`], ['ask', `/links/${v1.ids.ask}/stats`], ['workspace', '/stats']] as const) {
      const res = await api(`${apiPath}?${v1.range}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(countsOf(res.body), name).toEqual(countsOf(v1.answers[name]));
    }
    // The raw clicks from before the upgrade, one event each.
    const events: any[] = [];
    for (let cursor = ''; ; ) {
      const page = await api(`/events?linkId=${v1.ids.shop}&${v1.range.replace('&interval=day', '')}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      events.push(...page.body.data);
      if (!page.body.hasMore) break;
      cursor = page.body.nextCursor;
    }
    expect(events).toHaveLength(v1.answers.shop.totals.clicks);
    expect(events.filter((e) => e.bot)).toHaveLength(v1.answers.shop.totals.bots);
    expect(events.reduce((n, e) => n + e.pixelsFired.length, 0)).toBe(v1.answers.shop.totals.pixelFires);

    // The links redirect, and a click after the upgrade adds to the ones before it.
    const plain = await api(`/links/${v1.ids.plain}`);
    expect(plain.body.humanClicks).toBe(v1.answers.plain.totals.humanClicks);
    const click = await fetch(`${base}/${plain.body.slug}`, { redirect: 'manual', headers: { 'user-agent': FIREFOX } });
    expect([click.status, click.headers.get('location')]).toEqual([302, plain.body.url]);
    const shop = await api(`/links/${v1.ids.shop}`);
    expect(shop.body.pixelIds.sort()).toEqual([v1.ids.meta, v1.ids.google].sort());
    // A visitor from a country without an opt-in rule gets the pixel page with the link's pixels.
    const page = await fetch(`${base}/${shop.body.slug}`, { redirect: 'manual', headers: { 'user-agent': FIREFOX, 'x-country': 'US' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const pixelId of [v1.ids.meta, v1.ids.google]) expect(html).toContain(pixelId);
    const deadline = Date.now() + 15_000;
    let total = 0;
    while (Date.now() < deadline && total !== v1.answers.plain.totals.humanClicks + 1) {
      total = (await api(`/links/${v1.ids.plain}`)).body.humanClicks;
      if (total !== v1.answers.plain.totals.humanClicks + 1) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(total).toBe(v1.answers.plain.totals.humanClicks + 1);

    server.child.kill('SIGTERM');
    expect(await server.exited, server.output()).toEqual({ code: 0, signal: null });

    // The operator's check after an upgrade.
    const doctor = await ricochet(['doctor', '--json', '--min-free-mb', '1'], { ...db.env, HOST: '127.0.0.1' });
    const findings = JSON.parse(doctor.stdout).findings as Array<{ area: string; severity: string; message: string }>;
    expect(findings.filter((f) => f.severity !== 'ok'), doctor.stdout).toEqual([]);
    expect(findings.find((f) => f.area === 'database')?.severity).toBe('ok');
    expect(doctor.code).toBe(0);
  });
});
