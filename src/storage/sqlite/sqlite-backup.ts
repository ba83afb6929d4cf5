import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

/**
 * Copies of the embedded database through SQLite's online backup API (sqlite.org/backup.html),
 * used by `ricochet backup`, `ricochet restore` and the backup taken before migrations.
 *
 * Consistent under load: every page is copied in one backup step, which reads one snapshot of
 * the database (WAL content included). In WAL mode a reader never blocks writers, so the server
 * keeps recording clicks meanwhile; a step-by-step copy would instead start over each time
 * another connection commits, and might never finish on a busy server.
 */
export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
  ms: number;
}

/** Pages per step: "all of them" (better-sqlite3 caps the value at 2^31 - 1). */
const ALL_PAGES = 0x7fffffff;
const BUSY_RETRIES = 50;

/**
 * Copy the database file `source` to `destination` (written under a temp name, checked with
 * `PRAGMA integrity_check` and renamed, so a file at `destination` is always a whole backup).
 */
export async function backupSqlite(source: string, destination: string): Promise<BackupResult> {
  const started = Date.now();
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const tmp = `${destination}.partial-${process.pid}`;
  fs.rmSync(tmp, { force: true });
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  let pages = 0;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const progress = await db.backup(tmp, { progress: () => ALL_PAGES });
        pages = progress.totalPages;
        break;
      } catch (error) {
        // A reader can meet SQLITE_BUSY for a moment (WAL recovery, a checkpoint resetting the WAL).
        fs.rmSync(tmp, { force: true });
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= BUSY_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    db.close();
  }
  try {
    const problem = checkIntegrity(tmp);
    if (problem) throw new Error(`the copy failed its integrity check: ${problem}`);
    fs.renameSync(tmp, destination);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  return { file: destination, bytes: fs.statSync(destination).size, pages, ms: Date.now() - started };
}

/**
 * `PRAGMA integrity_check` (or the faster `quick_check`, which skips index contents) of a
 * database file: null when it is sound, else SQLite's first complaint.
 */
export function checkIntegrity(file: string, pragma: 'integrity_check' | 'quick_check' = 'integrity_check'): string | null {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    const rows = db.pragma(pragma) as Array<Record<string, string>>;
    const first = rows[0]?.[pragma] ?? 'no answer';
    return first === 'ok' ? null : first;
  } finally {
    db.close();
  }
}

/**
 * Whether another connection (a running server, another CLI) has the database open: an exclusive
 * lock can only be taken by the only connection to a WAL database.
 */
export function isInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const db = new SQLite(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}

/** `ricochet-20261204T101500Z`: a file name part that sorts by time. */
export function backupStamp(at: Date): string {
  return `ricochet-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
}
