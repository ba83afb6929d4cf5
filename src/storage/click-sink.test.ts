/**
 * The click sink on real SQLite and PostgreSQL (issue 6): one transaction per batch writes raw
 * clicks, daily visitor hashes (→ uniques), pixel audiences, link counters and confirmations;
 * a retried batch never counts twice; rollups are returned for the caller to write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, type StoredClick } from '../core/clicks/click.js';
import type { RollupDelta } from '../core/clicks/rollup.js';
import { openAnalyticsDatabase } from '../../test/analytics/support.js';
import type { TestDatabase } from '../../test/support/engines.js';
import { id, makeLink, makePixel, makeWorkspace, testEngines } from './contract/fixtures.js';
import { ClickSink } from './click-sink.js';
import { migrateToLatest } from './migrate.js';
import { createStores, type Stores } from './stores.js';

const T0 = Date.UTC(2026, 2, 10, 9, 15, 0, 0);

function totals(deltas: RollupDelta[], linkId: string, grain: 'hour' | 'day' = 'day') {
  const rows = deltas.filter((d) => d.linkId === linkId && d.dim === 'total' && d.grain === grain);
  return rows.reduce((acc, d) => ({ clicks: acc.clicks + d.clicks, humans: acc.humans + d.humans, bots: acc.bots + d.bots, uniques: acc.uniques + d.uniques }), {
    clicks: 0,
    humans: 0,
    bots: 0,
    uniques: 0,
  });
}

describe.each(testEngines())('ClickSink on %s', (engine) => {
  let testDb: TestDatabase;
  let stores: Stores;
  let sink: ClickSink;
  let workspaceId: string;
  let linkId: string;
  let pixelId: string;

  beforeAll(async () => {
    testDb = await openAnalyticsDatabase(engine);
    await migrateToLatest(testDb.database);
    stores = createStores(testDb.database);
    sink = new ClickSink(testDb.database);
    const ws = makeWorkspace();
    await stores.workspaces.insert(ws);
    const pixel = makePixel(ws.id);
    await stores.pixels.insert(pixel);
    const link = makeLink(ws.id, { pixelIds: [pixel.id] });
    expect(await stores.links.insert(link)).toBe('ok');
    workspaceId = ws.id;
    linkId = link.id;
    pixelId = pixel.id;
  });
  afterAll(async () => {
    await testDb?.dispose();
  });

  function makeClick(overrides: Partial<StoredClick> = {}): StoredClick {
    const at = overrides.at ?? T0;
    return {
      id: id('click', at),
      workspaceId,
      linkId,
      domain: '',
      at,
      country: 'US',
      device: 'desktop',
      os: 'Mac OS',
      browser: 'Chrome',
      referrerHost: null,
      utm: { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null },
      clickIds: [],
      bot: false,
      consent: 'not_required',
      pixelsFired: [pixelId],
      visitorHash: 'visitor-a',
      ...overrides,
    };
  }

  async function counts() {
    const db = testDb.database.db;
    const clicks = await db.selectFrom('clicks').select((eb) => eb.fn.countAll<number>().as('n')).where('link_id', '=', linkId).executeTakeFirstOrThrow();
    const link = await db.selectFrom('links').select('clicks').where('id', '=', linkId).executeTakeFirstOrThrow();
    const hits = await db.selectFrom('pixel_visitors').select((eb) => eb.fn.sum<number>('hits').as('n')).where('pixel_id', '=', pixelId).executeTakeFirstOrThrow();
    return { clicks: Number(clicks.n), linkCounter: Number(link.clicks), pixelHits: Number(hits.n ?? 0) };
  }

  it('writes a batch, counts uniques per UTC day from the visitor hashes, and excludes bots', async () => {
    const before = await counts();
    const batch = [
      makeClick({ visitorHash: 'v1' }),
      makeClick({ visitorHash: 'v1', at: T0 + 60_000 }), // repeat: a human click, not a new unique
      makeClick({ visitorHash: 'v2', at: T0 + 3_600_000 }), // a second visitor, the next hour
      makeClick({ visitorHash: 'v1', at: T0 + DAY_MS }), // the same hash the next day counts again
      makeClick({ visitorHash: 'bot', bot: true, consent: 'bot', pixelsFired: [] }),
    ];
    const result = await sink.write({ clicks: batch, confirmations: [] });
    expect(result.clicks).toBe(5);
    const deltas = result.rollups.deltas();
    expect(totals(deltas, linkId)).toEqual({ clicks: 5, humans: 4, bots: 1, uniques: 3 });
    expect(totals(deltas, '')).toEqual({ clicks: 5, humans: 4, bots: 1, uniques: 3 });
    expect(totals(deltas, linkId, 'hour')).toEqual({ clicks: 5, humans: 4, bots: 1, uniques: 3 });
    // The same visitors in a later batch on the same days are not new.
    const again = await sink.write({ clicks: [makeClick({ visitorHash: 'v2', at: T0 + 7_200_000 })], confirmations: [] });
    expect(totals(again.rollups.deltas(), linkId).uniques).toBe(0);

    const after = await counts();
    expect(after.clicks - before.clicks).toBe(6);
    expect(after.linkCounter - before.linkCounter).toBe(5); // humans only
    expect(after.pixelHits - before.pixelHits).toBe(5); // humans only
  });

  it('counts a retried batch once (an earlier attempt may have committed)', async () => {
    const batch = [makeClick({ visitorHash: 'r1', at: T0 + 2 * DAY_MS }), makeClick({ visitorHash: 'r2', at: T0 + 2 * DAY_MS + 1 })];
    const before = await counts();
    const first = await sink.write({ clicks: batch, confirmations: [] });
    expect(totals(first.rollups.deltas(), linkId)).toEqual({ clicks: 2, humans: 2, bots: 0, uniques: 2 });
    const retry = await sink.write({ clicks: [...batch, makeClick({ visitorHash: 'r3', at: T0 + 2 * DAY_MS + 2 })], confirmations: [] });
    expect(retry.clicks).toBe(3);
    expect(totals(retry.rollups.deltas(), linkId)).toEqual({ clicks: 1, humans: 1, bots: 0, uniques: 1 });
    const after = await counts();
    expect(after).toEqual({ clicks: before.clicks + 3, linkCounter: before.linkCounter + 3, pixelHits: before.pixelHits + 3 });
  });

  it('applies a confirmation in the same batch as its click, once', async () => {
    const c = makeClick({ visitorHash: 'conf', at: T0 + 3 * DAY_MS });
    const first = await sink.write({ clicks: [c], confirmations: [{ clickId: c.id, confirmed: [pixelId, pixelId], choice: null }] });
    expect(first.confirmations).toBe(1);
    expect(first.rollups.deltas().filter((d) => d.dim === 'pixel_confirmed' && d.linkId === linkId)).toMatchObject([{ value: pixelId, clicks: 1, humans: 1 }]);
    const replay = await sink.write({ clicks: [], confirmations: [{ clickId: c.id, confirmed: [pixelId], choice: null }] });
    expect(replay.confirmations).toBe(0);
    expect(replay.rollups.deltas()).toEqual([]);
    const unknown = { clickId: id('click'), confirmed: [pixelId], choice: null };
    expect((await sink.write({ clicks: [], confirmations: [unknown] })).unmatched).toEqual([unknown]);
  });

  it('writes rollups additively', async () => {
    const c = makeClick({ visitorHash: 'roll', at: T0 + 5 * DAY_MS });
    const result = await sink.write({ clicks: [c], confirmations: [] });
    await sink.writeRollups(result.rollups.deltas());
    await sink.writeRollups(result.rollups.deltas());
    const stats = await stores.stats.sums(workspaceId, linkId, ['total', 'country'], T0 + 5 * DAY_MS - 9 * 3_600_000, T0 + 6 * DAY_MS);
    expect(stats.find((s) => s.dim === 'total')).toMatchObject({ clicks: 2, humans: 2, uniques: 2 });
    expect(stats.find((s) => s.dim === 'country')).toMatchObject({ value: 'US', clicks: 2 });
  });
});
