/**
 * Issues 6 and 15, docs/analytics.md: unique visitors are distinct keyed hashes (address, user agent,
 * workspace) counted in sketches: a range's uniques count a returning person once, the daily
 * points count them once a day, `humanClicks` counts every repeat. Driven over real HTTP with an
 * injected clock, across UTC midnight, across restarts on the same database, and across two
 * nodes writing to one PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/core/clicks/click.js';
import type { Database, Engine } from '../../src/storage/database.js';
import { connectPostgres } from '../../src/storage/postgres/connect-postgres.js';
import { connectSqlite } from '../../src/storage/sqlite/connect-sqlite.js';
import type { TestDatabase } from '../support/engines.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createLink, otherWorkspace, testEngines } from '../api/helpers.js';
import { analyticsServer, click, clickRows, openAnalyticsDatabase, ShiftedClock, UA } from './support.js';

/** 2026-03-10 00:00 UTC. */
const D = Date.UTC(2026, 2, 10);
const iso = (at: number) => new Date(at).toISOString();
const ENV = { TRUST_PROXY: 'true', CLICK_FLUSH_INTERVAL_MS: '50' };

function visit(s: TestServer, slug: string, ip: string, ua: string = UA.chromeMac) {
  return click(s, `/${slug}`, { 'x-forwarded-for': ip, 'user-agent': ua }).then((res) => expect(res.status).toBe(302));
}

