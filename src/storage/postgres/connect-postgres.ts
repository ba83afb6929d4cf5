import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../database.js';
import { pgChangeFeed } from './pg-change-feed.js';
import type { Schema } from '../schema.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Type parsers for this pool only (no global `pg.types` patching): `bigint` columns hold epoch
 * milliseconds and counters far below 2^53, so they are read as JS numbers like SQLite does.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

export interface PostgresOptions {
  url: string;
  /** Use this schema (created if missing) instead of `public`: tests get one each. */
  schema?: string;
  poolSize?: number;
}

export function connectPostgres(options: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types,
    // A dead server must fail fast so the click writer can buffer and retry.
    connectionTimeoutMillis: 5000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its server emits 'error' on the pool; without a listener that
  // would crash the process. The next query reconnects.
  pool.on('error', () => {});
  // Same for a client that is checked out when its server goes away (e.g. PostgreSQL
  // restarting): its query rejects, which the caller handles; the 'error' event must not kill
  // the process and the clicks it is holding.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    connection: { engine: 'postgres', url: options.url, ...(options.schema ? { schema: options.schema } : {}) },
    engine: 'postgres',
    file: null,
    sqlite: null,
    async ping() {
      await sql`select 1`.execute(db);
    },
    changeFeed: (log) => pgChangeFeed({ url: options.url, pool, log, ...(options.schema ? { schema: options.schema } : {}) }),
    async close() {
      // Idempotent: the server and a test harness may both close the same database.
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
