import { loadConfigOrExit } from '../../config.js';
import { connectDatabase } from '../../storage/connect.js';
import { migrateToLatest } from '../../storage/migrate.js';
import { emit, type OutputOptions } from '../output.js';

/** `ricochet migrate`: apply pending migrations (also done at every start). */
export async function migrate(opts: OutputOptions = {}): Promise<void> {
  const database = connectDatabase(loadConfigOrExit());
  try {
    let backup: string | null = null;
    const applied = await migrateToLatest(database, {
      onBackup: (file) => {
        backup = file;
        if (!opts.json) process.stdout.write(`backed up the database to ${file}\n`);
      },
    });
    emit(opts, { applied, backup }, () => (applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date'));
  } finally {
    await database.close();
  }
}
