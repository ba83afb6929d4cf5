import path from 'node:path';
import { Migrator, sql, type MigrationResultSet } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from './database.js';
import { MIGRATIONS } from './migrations/index.js';
import { backupSqlite, backupStamp } from './sqlite/sqlite-backup.js';

export interface MigrateOptions {
  log?: Logger;
  /** The time for the backup's file name (the clock port in the server; now by default). */
  now?: number;
  /** Told the file of the backup taken before migrating, if one was. */
  onBackup?: (file: string) => void;
}

/**
 * Apply every pending migration; throws with the failing migration's name.
 *
 * On a SQLite file that already holds data (some migrations applied, more pending), a backup
 * is taken first, to `backups/ricochet-<time>-before-<migration>.db` beside the database: an
 * upgrade that goes wrong can be undone with `ricochet restore` (docs/operations.md).
 */
export async function migrateToLatest(database: Database, options: MigrateOptions = {}): Promise<string[]> {
  // On PostgreSQL, keep the migration bookkeeping in the schema we migrate (the first on the
  // search_path): Kysely otherwise finds another schema's bookkeeping tables in the same database
  // and fails, which breaks a second Ricochet (or test) schema in one database.
  const schema =
    database.engine === 'postgres'
      ? ((await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]?.schema ?? 'public')
      : undefined;
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  if (database.file !== null) await backupBeforeMigrating(database.file, migrator, options);
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (applied.length > 0) options.log?.info({ applied }, 'applied database migrations');
  return applied;
}

async function backupBeforeMigrating(file: string, migrator: Migrator, options: MigrateOptions): Promise<string | null> {
  const migrations = await migrator.getMigrations();
  const applied = migrations.filter((m) => m.executedAt !== undefined);
  const pending = migrations.filter((m) => m.executedAt === undefined);
  if (applied.length === 0 || pending.length === 0) return null;
  const destination = path.join(path.dirname(file), 'backups', `${backupStamp(new Date(options.now ?? Date.now()))}-before-${pending[0]!.name}.db`);
  const result = await backupSqlite(file, destination);
  options.onBackup?.(result.file);
  options.log?.info({ file: result.file, bytes: result.bytes, ms: result.ms, pending: pending.map((m) => m.name) }, 'backed up the database before migrating');
  return result.file;
}
