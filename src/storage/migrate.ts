import { Migrator, sql, type MigrationResultSet } from 'kysely';
import type { Database } from './database.js';
import { MIGRATIONS } from './migrations/index.js';

/** Apply every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(database: Database): Promise<string[]> {
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
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
