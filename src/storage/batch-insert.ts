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
  for (const row of rows) for (const value of row) params.push(value);
  const text = statementText(engine, table, columns, rows.length, tail);
  const result = await db.executeQuery<R>(CompiledQuery.raw(text, params));
  return result.rows;
}

const texts = new Map<string, string>();

/** The statement for a row count, built once: a 500-row INSERT has thousands of placeholders. */
function statementText(engine: Engine, table: string, columns: readonly string[], rowCount: number, tail: string): string {
  const key = `${engine}|${table}|${columns.join(',')}|${rowCount}|${tail}`;
  let text = texts.get(key);
  if (text === undefined) {
    const tuples: string[] = [];
    let n = 0;
    for (let r = 0; r < rowCount; r++) {
      const marks = columns.map(() => (engine === 'postgres' ? `$${++n}` : '?'));
      tuples.push(`(${marks.join(',')})`);
    }
    text = `insert into ${table} (${columns.join(',')}) values ${tuples.join(',')} ${tail}`;
    if (texts.size > 500) texts.clear();
    texts.set(key, text);
  }
  return text;
}
