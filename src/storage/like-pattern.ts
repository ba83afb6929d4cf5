import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Engine } from './database.js';

/** `%term%` with LIKE wildcards in the term escaped (escape character `\`). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * SQLite function (registered in `connect-sqlite.ts`) that lower-cases with JavaScript's full
 * Unicode rules: SQLite's own LIKE and lower() fold ASCII only, so `über` would not find `Über`
 * there while PostgreSQL's ILIKE finds it.
 */
export const SQLITE_LOWER_FUNCTION = 'ricochet_lower';

/**
 * Case-insensitive substring match, the same on both engines: PostgreSQL's ILIKE, and on SQLite
 * LIKE over both sides lower-cased by `SQLITE_LOWER_FUNCTION`. Both take the same explicit ESCAPE
 * clause.
 */
export function ilike(engine: Engine, column: Expression<unknown>, term: string): RawBuilder<SqlBool> {
  if (engine === 'postgres') return sql<SqlBool>`${column} ilike ${containsPattern(term)} escape '\\'`;
  return sql<SqlBool>`${sql.raw(SQLITE_LOWER_FUNCTION)}(${column}) like ${containsPattern(term.toLowerCase())} escape '\\'`;
}
