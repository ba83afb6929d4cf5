/**
 * Random daily salts (issue 6, docs/analytics.md): one per UTC day, stored so restarts and other
 * nodes hash alike, kept one day back, then deleted. Real SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, dayOf } from '../core/clicks/click.js';
import { openAnalyticsDatabase } from '../../test/analytics/support.js';
import { testEngines, type TestDatabase } from '../../test/support/engines.js';
import { migrateToLatest } from '../storage/migrate.js';
import { SaltStore } from '../storage/salt-store.js';
import { DailySalts } from './daily-salts.js';

const D = Date.UTC(2026, 4, 20, 12, 0, 0);

describe.each(testEngines())('DailySalts on %s', (engine) => {
  let testDb: TestDatabase;
  let store: SaltStore;
  const clock = { at: D, now() { return this.at; } };

  beforeAll(async () => {
    testDb = await openAnalyticsDatabase(engine);
    await migrateToLatest(testDb.database);
    store = new SaltStore(testDb.database);
  });
  afterAll(async () => {
    await testDb?.dispose();
  });

  const storedDays = async () =>
    (await testDb.database.db.selectFrom('salts').select('day').orderBy('day').execute()).map((r) => Number(r.day) - dayOf(D));

  it('keeps today and yesterday only, across days and restarts', async () => {
    const a = new DailySalts(store, clock);
    await a.rotate();
    expect(await storedDays()).toEqual([0]);
    const day0 = a.forTime(D);
    expect(day0).toHaveLength(32);

    // Another node (or a restart) the same day gets the same salt.
    const b = new DailySalts(store, clock);
    await b.rotate();
    expect(b.forTime(D + 3_600_000).equals(day0)).toBe(true);

    clock.at = D + DAY_MS;
    await a.rotate();
    expect(await storedDays()).toEqual([0, 1]);
    expect(a.forTime(D).equals(day0)).toBe(true); // yesterday's still there for late flushes
    expect(a.forTime(D + DAY_MS).equals(day0)).toBe(false);

    clock.at = D + 2 * DAY_MS;
    await a.rotate();
    expect(await storedDays()).toEqual([1, 2]);
    // Skipping days (a node down for a while) prunes everything older than yesterday.
    clock.at = D + 5 * DAY_MS;
    const c = new DailySalts(store, clock);
    await c.rotate();
    expect(await storedDays()).toEqual([5]);
  });

  it('stores the salt it already hashed with when the day turned before rotate ran', async () => {
    const s = new DailySalts(store, clock);
    clock.at = D + 10 * DAY_MS;
    await s.rotate();
    clock.at = D + 11 * DAY_MS + 500; // just past midnight, rotation not run yet
    const early = s.forTime(clock.at);
    await s.rotate();
    expect(s.forTime(clock.at + 60_000).equals(early)).toBe(true);
    const other = new DailySalts(store, clock);
    await other.rotate();
    expect(other.forTime(clock.at).equals(early)).toBe(true);
  });

  it('schedules the next rotation just after UTC midnight', () => {
    clock.at = Date.UTC(2026, 4, 20, 23, 59, 0);
    expect(new DailySalts(store, clock).msUntilRotation()).toBe(61_000);
  });
});
