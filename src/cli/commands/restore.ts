import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { loadConfigOrExit } from '../../config.js';
import { MIGRATIONS } from '../../storage/migrations/index.js';
import { backupStamp, checkIntegrity, isInUse } from '../../storage/sqlite/sqlite-backup.js';
import { emit, type OutputOptions } from '../output.js';
import { exitIfPostgres, sqliteFile } from './backup.js';

function fail(message: string): never {
  process.stderr.write(`ricochet: ${message}\n`);
  process.exit(1);
}

/** Migrations recorded in a Ricochet database file, or null when it is not one. */
function appliedMigrations(file: string): string[] | null {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    const table = db.prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!table) return null;
    return (db.prepare('select name from kysely_migration order by name').all() as Array<{ name: string }>).map((r) => r.name);
  } finally {
    db.close();
  }
}

/**
 * `ricochet restore <file>`: replace the SQLite database with a backup, with the server stopped.
 * The backup is checked first (integrity, a Ricochet database, not from a newer release); the
 * current database is moved aside into `backups/`, never deleted.
 */
export async function restoreCommand(file: string, opts: OutputOptions = {}): Promise<void> {
  const config = loadConfigOrExit();
  exitIfPostgres(config, 'restore');
  const source = path.resolve(file);
  if (!fs.existsSync(source)) fail(`no such file: ${source}`);
  const target = sqliteFile(config);
  if (isInUse(target)) fail(`${target} is open in another process (a running server?): stop it, then restore`);

  // Work on a copy beside the target, so the final step is a rename on one file system.
  const staged = `${target}.restore-${process.pid}`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, staged);
  const refuse = (message: string): never => {
    fs.rmSync(staged, { force: true });
    return fail(`${message}; nothing was changed`);
  };
  try {
    let problem: string | null;
    try {
      problem = checkIntegrity(staged);
    } catch (error) {
      problem = (error as Error).message;
    }
    if (problem) refuse(`${source} is damaged or not a database (${problem})`);
    const applied = appliedMigrations(staged) ?? refuse(`${source} is not a Ricochet database`);
    const unknown = applied.filter((name) => !(name in MIGRATIONS));
    if (unknown.length > 0) refuse(`${source} comes from a newer Ricochet (migrations ${unknown.join(', ')}); upgrade Ricochet first`);

    let movedAside: string | null = null;
    if (fs.existsSync(target)) {
      movedAside = path.join(path.dirname(target), 'backups', `${backupStamp(new Date())}-before-restore.db`);
      fs.mkdirSync(path.dirname(movedAside), { recursive: true });
      fs.renameSync(target, movedAside);
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    }
    fs.renameSync(staged, target);
    emit(opts, { source, target, schema: applied.at(-1) ?? null, movedAside }, () =>
      `restored ${source}\n      to ${target} (schema ${applied.at(-1) ?? 'empty'}; pending migrations run at the next start)\n` +
        (movedAside ? `the previous database was moved to ${movedAside}\n` : ''),
    );
  } finally {
    fs.rmSync(staged, { force: true });
  }
}
