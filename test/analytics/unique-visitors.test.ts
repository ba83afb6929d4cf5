/**
 * Issue 6, docs/analytics.md: unique visitors are distinct visitor hashes (daily salt, IP, user
 * agent, workspace) per UTC day; `humanClicks` counts every repeat. Driven over real HTTP with an
 * injected clock, across UTC midnight and across restarts on the same database.
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
      const hashes = (await clickRows(s.testDb.database, link.id)).map((r) => r.visitor_hash);
      expect(hashes[0]).toBe(hashes[1]);
      expect(new Set(hashes).size).toBe(3);
    });

    it('counts the same visitor again after UTC midnight', async () => {
      clock.set(D + 20 * 3_600_000);
      const link = await createLink(s, { url: 'https://example.com/midnight', pixelIds: [] });
      await visit(s, link.slug, '198.51.100.9');
      clock.set(D + DAY_MS + 3_600_000); // 01:00 the next day
      await visit(s, link.slug, '198.51.100.9');
      await visit(s, link.slug, '198.51.100.9');
      const body = await stats(s, `/links/${link.id}/stats`, D, D + 2 * DAY_MS);
      expect(body.totals).toMatchObject({ humanClicks: 3, uniqueVisitors: 2 });
      expect(body.timeseries.map((p: any) => [p.date, p.humanClicks, p.uniqueVisitors])).toEqual([
        ['2026-03-10', 1, 1],
        ['2026-03-11', 2, 1],
      ]);
      const [day1, day2a, day2b] = (await clickRows(s.testDb.database, link.id)).map((r) => r.visitor_hash);
      expect(day2a).toBe(day2b);
      expect(day2a).not.toBe(day1);
    });

    it('hashes the same person differently in another workspace, alike across links of one workspace', async () => {
      clock.set(D + 3 * DAY_MS + 3_600_000);
      const other = await otherWorkspace(s, 'uniques-other');
      const a = await createLink(s, { url: 'https://example.com/a', pixelIds: [] });
      const b = await createLink(s, { url: 'https://example.com/b', pixelIds: [] });
      const c = await createLink(s, { url: 'https://example.com/c', pixelIds: [] }, other.key);
      for (const slug of [a.slug, b.slug, c.slug]) await visit(s, slug, '198.51.100.77');
      await s.server.clicks.flush();
      const [ha] = (await clickRows(s.testDb.database, a.id)).map((r) => r.visitor_hash);
      const [hb] = (await clickRows(s.testDb.database, b.id)).map((r) => r.visitor_hash);
      const [hc] = (await clickRows(s.testDb.database, c.id)).map((r) => r.visitor_hash);
      expect(ha).toBe(hb);
      expect(hc).not.toBe(ha);
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

    async function saltDays(s: TestServer): Promise<number[]> {
      const rows = await s.testDb.database.db.selectFrom('salts').select('day').orderBy('day').execute();
      return rows.map((r) => Number(r.day) - D / DAY_MS);
    }

    it('keeps the visitor’s hash the same day, counts again the next, and keeps only today’s and yesterday’s salts', async () => {
      let s = await serverAt(D + 9 * 3_600_000);
      let slug: string;
      let linkId: string;
      try {
        const link = await createLink(s, { url: 'https://example.com/restart', pixelIds: [] });
        slug = link.slug;
        linkId = link.id;
        await visit(s, slug, '192.0.2.10');
        expect(await saltDays(s)).toEqual([0]);
      } finally {
        await s.close();
      }

      s = await serverAt(D + 15 * 3_600_000); // same day, new process
      try {
        await visit(s, slug, '192.0.2.10');
        const body = await stats(s, `/links/${linkId}/stats`, D, D + DAY_MS);
        expect(body.totals).toMatchObject({ humanClicks: 2, uniqueVisitors: 1 });
      } finally {
        await s.close();
      }

      s = await serverAt(D + DAY_MS + 2 * 3_600_000); // next day
      try {
        expect(await saltDays(s)).toEqual([0, 1]);
        await visit(s, slug, '192.0.2.10');
        const body = await stats(s, `/links/${linkId}/stats`, D, D + 2 * DAY_MS);
        expect(body.totals).toMatchObject({ humanClicks: 3, uniqueVisitors: 2 });
      } finally {
        await s.close();
      }

      s = await serverAt(D + 2 * DAY_MS + 3_600_000); // the day after: day 0's salt is gone
      try {
        expect(await saltDays(s)).toEqual([1, 2]);
      } finally {
        await s.close();
      }
      const hashes = (await clickRows((s = await serverAt(D + 2 * DAY_MS + 7_200_000)).testDb.database, linkId)).map((r) => r.visitor_hash);
      await s.close();
      expect(hashes[0]).toBe(hashes[1]);
      expect(hashes[2]).not.toBe(hashes[0]);
    });
  });
});
