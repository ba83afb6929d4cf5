import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { localChangeFeed } from '../change-feed.js';
import type { Database } from '../database.js';
import { SQLITE_LOWER_FUNCTION } from '../like-pattern.js';
import type { Schema } from '../schema.js';
import { NonBlockingSqliteDialect } from './non-blocking-dialect.js';

/** Long enough for the click writer's largest transaction; an API write waits this long at most. */
const DEFAULT_LOCK_WAIT_MS = 5000;

/**
 * Open (creating if needed) `<dataDir>/ricochet.db` in WAL mode.
 * WAL lets the API read while the click writer writes; `synchronous=NORMAL` is durable across
 * process crashes in WAL mode (SQLite docs, "WAL mode"), only a power cut may lose the last commit.
 */
export interface SqliteOptions {
  /** How long a statement waits (asynchronously) for another connection's write lock (default 5 s). */
  lockWaitMs?: number;
  /** `PRAGMA wal_autocheckpoint` (pages; SQLite's default is 1,000, 0 turns it off). */
  autoCheckpointPages?: number;
}

export function connectSqlite(fileOrDir: { dataDir: string } | { file: string }, options: SqliteOptions = {}): Database {
  const file = 'file' in fileOrDir ? fileOrDir.file : path.join(fileOrDir.dataDir, 'ricochet.db');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Deleted rows (rotated visitor salts, deleted keys and links) are overwritten with zeros
  // instead of lingering in free pages a copy of the file would carry. Per connection: every
  // connection that deletes needs it. Its cost on click ingest is in docs/benchmarks.md.
  sqlite.pragma('secure_delete = ON');
  // Never wait for a lock inside SQLite: better-sqlite3 would block the thread (on the event loop,
  // every redirect) while another writer (the click writer thread, the CLI) holds it. The dialect
  // waits with timers instead, and a write that still finds it taken fails (API: 503 UNAVAILABLE).
  sqlite.pragma('busy_timeout = 0');
  // A checkpoint runs in whichever connection commits past the threshold. The click writer
  // thread takes them all (after its commits, with the write lock released), so a connection on
  // the event loop is opened with 0 (never) next to it.
  if (options.autoCheckpointPages !== undefined) sqlite.pragma(`wal_autocheckpoint = ${options.autoCheckpointPages}`);
  // Unicode-aware lower-casing for case-insensitive search (see like-pattern.ts).
  sqlite.function(SQLITE_LOWER_FUNCTION, { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value));
  const statements = withStatementCache(sqlite);
  const db = new Kysely<Schema>({ dialect: new NonBlockingSqliteDialect({ database: statements, lockWaitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS }) });
  let closed = false;
  return {
    db,
    connection: file === ':memory:' ? null : { engine: 'sqlite', file },
    engine: 'sqlite',
    file: file === ':memory:' ? null : file,
    sqlite: statements,
    async ping() {
      await sql`select 1`.execute(db);
    },
    changeFeed: () => localChangeFeed,
    async close() {
      // Idempotent: the server and a test harness may both close the same database.
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every query afresh; preparing is a good part of a small query's cost in
 * better-sqlite3. This keeps the most recent prepared statements by SQL text (queries are
 * parameterised, so their text repeats). Kysely only needs `prepare` and `close` (its
 * `SqliteDatabase` interface); statements are run one at a time on this single connection.
 */
function withStatementCache(sqlite: SQLite.Database): { prepare(sql: string): SQLite.Statement; close(): void } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
    close() {
      sqlite.close();
    },
  };
}
