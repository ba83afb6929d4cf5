/**
 * The columns of a links CSV file (`ricochet links import`, the dashboard's bulk create) and how a
 * header row maps onto them. Headers match whatever their case, spacing and punctuation
 * (`URL`, `Redirect Type`, `utm-source` all match), so spreadsheets exported by people import as
 * they are. Pure: no I/O.
 */
import { UTM_FIELDS } from './link-utm.js';

export const LINK_CSV_COLUMNS = ['url', 'slug', 'domain', 'title', 'tags', 'redirectType', 'externalId', 'expiresAt', ...UTM_FIELDS.map((f) => `utm_${f}` as const)] as const;
export type LinkCsvColumn = (typeof LINK_CSV_COLUMNS)[number];

/** Other names people give the destination column. */
const ALIASES: Record<string, LinkCsvColumn> = { destination: 'url', destinationurl: 'url', longurl: 'url', targeturl: 'url' };

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const BY_KEY = new Map<string, LinkCsvColumn>([...LINK_CSV_COLUMNS.map((c) => [normalise(c), c] as const), ...Object.entries(ALIASES)]);

export interface HeaderMap {
  /** For each cell position, the column it fills, or null when it is ignored. */
  columns: Array<LinkCsvColumn | null>;
  /** Header cells that name no column, as written: warned about, their cells ignored. */
  unknown: string[];
  /** Columns named twice (ambiguous: which one counts?). */
  duplicates: LinkCsvColumn[];
}

/** @example mapHeader(['URL', 'Slug', 'Notes']) // { columns: ['url', 'slug', null], unknown: ['Notes'], duplicates: [] } */
export function mapHeader(cells: readonly string[]): HeaderMap {
  const seen = new Set<LinkCsvColumn>();
  const duplicates: LinkCsvColumn[] = [];
  const unknown: string[] = [];
  const columns = cells.map((cell) => {
    const column = BY_KEY.get(normalise(cell)) ?? null;
    if (column === null) {
      if (cell.trim()) unknown.push(cell.trim());
    } else if (seen.has(column)) duplicates.push(column);
    else seen.add(column);
    return column;
  });
  return { columns, unknown, duplicates };
}

/** A first row that holds a link where a header would name columns: the file has no header row. */
export function looksHeaderless(cells: readonly string[]): boolean {
  return cells.some((c) => /^\s*https?:\/\//i.test(c));
}

/**
 * One data row as the API's `LinkCreate` body: only non-empty cells; tags split on `|` or `;`;
 * `redirectType` as a number when it is one (the schema then judges it).
 */
export function rowToBody(columns: HeaderMap['columns'], cells: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const utm: Record<string, string> = {};
  columns.forEach((column, i) => {
    const value = (cells[i] ?? '').trim();
    if (column === null || value === '') return;
    if (column.startsWith('utm_')) utm[column.slice(4)] = value;
    else if (column === 'tags') body.tags = value.split(/[|;]/).map((t) => t.trim()).filter(Boolean);
    else if (column === 'redirectType') body.redirectType = /^\d+$/.test(value) ? Number(value) : value;
    else body[column] = value;
  });
  if (Object.keys(utm).length > 0) body.utm = utm;
  if (!('url' in body)) body.url = '';
  return body;
}
