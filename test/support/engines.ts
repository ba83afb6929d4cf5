/**
 * The database engines a test file runs against. `TEST_ENGINES` (comma list, default
 * `sqlite` plus `postgres` when TEST_DATABASE_URL is set) narrows it; `npm test` sets both and
 * starts a throwaway PostgreSQL, so both always run in CI.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Database, Engine } from '../../src/storage/database.js';
import { connectPostgres } from '../../src/storage/postgres/connect-postgres.js';
import { connectSqlite } from '../../src/storage/sqlite/connect-sqlite.js';

export interface TestDatabase {
  database: Database;
  /** For SQLite, the file; for PostgreSQL, the connection URL and schema. */
  location: { file?: string; url?: string; schema?: string };
  /** Close and remove the file / drop the schema. */
  dispose(): Promise<void>;
}

export function testEngines(): Engine[] {
  const listed = process.env.TEST_ENGINES?.split(',').map((s) => s.trim()).filter(Boolean);
  const engines = (listed ?? (process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'])) as Engine[];
  for (const e of engines) {
    if (e !== 'sqlite' && e !== 'postgres') throw new Error(`TEST_ENGINES: unknown engine ${e}`);
    if (e === 'postgres' && !process.env.TEST_DATABASE_URL) {
      throw new Error('TEST_ENGINES includes postgres but TEST_DATABASE_URL is not set (run `npm test`, which starts one).');
    }
  }
  return engines;
}

/** A fresh, empty database of the engine: a temp SQLite file (WAL), or a new PostgreSQL schema. */
export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-test-'));
    const file = path.join(dir, 'ricochet.db');
    const database = connectSqlite({ file });
    return {
      database,
      location: { file },
      async dispose() {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL as string;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = connectPostgres({ url, schema, poolSize: 5 });
  return {
    database,
    location: { url, schema },
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
