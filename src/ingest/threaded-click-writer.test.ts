/**
 * The SQLite click writer thread (ThreadedClickWriter) over a real database file: batches go
 * through the thread's own connection and are visible to the main connection once written; when
 * the thread dies, the call in flight fails (the buffer keeps and retries its clicks) and the next
 * call starts a new thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredClick } from '../core/clicks/click.js';
import { migrateToLatest } from '../storage/migrate.js';
import type { Database } from '../storage/database.js';
import { connectSqlite } from '../storage/sqlite/connect-sqlite.js';
import { ThreadedClickWriter } from './threaded-click-writer.js';

let n = 0;
function click(overrides: Partial<StoredClick> = {}): StoredClick {
  n++;
  return {
    id: `clk_thread${String(n).padStart(20, '0')}`,
    workspaceId: 'ws_thread',
    linkId: 'lnk_thread',
    domain: '',
    at: Date.UTC(2026, 10, 23, 12),
    country: 'DE',
    device: 'mobile',
    os: 'iOS',
    browser: 'Safari',
    referrerHost: null,
    utm: { utm_source: 'nl', utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null },
    clickIds: ['fbclid'],
    bot: false,
    consent: 'not_required',
    pixelsFired: ['pix_a'],
    visitorHash: `h${n}`,
    ...overrides,
  };
}

describe('ThreadedClickWriter', () => {
  let dir = '';
  let database: Database | undefined;
  let writer: ThreadedClickWriter | undefined;
  afterEach(async () => {
    await writer?.close();
    await database?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function setup() {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-thread-'));
    database = connectSqlite({ dataDir: dir });
    await migrateToLatest(database);
    writer = new ThreadedClickWriter(database.file as string, pino({ level: 'silent' }));
    return { database, writer };
  }

  const stored = async (db: Database) => (await db.db.selectFrom('clicks').selectAll().orderBy('id').execute());

  it('writes batches on its own connection, field for field, and their rollups when asked', async () => {
    const { database, writer } = await setup();
    const a = click();
    const b = click({ bot: true, consent: 'bot', pixelsFired: [], clickIds: [], country: null, utm: { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null } });
    expect(await writer.write({ clicks: [a, b], confirmations: [] })).toEqual({ clicks: 2, confirmations: 0, unmatched: [] });
    const rows = await stored(database);
    expect(rows.map((r) => [r.id, r.country, r.utm_source, r.click_ids, r.bot, r.consent, r.pixels_fired, r.visitor_hash])).toEqual([
      [a.id, 'DE', 'nl', 'fbclid', 0, 'not_required', 'pix_a', a.visitorHash],
      [b.id, null, null, '', 1, 'bot', '', b.visitorHash],
    ]);
    expect(await database.db.selectFrom('rollups_day').selectAll().execute()).toEqual([]);
    await writer.writeRollups();
    const total = await database.db.selectFrom('rollups_day').selectAll().where('link_id', '=', 'lnk_thread').where('dim', '=', 'total').executeTakeFirstOrThrow();
    expect([Number(total.clicks), Number(total.humans), Number(total.bots), Number(total.uniques)]).toEqual([2, 1, 1, 1]);
  });

  it('when the thread dies, the call in flight fails and the next call starts a new thread; a retried batch counts once', async () => {
    const { database, writer } = await setup();
    const first = [click(), click()];
    await writer.write({ clicks: first, confirmations: [] });
    const thread = (writer as unknown as { worker: Worker }).worker;
    // The thread is told to stop first, so the batch sent next is in flight when it dies.
    const dying = thread.terminate();
    const inFlight = writer.write({ clicks: [click()], confirmations: [] });
    await dying;
    await expect(inFlight).rejects.toThrow(/exited/);
    // The buffer would retry the failed batch and go on: both work on a new thread.
    const again = [first[0] as StoredClick, click()];
    expect(await writer.write({ clicks: again, confirmations: [] })).toMatchObject({ clicks: 2 });
    expect((writer as unknown as { worker: Worker }).worker).not.toBe(thread);
    const ids = (await stored(database)).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...first, again[1] as StoredClick].map((c) => c.id)));
    // Rollups: the dead thread's unwritten ones are lost (as after a hard kill, documented); the
    // new thread counts only what it inserted — the re-sent first[0] not a second time.
    await writer.writeRollups();
    const total = await database.db.selectFrom('rollups_day').selectAll().where('link_id', '=', 'lnk_thread').where('dim', '=', 'total').executeTakeFirstOrThrow();
    expect(Number(total.clicks)).toBe(1);
  });
});
