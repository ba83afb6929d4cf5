import { CompiledQuery, type Kysely } from 'kysely';
import type { Engine } from './database.js';

/**
 * A multi-row INSERT compiled by hand: for the click writer's batches of hundreds of rows,
 * Kysely's builder (parsing, freezing and compiling every value node) costs more than the
 * database does. The SQL text only depends on the row count, so SQLite's statement cache
 * (connect-sqlite.ts) re-uses the prepared statement across batches.
 *
 * `tail` is appended verbatim (ON CONFLICT …, RETURNING …): callers pass constants only.
 * @example await batchInsert(trx, 'sqlite', 'clicks', ['id', 'at'], [['clk_1', 1]], 'on conflict (id) do nothing')
 */
export async function batchInsert<R = unknown>(
  db: Kysely<any>,
  engine: Engine,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
  tail = '',
): Promise<R[]> {
  if (rows.length === 0) return [];
  const params: unknown[] = [];
  const tuples: string[] = [];
  for (const row of rows) {
    const marks: string[] = [];
    for (const value of row) {
      params.push(value);
      marks.push(engine === 'postgres' ? `$${params.length}` : '?');
    }
    tuples.push(`(${marks.join(',')})`);
  }
  const text = `insert into ${table} (${columns.join(',')}) values ${tuples.join(',')} ${tail}`;
  const result = await db.executeQuery<R>(CompiledQuery.raw(text, params));
  return result.rows;
}
