/**
 * Issue 14: the event loop's side of the click path (`ClickPipeline`) on real SQLite, with the
 * writer on the event loop (an in-memory database) and on its own thread (a file): clicks handed
 * over are written on `flush` and counted in the metrics; the bound of CLICK_BUFFER_SIZE is exact
 * (the next click is dropped as `buffer_full`, never blocking); after `close` everything handed
 * over is written and later clicks are dropped as `shutdown`; drops are logged, never per click.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createCountryLookup } from '../app/geo/country-lookup.js';
import { createMetrics, type Metrics } from '../app/metrics.js';
import { systemRandom } from '../app/system-ports.js';
import { DROP_REASONS } from '../core/clicks/click.js';
import type { Database } from '../storage/database.js';
import { migrateToLatest } from '../storage/migrate.js';
import { connectSqlite } from '../storage/sqlite/connect-sqlite.js';
import type { ClickFacts } from './click-handover.js';
import { ClickPipeline } from './click-pipeline.js';

const CHROME = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const click = (n: number): ClickFacts => ({
  id: '', at: Date.now(), workspaceId: 'ws_1', linkId: 'lnk_1', bot: false, consent: 'no_pixels', pixels: [],
  address: `192.0.2.${n}`, userAgent: CHROME, referer: '', query: 'gclid=G1', country: null,
});

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function start(where: 'event loop' | 'thread', capacity = 1000) {
  let database: Database;
  if (where === 'thread') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-pipeline-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    database = connectSqlite({ file: path.join(dir, 'ricochet.db') });
  } else {
    database = connectSqlite({ file: ':memory:' });
  }
  cleanups.push(() => database.close());
  await migrateToLatest(database);
  const metrics: Metrics = createMetrics(DROP_REASONS, []);
  const logs: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
  // Nothing is written by size or by timer: only `flush` and `close` write.
  const pipeline = await ClickPipeline.start({
    capacity, flushSize: 100_000, maxBatchSize: 100_000, flushIntervalMs: 3_600_000, retryMaxMs: 60_000,
    database, metrics, log, lookupCountry: createCountryLookup({}), random: systemRandom, conversions: null,
  });
  cleanups.push(() => pipeline.close(1000));
  const stored = async () => Number((await database.db.selectFrom('clicks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { pipeline, metrics, logs, stored };
}

describe.each(['event loop', 'thread'] as const)('ClickPipeline with the writer on the %s', (where) => {
  it('hands clicks over, and flush writes every one handed over before it', async () => {
    const { pipeline, metrics, stored } = await start(where);
    for (let i = 0; i < 5; i++) pipeline.record(click(i));
    expect(metrics.clicksBuffered.get()).toBe(5);
    expect(pipeline.size).toBe(5);
    await pipeline.flush();
    expect(await stored()).toBe(5);
    expect(metrics.clicksWritten.get()).toBe(5);
    expect(pipeline.size).toBe(0);
    expect(pipeline.handedOver).toBe(0);
  });

  it('holds exactly CLICK_BUFFER_SIZE clicks not yet written: the next one is dropped as buffer_full, and logged once', async () => {
    const { pipeline, metrics, logs, stored } = await start(where, 3);
    for (let i = 0; i < 5; i++) pipeline.record(click(i));
    expect(metrics.clicksBuffered.get()).toBe(3);
    expect(metrics.clicksDropped.get('buffer_full')).toBe(2);
    expect(logs.filter((l) => l.msg === 'clicks dropped')).toEqual([expect.objectContaining({ level: 40, dropped: { buffer_full: 1 } })]);
    await pipeline.flush();
    expect(await stored()).toBe(3);
    // Written: room again.
    pipeline.record(click(9));
    expect(metrics.clicksBuffered.get()).toBe(4);
  });

  it('close writes everything handed over; a later click is dropped as shutdown (and logged), a later beacon ignored', async () => {
    const { pipeline, metrics, logs, stored } = await start(where);
    for (let i = 0; i < 4; i++) pipeline.record(click(i));
    await pipeline.close(5000);
    expect(await stored()).toBe(4);
    pipeline.record(click(7));
    pipeline.confirm({ clickId: 'clk_x', confirmed: [], choice: null, address: '', userAgent: '' });
    expect(metrics.clicksDropped.get('shutdown')).toBe(1);
    expect(metrics.clicksBuffered.get()).toBe(4);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'clicks dropped', dropped: { shutdown: 1 } }));
    await pipeline.close(5000); // a second close is a no-op
    expect(await stored()).toBe(4);
  });

  it('counts a request that is not a click under its reason, and logs only the drops that lose clicks', async () => {
    const { pipeline, metrics, logs } = await start(where);
    pipeline.drop('head');
    pipeline.drop('not_found', 3);
    expect(metrics.clicksDropped.get('head')).toBe(1);
    expect(metrics.clicksDropped.get('not_found')).toBe(3);
    expect(logs.filter((l) => l.msg === 'clicks dropped')).toEqual([]);
  });
});
