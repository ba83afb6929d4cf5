import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { localChangeFeed } from '../change-feed.js';
import type { Database } from '../database.js';
import type { Schema } from '../schema.js';

/**
 * Open (creating if needed) `<dataDir>/ricochet.db` in WAL mode.
 * WAL lets the API read while the click writer writes; `synchronous=NORMAL` is durable across
 * process crashes in WAL mode (SQLite docs, "WAL mode"), only a power cut may lose the last commit.
 */
export function connectSqlite(fileOrDir: { dataDir: string } | { file: string }): Database {
  const file = 'file' in fileOrDir ? fileOrDir.file : path.join(fileOrDir.dataDir, 'ricochet.db');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  let closed = false;
  return {
    db,
    engine: 'sqlite',
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
