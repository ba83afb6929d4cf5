/**
 * The click buffer (issue 6, docs/architecture.md) over the real click sink on SQLite and PostgreSQL:
 * writes by size, by interval and on close; keeps and retries clicks with back-off while the
 * database fails; gives up only clicks older than CLICK_RETRY_MAX_MS; drops and counts when
 * full, never blocking. "The database fails" is a gate in front of the real sink.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, type Metrics } from '../app/metrics.js';
import { DROP_REASONS, type StoredClick } from '../core/clicks/click.js';
import { newId } from '../core/ids.js';
import type { Clock } from '../core/ports.js';
import { openAnalyticsDatabase, waitFor } from '../../test/analytics/support.js';
import { testEngines, type TestDatabase } from '../../test/support/engines.js';
import { migrateToLatest } from '../storage/migrate.js';
import { StatsStore } from '../storage/stats-store.js';
import type { ClickBatch } from '../storage/click-sink.js';
import { ClickBuffer, type ClickBufferOptions } from './click-buffer.js';
import type { ClickWriterPort } from './click-writer.js';
import { createClickWriter } from './create-click-writer.js';

const random = { bytes: (n: number) => new Uint8Array(n).map(() => Math.floor(Math.random() * 256)) };

describe.each(testEngines())('ClickBuffer over the real sink on %s', (engine) => {
  let testDb: TestDatabase;
  let writer: ClickWriterPort;
  let workspaceId = 0;

  beforeAll(async () => {
    testDb = await openAnalyticsDatabase(engine);
    await migrateToLatest(testDb.database);
    // What the server uses: on SQLite the writer thread with its own connection.
    writer = await createClickWriter(testDb.database, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await writer?.close();
    await testDb?.dispose();
  });

  /**
   * A buffer in a workspace of its own, with a gate that makes the database "fail" (every write,
   * or those `failWhen` picks). `concurrency` overrides the writer's.
   */
  function setup(options: Partial<ClickBufferOptions> = {}, concurrency?: number) {
    const ws = `ws_buffer${++workspaceId}`;
    const gate = {
      open: true,
      attempts: 0,
      inFlight: 0,
      maxInFlight: 0,
      failWhen: null as ((batch: ClickBatch) => boolean) | null,
      /** Runs as each write starts: traffic arriving while the database works. */
      during: null as (() => void) | null,
      batches: [] as string[][],
    };
    const logs: Array<Record<string, unknown>> = [];
    const log = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _enc, done) {
          logs.push(JSON.parse(String(chunk)));
          done();
        },
      }),
    );
    const metrics: Metrics = createMetrics(DROP_REASONS, []);
    const clock: Clock = options.clock ?? { now: () => Date.now() };
    const buffer = new ClickBuffer({
      capacity: 1000,
      flushSize: 1000,
      maxBatchSize: 10_000,
      flushIntervalMs: 600_000,
      retryMaxMs: 600_000,
      writer: {
        concurrency: concurrency ?? writer.concurrency,
        write: async (batch) => {
          gate.attempts++;
          gate.batches.push(batch.clicks.map((c) => c.id));
          gate.during?.();
          gate.maxInFlight = Math.max(gate.maxInFlight, ++gate.inFlight);
          try {
            await new Promise((resolve) => setImmediate(resolve)); // a failure takes a round trip too
            if (!gate.open || gate.failWhen?.(batch)) throw new Error('database is down');
            return await writer.write(batch);
          } finally {
            gate.inFlight--;
          }
        },
        writeRollups: () => (gate.open ? writer.writeRollups() : Promise.reject(new Error('database is down'))),
        close: async () => {},
      },
      metrics,
      log,
      ...options,
      clock,
    });
    const click = (at = clock.now(), overrides: Partial<StoredClick> = {}): StoredClick => ({
      id: newId('click', at, random),
      workspaceId: ws,
      linkId: 'lnk_buffer',
      domain: '',
      at,
      country: null,
      device: 'desktop',
      os: null,
      browser: null,
      referrerHost: null,
      utm: { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null },
      clickIds: [],
      bot: false,
      consent: 'no_pixels',
      pixelsFired: [],
      visitorHash: `v${Math.random()}`,
      ...overrides,
    });
    const stored = async () =>
      Number((await testDb.database.db.selectFrom('clicks').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', ws).executeTakeFirstOrThrow()).n);
    return { buffer, gate, metrics, logs, click, stored, ws };
  }

  it('writes full batches at once and leaves the rest to the timer or flush; a backlog goes in whole batches up to maxBatchSize', async () => {
    const { buffer, click, stored, metrics, gate } = setup({ flushSize: 3, maxBatchSize: 6 });
    for (let i = 0; i < 3; i++) buffer.push(click());
    // Written = the writer replied and the buffer let go of them (on SQLite the rows can be
    // visible a moment before the writer thread's reply arrives).
    await waitFor(() => metrics.clicksWritten.get(), (n) => n === 3, 'the full batch to be written');
    expect(await stored()).toBe(3);
    expect(gate.attempts).toBe(1);
    buffer.push(click());
    buffer.push(click());
    expect(buffer.size).toBe(2); // no timer here: they wait
    await buffer.flush();
    expect(await stored()).toBe(5);
    expect(gate.attempts).toBe(2);
    // 7 arrive before the writer looks: one transaction of 6 (two whole batches), 1 left waiting.
    for (let i = 0; i < 7; i++) buffer.push(click());
    await waitFor(() => metrics.clicksWritten.get(), (n) => n === 11, 'the full batches of a backlog to be written');
    expect(await stored()).toBe(11);
    expect(gate.attempts).toBe(3);
    expect(buffer.size).toBe(1);
    await buffer.flush();
    expect(await stored()).toBe(12);
    expect(gate.attempts).toBe(4);
    // 14: 6 + 6 (never more than maxBatchSize), 2 left for the timer.
    for (let i = 0; i < 14; i++) buffer.push(click());
    await waitFor(() => metrics.clicksWritten.get(), (n) => n === 24, 'a longer backlog to be written');
    expect(gate.attempts).toBe(6);
    expect(buffer.size).toBe(2);
    await buffer.flush();
    expect(await stored()).toBe(26);
    expect(gate.attempts).toBe(7);
    expect(metrics.clicksBuffered.get()).toBe(26);
    expect(metrics.clicksWritten.get()).toBe(26);
  });

  it('under steady traffic writes what was waiting, then full batches only: not a tiny batch per write', async () => {
    const { buffer, click, gate, metrics } = setup({ flushSize: 3, maxBatchSize: 3 });
    buffer.push(click());
    buffer.push(click());
    // A click arrives during every write. Writing whatever came in meanwhile would go on as long
    // as the traffic does, one click per transaction.
    let arriving = 6;
    gate.during = () => {
      if (arriving-- > 0) buffer.push(click());
    };
    await buffer.flush();
    // The two waiting, then (flush's second pass) the one that came during that write; the one
    // that came during the second write waits for the timer or a full batch.
    expect(gate.batches.map((b) => b.length)).toEqual([2, 1]);
    expect(buffer.size).toBe(1);
    // Two more fill a batch: it goes at once, and so does the full batch arriving meanwhile.
    arriving = 0;
    gate.during = () => {
      gate.during = null;
      for (let i = 0; i < 3; i++) buffer.push(click());
    };
    buffer.push(click());
    buffer.push(click());
    await waitFor(() => metrics.clicksWritten.get(), (n) => n === 9, 'both full batches to be written');
    expect(gate.batches.map((b) => b.length)).toEqual([2, 1, 3, 3]);
    expect(buffer.size).toBe(0);
  });

  it('runs as many transactions at once as the writer can; a failed one keeps its clicks, in order, at the head', async () => {
    const now = { t: Date.UTC(2026, 0, 1) };
    const { buffer, click, stored, metrics, gate } = setup({ flushSize: 3, maxBatchSize: 3, clock: { now: () => now.t } }, 2);
    const clicks = Array.from({ length: 6 }, () => click());
    const failing = new Set(clicks.slice(0, 3).map((c) => c.id));
    gate.failWhen = (batch) => batch.clicks.some((c) => failing.has(c.id));
    for (const c of clicks) buffer.push(c);
    await buffer.flush();
    expect(gate.maxInFlight).toBe(2);
    expect(gate.batches).toEqual([clicks.slice(0, 3).map((c) => c.id), clicks.slice(3).map((c) => c.id)]);
    expect(metrics.clicksWritten.get()).toBe(3);
    expect(await stored()).toBe(3);
    expect(buffer.size).toBe(3);
    gate.failWhen = null;
    now.t += 1000; // past the back-off
    await buffer.flush();
    expect(gate.batches.at(-1)).toEqual(clicks.slice(0, 3).map((c) => c.id));
    expect(metrics.clicksWritten.get()).toBe(6);
    expect(await stored()).toBe(6);
    expect(buffer.size).toBe(0);
  });

  it('writes on the interval', async () => {
    const { buffer, click, stored } = setup({ flushIntervalMs: 20 });
    buffer.start();
    try {
      buffer.push(click());
      buffer.push(click());
      await waitFor(stored, (n) => n === 2, 'the timer to write');
    } finally {
      await buffer.close(1000);
    }
  });

  it('keeps clicks while the database fails, backs off, and writes them all when it is back', async () => {
    const now = { t: Date.UTC(2026, 0, 1) };
    const { buffer, click, stored, gate, metrics, logs } = setup({ clock: { now: () => now.t } });
    gate.open = false;
    buffer.push(click());
    buffer.push(click());
    await buffer.flush();
    expect(gate.attempts).toBe(1);
    expect(buffer.size).toBe(2);
    await buffer.flush(); // within the back-off: no new attempt
    expect(gate.attempts).toBe(1);
    now.t += 100;
    await buffer.flush();
    expect(gate.attempts).toBe(2);
    now.t += 150; // back-off doubled to 200 ms: still waiting
    await buffer.flush();
    expect(gate.attempts).toBe(2);
    gate.open = true;
    now.t += 50;
    buffer.push(click());
    await buffer.flush();
    expect(await stored()).toBe(3);
    expect(buffer.size).toBe(0);
    expect(metrics.flushFailures.get()).toBe(2);
    expect(DROP_REASONS.map((r) => metrics.clicksDropped.get(r))).toEqual(DROP_REASONS.map(() => 0));
    // One warning when writes start failing and one note when they recover, not one per attempt.
    expect(logs.filter((l) => /click write failed/.test(String(l.msg)))).toHaveLength(1);
    expect(logs.filter((l) => /recovered/.test(String(l.msg)))).toHaveLength(1);
  });

  it('gives up only clicks older than retryMaxMs, as database_unavailable', async () => {
    const now = { t: Date.UTC(2026, 0, 2) };
    const { buffer, click, stored, gate, metrics } = setup({ clock: { now: () => now.t }, retryMaxMs: 1000 });
    gate.open = false;
    buffer.push(click(now.t));
    now.t += 600;
    buffer.push(click(now.t));
    await buffer.flush();
    expect(metrics.clicksDropped.get('database_unavailable')).toBe(0);
    now.t += 500; // the first click is now 1,100 ms old, the second 500 ms
    await buffer.flush();
    expect(metrics.clicksDropped.get('database_unavailable')).toBe(1);
    expect(buffer.size).toBe(1);
    gate.open = true;
    now.t += 1000;
    await buffer.flush();
    expect(await stored()).toBe(1);
  });

  it('drops beyond capacity as buffer_full without blocking, and logs drops in aggregate', async () => {
    const { buffer, click, metrics, logs, stored } = setup({ capacity: 3 });
    for (let i = 0; i < 53; i++) buffer.push(click());
    expect(buffer.size).toBe(3);
    expect(metrics.clicksDropped.get('buffer_full')).toBe(50);
    const dropLogs = logs.filter((l) => l.msg === 'clicks dropped');
    expect(dropLogs.length).toBeLessThanOrEqual(1);
    await buffer.close(1000);
    expect(await stored()).toBe(3);
    const last = logs.filter((l) => l.msg === 'clicks dropped').at(-1) as { dropped: Record<string, number> };
    expect(logs.filter((l) => l.msg === 'clicks dropped').reduce((n, l) => n + ((l as any).dropped.buffer_full ?? 0), 0)).toBe(50);
    expect(last).toBeDefined();
  });

  it('on close writes everything it can; what the database cannot take by the deadline is dropped as shutdown', async () => {
    const { buffer, click, gate, metrics, stored } = setup();
    buffer.push(click());
    await buffer.flush();
    gate.open = false;
    buffer.push(click());
    buffer.push(click());
    const started = Date.now();
    await buffer.close(250);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(metrics.clicksDropped.get('shutdown')).toBe(2);
    expect(buffer.size).toBe(0);
    buffer.push(click()); // after close: counted, not kept
    expect(metrics.clicksDropped.get('shutdown')).toBe(3);
    expect(buffer.size).toBe(0);
    expect(await stored()).toBe(1);
  });

  it('holds a pixel confirmation until its click is written', async () => {
    const { buffer, click, metrics, ws } = setup();
    const c = click(Date.now(), { pixelsFired: ['pix_1'] });
    buffer.confirm({ clickId: c.id, confirmed: ['pix_1'], choice: null });
    await buffer.flush(); // the click is not in the database yet
    expect(metrics.confirmationsWritten.get()).toBe(0);
    buffer.push(c);
    await buffer.flush();
    await waitFor(() => metrics.confirmationsWritten.get(), (n) => n === 1, 'the confirmation', 5000);
    const row = await testDb.database.db.selectFrom('clicks').select('pixels_confirmed').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.pixels_confirmed).toBe('pix_1');
    expect(ws).toMatch(/^ws_buffer/);
    await buffer.close(1000);
  });

  it('has the rollups written when flush() resolves', async () => {
    const { buffer, click, ws } = setup();
    const at = Date.UTC(2026, 3, 1, 12);
    for (let i = 0; i < 4; i++) buffer.push(click(at + i, { bot: i === 3 }));
    await buffer.flush();
    const sums = await new StatsStore(testDb.database).sums(ws, 'lnk_buffer', ['total'], at - 12 * 3_600_000, at + 12 * 3_600_000);
    expect(sums).toEqual([expect.objectContaining({ dim: 'total', clicks: 4, humans: 3, bots: 1, uniques: 3 })]);
  });
});
