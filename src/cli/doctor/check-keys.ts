import { sql } from 'kysely';
import type { Database } from '../../storage/database.js';
import { ok, warn, type Finding } from './finding.js';

/** Whether anybody can sign in. */
export async function checkKeys(database: Database): Promise<Finding> {
  let keys: number;
  try {
    const row = await sql<{ n: number }>`select count(*) as n from api_keys`.execute(database.db);
    keys = Number(row.rows[0]?.n ?? 0);
  } catch {
    return ok('keys', 'no schema yet');
  }
  return keys > 0
    ? ok('keys', `${keys} API key(s)`)
    : warn('keys', 'no API key exists, so nobody can sign in or use the API', 'create a workspace and its owner key with `npx ricochet workspaces create <name>` (it prints the secret once)');
}
