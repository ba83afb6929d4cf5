import { loadConfigOrExit } from '../../config.js';
import { connectDatabase } from '../../storage/connect.js';
import { migrateToLatest } from '../../storage/migrate.js';

/** `ricochet migrate`: apply pending migrations (also done at every start). */
export async function migrate(): Promise<void> {
  const database = connectDatabase(loadConfigOrExit());
  try {
    const applied = await migrateToLatest(database, { onBackup: (file) => process.stdout.write(`backed up the database to ${file}\n`) });
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
  } finally {
    await database.close();
  }
}
