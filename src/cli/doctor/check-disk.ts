import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import { fail, ok, warn, type Finding } from './finding.js';

const MB = 1024 * 1024;
/** A write-ahead log this large means checkpoints cannot keep up (a reader holds a snapshot). */
const WAL_WARN_BYTES = 1024 * MB;

function nearestExisting(dir: string): string {
  let current = dir;
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/** Free space where the data lives (SQLite, backups, local state), and the SQLite files' sizes. */
export function checkDisk(config: Readonly<Config>, minFreeMb: number): Finding[] {
  const dir = nearestExisting(config.dataDir);
  const stat = fs.statfsSync(dir);
  const free = stat.bavail * stat.bsize;
  const total = stat.blocks * stat.bsize;
  const where = `${dir}: ${(free / MB / 1024).toFixed(1)} GB free of ${(total / MB / 1024).toFixed(1)} GB`;
  const findings: Finding[] = [];
  if (free < minFreeMb * MB) {
    findings.push(
      fail('disk', `${where}, under the ${minFreeMb} MB minimum`, 'free space or move DATA_DIR to a larger volume: with a full disk SQLite stops taking clicks (they are buffered, then dropped)'),
    );
  } else {
    findings.push(ok('disk', where));
  }
  if (!config.databaseUrl) {
    let wal: fs.Stats | undefined;
    try {
      wal = fs.statSync(path.join(config.dataDir, 'ricochet.db-wal'));
    } catch {
      wal = undefined; // no WAL (or DATA_DIR is no directory: the database check says so)
    }
    if (wal && wal.size > WAL_WARN_BYTES) {
      findings.push(
        warn('disk', `the write-ahead log is ${(wal.size / MB).toFixed(0)} MB`, 'a long-lived reader (a stuck backup, an open sqlite3 shell) keeps it from being checkpointed: close it'),
      );
    }
  }
  return findings;
}
