import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import { loadConfigOrExit } from '../../config.js';
import { backupSqlite, backupStamp } from '../../storage/sqlite/sqlite-backup.js';
import { emit, type OutputOptions } from '../output.js';

/** The embedded database of a configuration (connect-sqlite.ts names it). */
export function sqliteFile(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'ricochet.db');
}

/** For backup and restore: on PostgreSQL, say what to use instead and exit. */
export function exitIfPostgres(config: Pick<Config, 'databaseUrl'>, command: string): void {
  if (!config.databaseUrl) return;
  process.stderr.write(
    `ricochet ${command} works on the embedded SQLite database; DATABASE_URL points at PostgreSQL.\n` +
      'Use pg_dump / pg_restore and point-in-time recovery instead (docs/operations.md, "Backups").\n',
  );
  process.exit(2);
}

/**
 * `ricochet backup [file]`: an online, consistent copy of the SQLite database while the server
 * keeps running (default `$DATA_DIR/backups/ricochet-<time>.db`).
 */
export async function backupCommand(file: string | undefined, opts: OutputOptions = {}): Promise<void> {
  const config = loadConfigOrExit();
  exitIfPostgres(config, 'backup');
  const source = sqliteFile(config);
  if (!fs.existsSync(source)) {
    process.stderr.write(`ricochet: no database at ${source} (check DATA_DIR)\n`);
    process.exit(1);
  }
  const destination = path.resolve(file ?? path.join(config.dataDir, 'backups', `${backupStamp(new Date())}.db`));
  if (fs.existsSync(destination)) {
    process.stderr.write(`ricochet: ${destination} already exists; name another file\n`);
    process.exit(1);
  }
  const result = await backupSqlite(source, destination);
  emit(opts, { source, file: result.file, bytes: result.bytes, pages: result.pages, ms: result.ms, integrity: 'ok' }, () =>
    `backed up ${source}\n      to ${result.file}\n${(result.bytes / 1e6).toFixed(1)} MB (${result.pages} pages) in ${result.ms} ms, integrity check ok`,
  );
}
