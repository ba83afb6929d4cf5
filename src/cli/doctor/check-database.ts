import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../../config.js';
import { connectDatabase } from '../../storage/connect.js';
import type { Database } from '../../storage/database.js';
import { MIGRATIONS } from '../../storage/migrations/index.js';
import { checkIntegrity } from '../../storage/sqlite/sqlite-backup.js';
import { fail, ok, warn, type Finding } from './finding.js';

const CONNECT_TIMEOUT_MS = 5000;

/** The URL without its password, for messages. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Reach the database without changing it (no migration runs): SQLite's file and directory, its
 * integrity; PostgreSQL's reachability; on both, the schema against this release's migrations.
 * Returns the open database for the checks that need it, or null.
 */
export async function checkDatabase(config: Readonly<Config>): Promise<{ database: Database | null; findings: Finding[] }> {
  const findings: Finding[] = [];
  if (!config.databaseUrl) {
    const stat = fs.statSync(config.dataDir, { throwIfNoEntry: false });
    if (stat && !stat.isDirectory()) {
      return { database: null, findings: [fail('database', `DATA_DIR ${config.dataDir} is not a directory`, 'point DATA_DIR at a directory Ricochet may write to')] };
    }
    const file = path.join(config.dataDir, 'ricochet.db');
    if (!fs.existsSync(file)) {
      const parent = stat ? config.dataDir : path.dirname(config.dataDir);
      try {
        fs.accessSync(parent, fs.constants.W_OK);
      } catch {
        return { database: null, findings: [fail('database', `no database yet, and ${parent} is not writable to create one`, `create ${config.dataDir} owned by the user Ricochet runs as`)] };
      }
      return { database: null, findings: [ok('database', `no database yet: ${file} is created at the first start`)] };
    }
    try {
      fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
      fs.accessSync(config.dataDir, fs.constants.W_OK);
    } catch {
      return { database: null, findings: [fail('database', `${file} or its directory is not writable by this user (uid ${process.getuid?.() ?? '?'})`, 'run as the user that owns DATA_DIR, or chown it to that user')] };
    }
    let problem: string | null;
    try {
      problem = checkIntegrity(file, 'quick_check');
    } catch (error) {
      problem = (error as Error).message;
    }
    if (problem) {
      return { database: null, findings: [fail('database', `${file} is damaged: ${problem}`, 'stop Ricochet and restore the latest backup: `ricochet restore <file>` (docs/operations.md)')] };
    }
    findings.push(ok('database', `SQLite ${file}: quick integrity check ok`));
  }

  const database = connectDatabase(config);
  try {
    await withTimeout(database.ping(), CONNECT_TIMEOUT_MS);
  } catch (error) {
    await database.close().catch(() => {});
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    return {
      database: null,
      findings: [fail('database', `cannot reach PostgreSQL at ${safeUrl(config.databaseUrl ?? '')}: ${reason}`, 'check DATABASE_URL (host, port, user, password, database) and that PostgreSQL accepts connections from this machine')],
    };
  }
  if (config.databaseUrl) {
    const version = await sql<{ v: string }>`show server_version`.execute(database.db);
    findings.push(ok('database', `PostgreSQL ${version.rows[0]?.v ?? '?'} at ${safeUrl(config.databaseUrl)} answers`));
  }
  findings.push(await checkSchema(database));
  return { database, findings };
}

async function checkSchema(database: Database): Promise<Finding> {
  let applied: string[];
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
    applied = rows.rows.map((r) => r.name);
  } catch {
    return ok('database', 'empty database: the schema is created at the first start');
  }
  const known = Object.keys(MIGRATIONS);
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    return fail('database', `the schema comes from a newer Ricochet (migrations ${unknown.join(', ')})`, 'run the release that wrote it, or restore a backup taken before that upgrade');
  }
  const pending = known.filter((name) => !applied.includes(name));
  if (pending.length > 0) {
    return warn('database', `${pending.length} migration(s) pending: ${pending.join(', ')}`, 'they run at the next start (on SQLite after a backup), or now with `ricochet migrate`');
  }
  return ok('database', `schema up to date (${applied.at(-1)})`);
}