async function stats(s: TestServer, path: string, from: number, to: number, key?: string) {
  await s.server.clicks.flush();
  const res = await s.api('GET', `${path}?from=${iso(from)}&to=${iso(to)}&interval=day`, undefined, key);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe.each(testEngines())('unique visitors on %s', (engine) => {
  describe('one running server', () => {
    const clock = new ShiftedClock(D + 10 * 3_600_000);
    let s: TestServer;
    beforeAll(async () => {
      s = await analyticsServer(engine, ENV, { clock });
    });
    afterAll(async () => {
      await s?.close();
    });

    it('counts repeats as human clicks and collapses them into one unique per day; another user agent is another visitor', async () => {
      const link = await createLink(s, { url: 'https://example.com/u', pixelIds: [] });
      await visit(s, link.slug, '198.51.100.1');
      await visit(s, link.slug, '198.51.100.1');
      let body = await stats(s, `/links/${link.id}/stats`, D, D + DAY_MS);
      expect(body.totals).toMatchObject({ clicks: 2, humanClicks: 2, bots: 0, uniqueVisitors: 1 });

      await visit(s, link.slug, '198.51.100.1', UA.firefoxWindows);
      await visit(s, link.slug, '198.51.100.2');
      body = await stats(s, `/links/${link.id}/stats`, D, D + DAY_MS);
      expect(body.totals).toMatchObject({ clicks: 4, humanClicks: 4, uniqueVisitors: 3 });
      expect(body.timeseries.map((p: any) => p.uniqueVisitors)).toEqual([3]);
    });

    it('counts a visitor back after UTC midnight once over the range, and once on each day', async () => {
      clock.set(D + 20 * 3_600_000);
      const link = await createLink(s, { url: 'https://example.com/midnight', pixelIds: [] });
      await visit(s, link.slug, '198.51.100.9');
      clock.set(D + DAY_MS + 3_600_000); // 01:00 the next day
      await visit(s, link.slug, '198.51.100.9');
      await visit(s, link.slug, '198.51.100.9');
      const body = await stats(s, `/links/${link.id}/stats`, D, D + 2 * DAY_MS);
      expect(body.totals).toMatchObject({ humanClicks: 3, uniqueVisitors: 1 });
      expect(body.timeseries.map((p: any) => [p.date, p.humanClicks, p.uniqueVisitors])).toEqual([
        ['2026-03-10', 1, 1],
        ['2026-03-11', 2, 1],
      ]);
      expect(await clickRows(s.testDb.database, link.id)).toHaveLength(3);
    });

    it('hashes the same person differently in another workspace, alike across links of one workspace', async () => {
      clock.set(D + 3 * DAY_MS + 3_600_000);
      const other = await otherWorkspace(s, 'uniques-other');
      const a = await createLink(s, { url: 'https://example.com/a', pixelIds: [] });
      const b = await createLink(s, { url: 'https://example.com/b', pixelIds: [] });
      const c = await createLink(s, { url: 'https://example.com/c', pixelIds: [] }, other.key);
      for (const slug of [a.slug, b.slug, c.slug]) await visit(s, slug, '198.51.100.77');
      // Workspace stats: one visitor across both links that day; the other workspace sees its own.
      const day = D + 3 * DAY_MS;
      expect((await stats(s, '/stats', day, day + DAY_MS)).totals).toMatchObject({ humanClicks: 2, uniqueVisitors: 1 });
      expect((await stats(s, '/stats', day, day + DAY_MS, other.key)).totals).toMatchObject({ humanClicks: 1, uniqueVisitors: 1 });
    });
  });

  describe('restarts with a later clock on the same database', () => {
    let base: TestDatabase;
    let reopen: () => Database;
    beforeAll(async () => {
      base = await openAnalyticsDatabase(engine);
      await base.database.close();
      reopen = () => (engine === 'sqlite' ? connectSqlite({ file: base.location.file as string }) : connectPostgres({ url: base.location.url as string, poolSize: 5 }));
    });
    afterAll(async () => {
      await base?.dispose();
    });

    async function serverAt(at: number): Promise<TestServer> {
      const database = reopen();
      return startTestServer(engine as Engine, ENV, { clock: new ShiftedClock(at), testDb: { database, location: base.location, dispose: () => database.close() } });
    }

    async function keys(s: TestServer): Promise<Array<{ generation: number; salt: string }>> {
      const rows = await s.testDb.database.db.selectFrom('visitor_salts').select(['generation', 'salt']).orderBy('generation').execute();
      return rows.map((r) => ({ generation: Number(r.generation), salt: r.salt }));
    }

    it('recognises the visitor after a restart and on the next day: one key per generation, kept across restarts', async () => {
      let s = await serverAt(D + 9 * 3_600_000);
      let slug: string;
      let linkId: string;
      let before: Array<{ generation: number; salt: string }>;
      try {
        const link = await createLink(s, { url: 'https://example.com/restart', pixelIds: [] });
        slug = link.slug;
        linkId = link.id;
        await visit(s, slug, '192.0.2.10');
        await s.server.clicks.flush();
        before = await keys(s);
        expect(before.length).toBeGreaterThanOrEqual(2);
      } finally {
        await s.close();
      }

      s = await serverAt(D + 15 * 3_600_000); // same day, new process (a node of its own)
      try {
        await visit(s, slug, '192.0.2.10');
        const body = await stats(s, `/links/${linkId}/stats`, D, D + DAY_MS);
        expect(body.totals).toMatchObject({ humanClicks: 2, uniqueVisitors: 1 });
      } finally {
        await s.close();
      }

      s = await serverAt(D + DAY_MS + 2 * 3_600_000); // next day
      try {
        await visit(s, slug, '192.0.2.10');
        const body = await stats(s, `/links/${linkId}/stats`, D, D + 2 * DAY_MS);
        expect(body.totals).toMatchObject({ humanClicks: 3, uniqueVisitors: 1 });
        const after = await keys(s);
        for (const k of before) expect(after).toContainEqual(k);
        // Sketch rows of the link's first day: one per process that saw it; read together.
        const nodes = await s.testDb.database.db.selectFrom('visitor_sketches').select('node').where('scope', '=', linkId).where('day', '=', D / DAY_MS).execute();
        expect(new Set(nodes.map((n) => n.node)).size).toBeGreaterThanOrEqual(2);
      } finally {
        await s.close();
      }
    });
  });

  describe.runIf(engine === 'postgres')('two nodes on one PostgreSQL', () => {
    let base: TestDatabase;
    const nodes: TestServer[] = [];
    beforeAll(async () => {
      base = await openAnalyticsDatabase(engine);
      for (let i = 0; i < 2; i++) {
        const database = connectPostgres({ url: base.location.url as string, poolSize: 5 });
        nodes.push(await startTestServer(engine as Engine, ENV, { clock: new ShiftedClock(D + 30 * DAY_MS + 3_600_000), testDb: { database, location: base.location, dispose: () => database.close() } }));
      }
    });
    afterAll(async () => {
      for (const n of nodes) await n.close();
      await base?.dispose();
    });

    it('count a visitor both nodes saw once, and another visitor of each once', async () => {
      const [a, b] = nodes as [TestServer, TestServer];
      const link = await createLink(a, { url: 'https://example.com/two-nodes', pixelIds: [] });
      for (const node of [a, b, a, b]) await visit(node, link.slug, '198.51.100.200');
      await visit(a, link.slug, '198.51.100.201');
      await visit(b, link.slug, '198.51.100.202');
      await a.server.clicks.flush();
      await b.server.clicks.flush();
      const day = D + 30 * DAY_MS;
      for (const node of [a, b]) {
        const body = await stats(node, `/links/${link.id}/stats`, day, day + DAY_MS);
        expect(body.totals).toMatchObject({ humanClicks: 6, uniqueVisitors: 3 });
      }
      const rows = await a.testDb.database.db.selectFrom('visitor_sketches').select('node').where('scope', '=', link.id).execute();
      expect(new Set(rows.map((r) => r.node)).size).toBe(2);
    });
  });
});
