import type { Config } from '../config.js';
import type { Database } from './database.js';
import { connectPostgres } from './postgres/connect-postgres.js';
import { connectSqlite } from './sqlite/connect-sqlite.js';

/** PostgreSQL when `DATABASE_URL` is set, the embedded SQLite file in `DATA_DIR` otherwise. */
export function connectDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Database {
  return config.databaseUrl ? connectPostgres({ url: config.databaseUrl }) : connectSqlite({ dataDir: config.dataDir });
}
