import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { connectSqlite } from './connect-sqlite.js';

/** Another connection to the same file (the click writer thread's, the CLI's) holding the write lock. */
function holdWriteLock(file: string): { release(): void } {
  const other = new SQLite(file);
  other.exec('BEGIN IMMEDIATE');
  other.exec("insert into notes (body) values ('from the other connection')");
  return {
    release() {
      other.exec('COMMIT');
      other.close();
    },
  };
}

/**
 * Run `work` while a 5 ms interval ticks, and call `onTick(n)` on each tick. The lock is released
 * from a tick (not after a fixed time), so what the test shows does not depend on how fast the
 * machine is: the write can only go through if the event loop ran timers while it waited. A
 * driver that blocked the loop would run no tick, the lock would never be released, and the
 * write would fail with SQLITE_BUSY after `lockWaitMs`.
 */
async function ticksDuring<T>(work: () => Promise<T>, onTick: (n: number) => void): Promise<{ value: T; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => onTick(++ticks), 5);
  try {
    return { value: await work(), ticks };
  } finally {
    clearInterval(timer);
  }
}

describe('SQLite: waiting for another connection’s write lock', () => {
  let dir: string;
  let file: string;
  let database: Database;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-lock-'));
    file = path.join(dir, 'ricochet.db');
    database = connectSqlite({ file }, { lockWaitMs: 1000 });
    await sql`create table notes (id integer primary key, body text not null)`.execute(database.db);
  });

  afterEach(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a write waits on timers, not by blocking the event loop, and goes through once the lock is free', async () => {
    const lock = holdWriteLock(file);
    let releasedAt = 0;
    const release = (n: number) => {
      if (n === 3) {
        releasedAt = n;
        lock.release();
      }
    };
    const { ticks } = await ticksDuring(() => sql`insert into notes (body) values ('mine')`.execute(database.db), release);
    expect(releasedAt).toBe(3);
    expect(ticks).toBeGreaterThanOrEqual(3);
    const rows = await sql<{ body: string }>`select body from notes order by id`.execute(database.db);
    expect(rows.rows.map((r) => r.body)).toEqual(['from the other connection', 'mine']);
  });

  it('a transaction takes the lock at BEGIN and waits there, so none of its statements meets a busy lock', async () => {
    const lock = holdWriteLock(file);
    const { value, ticks } = await ticksDuring(
      () => database.db.transaction().execute(async (trx) => {
        // A read first: in a deferred transaction this snapshot would predate the other commit and the write would fail.
        const before = await sql<{ n: number }>`select count(*) as n from notes`.execute(trx);
        await sql`insert into notes (body) values ('in a transaction')`.execute(trx);
        return before.rows[0]?.n;
      }),
      (n) => n === 3 && lock.release(),
    );
    expect(value).toBe(1);
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('reads go on while another connection holds the write lock (WAL)', async () => {
    await sql`insert into notes (body) values ('committed')`.execute(database.db);
    const lock = holdWriteLock(file);
    try {
      const rows = await sql<{ body: string }>`select body from notes`.execute(database.db);
      expect(rows.rows).toEqual([{ body: 'committed' }]);
    } finally {
      lock.release();
    }
  });

  it('gives up after lockWaitMs with SQLITE_BUSY and nothing written (the API answers 503)', async () => {
    const lock = holdWriteLock(file);
    const started = Date.now();
    try {
      await expect(sql`insert into notes (body) values ('too late')`.execute(database.db)).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    } finally {
      lock.release();
    }
    const rows = await sql<{ body: string }>`select body from notes`.execute(database.db);
    expect(rows.rows.map((r) => r.body)).toEqual(['from the other connection']);
  });
});
