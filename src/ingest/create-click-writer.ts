import { sql } from 'kysely';
import type { Logger } from 'pino';
import { ClickSink } from '../storage/click-sink.js';
import type { Database } from '../storage/database.js';
import { ClickWriter, type ClickWriterPort } from './click-writer.js';
import { ThreadedClickWriter } from './threaded-click-writer.js';

/** Batches written at once on PostgreSQL (two of the pool's ten connections). */
const POSTGRES_WRITE_CONCURRENCY = 2;

/**
 * The click writer for a database: on a thread of its own for an SQLite file (see
 * `ThreadedClickWriter`), on the event loop for PostgreSQL (its driver is asynchronous) and
 * in-memory SQLite (a second connection could not see it).
 */
export async function createClickWriter(database: Database, log: Logger): Promise<ClickWriterPort> {
  if (database.engine === 'postgres') return new ClickWriter(new ClickSink(database), POSTGRES_WRITE_CONCURRENCY);
  if (database.file === null) return new ClickWriter(new ClickSink(database));
  // The writer thread takes every checkpoint; one here would run on the event loop.
  await sql`pragma wal_autocheckpoint = 0`.execute(database.db);
  return new ThreadedClickWriter(database.file, log);
}
