import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './database.js';

/** A column and its PostgreSQL type (for `unnest($n::type[])`). */
export type BatchColumn = readonly [name: string, pgType: 'text' | 'bigint' | 'integer' | 'bytea'];

/** Rows per SQLite statement: 64 rows × ≤ 20 columns stays far below SQLite's 32,766 parameters. */
const SQLITE_ROWS_PER_STATEMENT = 64;

/**
 * A batch INSERT for the click writer, by hand: for batches of thousands of rows Kysely's builder
 * (parsing, freezing and compiling every value node) costs more than the database does.
 *
 * - SQLite: multi-row `VALUES (…),(…)` statements of 64 rows, prepared once per shape through
 *   the connection's statement cache and run synchronously on the transaction's connection
 *   (better-sqlite3 has one), skipping Kysely's per-query promise round trip.
 * - PostgreSQL: one statement per batch whatever its size, `SELECT * FROM unnest($1::text[], …)`
 *   with one array parameter per column: parsing and binding cost per column, not per value.
 *
 * `tail` (e.g. an ON CONFLICT clause) is appended verbatim: callers pass constants only.
 * @example await batchInsert(trx, database, 'clicks', [['id', 'text'], ['at', 'bigint']], [['clk_1', 1]], 'on conflict do nothing')
 */
export async function batchInsert(
  trx: Kysely<any>,
  database: Pick<Database, 'engine' | 'sqlite'>,
  table: string,
  columns: readonly BatchColumn[],
  rows: ReadonlyArray<readonly unknown[]>,
  tail = '',
): Promise<void> {
  if (rows.length === 0) return;
  if (database.sqlite === null) {
    const params = columns.map((_, j) => rows.map((row) => row[j]));
    await trx.executeQuery(CompiledQuery.raw(postgresText(table, columns, tail), params));
    return;
  }
  const width = columns.length;
  const full = Math.floor(rows.length / SQLITE_ROWS_PER_STATEMENT) * SQLITE_ROWS_PER_STATEMENT;
  if (full > 0) {
    const statement = database.sqlite.prepare(sqliteText(table, columns, tail, SQLITE_ROWS_PER_STATEMENT));
    const params = new Array<unknown>(width * SQLITE_ROWS_PER_STATEMENT);
    for (let start = 0; start < full; start += SQLITE_ROWS_PER_STATEMENT) {
      for (let r = 0; r < SQLITE_ROWS_PER_STATEMENT; r++) {
        const row = rows[start + r] as readonly unknown[];
        for (let j = 0; j < width; j++) params[r * width + j] = row[j];
      }
      statement.run(params);
    }
  }
  if (full < rows.length) {
    const rest = rows.slice(full);
    database.sqlite.prepare(sqliteText(table, columns, tail, rest.length)).run(rest.flat());
  }
}

const texts = new Map<string, string>();

function cached(key: string, build: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    text = build();
    if (texts.size > 500) texts.clear();
    texts.set(key, text);
  }
  return text;
}

const names = (columns: readonly BatchColumn[]) => columns.map(([name]) => name).join(',');

function sqliteText(table: string, columns: readonly BatchColumn[], tail: string, rows: number): string {
  return cached(`sqlite|${table}|${names(columns)}|${tail}|${rows}`, () => {
    const one = `(${columns.map(() => '?').join(',')})`;
    return `insert into ${table} (${names(columns)}) values ${Array.from({ length: rows }, () => one).join(',')} ${tail}`;
  });
}

function postgresText(table: string, columns: readonly BatchColumn[], tail: string): string {
  return cached(`postgres|${table}|${names(columns)}|${tail}`, () => {
    const arrays = columns.map(([, type], j) => `$${j + 1}::${type}[]`).join(', ');
    return `insert into ${table} (${names(columns)}) select * from unnest(${arrays}) ${tail}`;
  });
}
