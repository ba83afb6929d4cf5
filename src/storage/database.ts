import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/** An open database: the Kysely instance plus what differs between engines. */
export interface Database {
  db: Kysely<Schema>;
  engine: Engine;
  /** Cheap round trip for `/readyz`. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
