/**
 * Issue 15: the click writer on a real SQLite file: a filled batch is written at once and a
 * remainder waits for the interval; a batch the database refuses stays and is written once it
 * takes writes again, never twice; clicks older than the retry bound are dropped as
 * `database_unavailable`; `close` drops what it could not write as `shutdown`. Every click is
 * derived (country, families, UTM, click ids) and counted in the sketches and the rollups.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCountryLookup } from '../app/geo/country-lookup.js';
import { systemRandom } from '../app/system-ports.js';
import type { DropReason } from '../core/clicks/click.js';
import { ClickStore } from '../storage/click-store.js';
import type { Database } from '../storage/database.js';
import { migrateToLatest } from '../storage/migrate.js';
import { SaltStore } from '../storage/salt-store.js';
import { connectSqlite } from '../storage/sqlite/connect-sqlite.js';
import { createHandoverBuffer, HandoverReader, HandoverWriter, type ClickFacts } from './click-handover.js';
import { ClickIngest, type ClickConsequences, type IngestReport } from './click-ingest.js';
import { createClickDeriver } from './derive-click.js';
import { SketchBook } from './sketch-book.js';
import { VisitorKeys } from './visitor-keys.js';

const CHROME = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

interface Rig {
  database: Database;
  file: string;
  writer: HandoverWriter;
  ingest: ClickIngest;
  clock: { now: number };
  reports: IngestReport[];
  dropped(reason: DropReason): number;
  stored(): Promise<number>;
}

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  dirs = [];
});

async function rig(options: Partial<{ flushSize: number; flushIntervalMs: number; retryMaxMs: number; consequences: ClickConsequences }> = {}): Promise<Rig> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-ingest-'));
  dirs.push(dir);
  const file = path.join(dir, 'ricochet.db');
  const database = connectSqlite({ file }, { lockWaitMs: 100 });
  await migrateToLatest(database);
  const buffer = createHandoverBuffer(1 << 20);
  const clock = { now: Date.UTC(2026, 4, 4, 12) };
  const reports: IngestReport[] = [];
  let ingest: ClickIngest | undefined = undefined;
  const keys = new VisitorKeys(new SaltStore(database));
  await keys.prepare([], Math.floor(clock.now / 86_400_000));
  ingest = new ClickIngest(
    { flushSize: options.flushSize ?? 10, maxBatchSize: 100, flushIntervalMs: options.flushIntervalMs ?? 1000, capacity: 1000, retryMaxMs: options.retryMaxMs ?? 60_000 },
    {
      consequences: options.consequences,
      reader: new HandoverReader(buffer),
      store: new ClickStore(database),
      keys,
      sketches: new SketchBook('test', (ws, link, at, n) => ingest?.countNewVisitors(ws, link, at, n)),
      derive: createClickDeriver(createCountryLookup({})),
      now: () => clock.now,
      random: systemRandom,
      report: (r) => reports.push(r),
    },
  );
  return {
    database, file, writer: new HandoverWriter(buffer, 1000, 1000), ingest, clock, reports,
    dropped: (reason) => reports.reduce((n, r) => n + (r.dropped[reason] ?? 0), 0),
    stored: async () => Number((await database.db.selectFrom('clicks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  };
}

function click(r: Rig, n: number, extra: Partial<ClickFacts> = {}): ClickFacts {
  return { id: '', at: r.clock.now, workspaceId: 'ws_1', linkId: 'lnk_1', bot: false, consent: 'no_pixels', pixels: [], address: `8.8.${n >> 8}.${n & 255}`, userAgent: CHROME, referer: 'https://news.example/a?x=1', query: 'utm_source=mail&gclid=G1', country: undefined, ...extra };
}

describe('ClickIngest', () => {
  it('writes filled batches at once, the rest when the interval is up, each click derived and counted once', async () => {
    const r = await rig();
    for (let i = 0; i < 25; i++) expect(r.writer.append(click(r, i))).toBe(true);
    await r.ingest.tick();
    expect(await r.stored()).toBe(20);
    r.clock.now += 1000;
    await r.ingest.tick();
    expect(await r.stored()).toBe(25);
    expect(r.writer.pending).toBe(0);
    await r.ingest.flush();
    const row = await r.database.db.selectFrom('clicks').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ country: 'US', os: 'Mac OS', browser: 'Chrome', referrer_host: 'news.example', utm_source: 'mail', click_ids: 2, bot: 0 });
    expect(row.id).toMatch(/^clk_[0-9a-z]{26}$/);
    const total = await r.database.db.selectFrom('rollups_day').select(['clicks', 'uniques']).where('link_id', '=', 'lnk_1').where('dim', '=', 'total').executeTakeFirstOrThrow();
    expect(total).toMatchObject({ clicks: 25, uniques: 25 });
    await r.database.close();
  });

  it('times the server events written in the click transaction as their own stage, not as the insert', async () => {
    const WRITE_MS = 30;
    const seen: number[] = [];
    const consequences: ClickConsequences = {
      refresh: async () => {},
      capture: () => {},
      prepare: async () => {},
      write: async (trx, fresh) => {
        seen.push(fresh.length);
        await trx.insertInto('click_attribution').values(fresh.map((c) => ({ workspace_id: c.workspaceId, click_id: c.id, at: c.at, click_ids: '{}' }))).execute();
        await new Promise((resolve) => setTimeout(resolve, WRITE_MS));
      },
      committed: () => {},
      accepted: async () => {},
      forget: () => {},
    };
    const r = await rig({ consequences });
    for (let i = 0; i < 10; i++) r.writer.append(click(r, i));
    await r.ingest.tick();
    await r.ingest.flush();
    expect(seen).toEqual([10]);
    const attributed = await r.database.db.selectFrom('click_attribution').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(attributed.n)).toBe(10);
    const stage = (name: string) => r.reports.reduce<[number, number]>((sum, x) => [sum[0] + (x.stages[name]?.[0] ?? 0), sum[1] + (x.stages[name]?.[1] ?? 0)], [0, 0]);
    const [eventsNs, eventsClicks] = stage('server_events');
    const [insertNs, insertClicks] = stage('insert');
    expect(eventsClicks).toBe(10);
    expect(insertClicks).toBe(10);
    expect(eventsNs).toBeGreaterThanOrEqual(WRITE_MS * 1e6 * 0.9);
    expect(insertNs).toBeLessThan(WRITE_MS * 1e6);
    await r.database.close();
  });

  it('reports no server events stage when nothing runs after the clicks', async () => {
    const r = await rig();
    for (let i = 0; i < 10; i++) r.writer.append(click(r, i));
    await r.ingest.flush();
    expect(await r.stored()).toBe(10);
    expect(r.reports.some((x) => x.stages.insert)).toBe(true);
    expect(r.reports.some((x) => x.stages.server_events)).toBe(false);
    await r.database.close();
  });

  it('keeps a batch the database refuses, writes it once it can, and never twice', async () => {
    const r = await rig();
    for (let i = 0; i < 10; i++) r.writer.append(click(r, i));
    const other = new SQLite(r.file);
    other.exec('BEGIN EXCLUSIVE');
    await r.ingest.tick();
    expect(r.reports.some((x) => x.flushFailures > 0)).toBe(true);
    other.exec('COMMIT');
    other.close();
    r.clock.now += 60_000; // past the back-off
    await r.ingest.flush();
    expect(await r.stored()).toBe(10);
    const total = await r.database.db.selectFrom('rollups_day').select('clicks').where('link_id', '=', 'lnk_1').where('dim', '=', 'total').executeTakeFirstOrThrow();
    expect(total.clicks).toBe(10);
    await r.database.close();
  });

  it('drops clicks older than the retry bound as database_unavailable, and what close cannot write as shutdown', async () => {
    const r = await rig({ retryMaxMs: 5000 });
    for (let i = 0; i < 10; i++) r.writer.append(click(r, i));
    const other = new SQLite(r.file);
    other.exec('BEGIN EXCLUSIVE');
    try {
      r.clock.now += 6000;
      await r.ingest.tick();
      expect(r.dropped('database_unavailable')).toBe(10);
      for (let i = 0; i < 3; i++) r.writer.append(click(r, 100 + i));
      await r.ingest.close(0);
      expect(r.dropped('shutdown')).toBe(3);
      expect(r.writer.pending).toBe(0);
    } finally {
      other.exec('COMMIT');
      other.close();
      await r.database.close();
    }
  });
});
