/**
 * Bulk create input → link bodies. Accepts:
 * - one URL per line;
 * - CSV lines `url,slug,tags` (slug and tags optional; tags separated by `|` or `;`);
 * - a CSV file with a header row naming any of the CLI import's columns (src/core/link-csv.ts) in
 *   any order and any case (`URL`, `Redirect Type`); unknown columns are named in `warnings`;
 * - the same with tabs (pasted from a spreadsheet).
 * Blank lines and lines starting with `#` are skipped. Pure, so it is unit-tested.
 */
import { looksHeaderless, mapHeader, rowToBody } from '../../../src/core/link-csv.js';
import type { LinkCreateBody } from './types.js';

export interface BulkRow {
  /** 1-based line of the input the row came from, for per-row results. */
  line: number;
  body: LinkCreateBody;
}

export interface BulkParse {
  rows: BulkRow[];
  problems: Array<{ line: number; message: string }>;
  /** Things worth saying that stop nothing (columns that were ignored). */
  warnings: string[];
}

const COLUMNS = ['url', 'slug', 'tags', 'title', 'domain'] as const;
type Column = (typeof COLUMNS)[number];

/** RFC 4180 records with their starting line; quotes may hold delimiters, `""` and newlines. */
export function parseDelimited(text: string, delimiter: string): Array<{ line: number; cells: string[] }> {
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const end = () => {
    cells.push(cell);
    records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      end();
      line++;
      start = line;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || cells.length > 0) end();
  return records;
}

function splitTags(cell: string): string[] {
  return [...new Set(cell.split(/[|;,]/).map((t) => t.trim()).filter(Boolean))];
}

export function parseBulkInput(text: string): BulkParse {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const records = parseDelimited(text.replace(/^\uFEFF/, ''), delimiter).filter(
    (r) => r.cells.some((c) => c.trim() !== '') && !r.cells[0]!.trimStart().startsWith('#'),
  );

  const rows: BulkRow[] = [];
  const problems: BulkParse['problems'] = [];
  const warnings: string[] = [];
  const head = records[0]?.cells ?? [];
  const header = head.length && !looksHeaderless(head) ? mapHeader(head) : null;
  if (header && header.columns.includes('url')) {
    records.shift();
    if (header.unknown.length) warnings.push(`Ignored column${header.unknown.length > 1 ? 's' : ''} not known to Ricochet: ${header.unknown.join(', ')}.`);
    for (const { line, cells } of records) {
      const body = rowToBody(header.columns, cells) as LinkCreateBody;
      if (!body.url) problems.push({ line, message: 'No URL on this line.' });
      else rows.push({ line, body });
    }
    return { rows, problems, warnings };
  }
  const order: Array<Column | null> = ['url', 'slug', 'tags'];
  for (const { line, cells } of records) {
    const get = (col: Column) => {
      const i = order.indexOf(col);
      return i === -1 ? '' : (cells[i] ?? '').trim();
    };
    const url = get('url');
    if (!url) {
      problems.push({ line, message: 'No URL on this line.' });
      continue;
    }
    const body: LinkCreateBody = { url };
    const slug = get('slug');
    const tags = splitTags(get('tags'));
    const title = get('title');
    const domain = get('domain');
    if (slug) body.slug = slug;
    if (tags.length) body.tags = tags;
    if (title) body.title = title;
    if (domain) body.domain = domain;
    rows.push({ line, body });
  }
  return { rows, problems, warnings };
}

/** Split into chunks of at most `size` (the API takes 1,000 per call; smaller chunks show progress). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
