import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Engine } from './database.js';

/** `%term%` with LIKE wildcards in the term escaped (escape character `\`). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Case-insensitive substring match. SQLite's LIKE already ignores ASCII case; PostgreSQL needs
 * ILIKE. Both take the same explicit ESCAPE clause.
 */
export function ilike(engine: Engine, column: Expression<unknown>, term: string): RawBuilder<SqlBool> {
  const op = engine === 'postgres' ? sql`ilike` : sql`like`;
  return sql<SqlBool>`${column} ${op} ${containsPattern(term)} escape '\\'`;
}
