import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { ChangeFeed } from './change-feed.js';
import type { Schema } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/** How to open another connection to the same database (the click writer thread opens its own). */
export type ConnectionSpec = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; schema?: string };

/** An open database: the Kysely instance plus what differs between engines. */
export interface Database {
  /** Null for in-memory SQLite, which no other connection can see. */
  connection: ConnectionSpec | null;
  db: Kysely<Schema>;
  engine: Engine;
  /** The SQLite database file (null for PostgreSQL and in-memory SQLite): a second connection may open it. */
  file: string | null;
  /**
   * SQLite's connection (null for PostgreSQL) through the prepared-statement cache Kysely uses,
   * for the click writer's batch inserts (batch-insert.ts). It is the one connection Kysely has,
   * so statements run on it join Kysely's open transaction.
   */
  sqlite: { prepare(sql: string): SQLite.Statement } | null;
  /** Cheap round trip for `/readyz`. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Cross-node cache invalidation for this engine (a no-op feed on SQLite). */
  changeFeed(log: Logger): ChangeFeed;
}
