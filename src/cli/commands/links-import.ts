import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { AppContext } from '../../app/context.js';
import { checkLinkCreate } from '../../app/links/check-link-create.js';
import { createLink } from '../../app/links/create-link.js';
import type { LinkInput } from '../../app/links/link-input.js';
import { shortUrl } from '../../app/links/resolve-domain.js';
import { upsertLink } from '../../app/links/upsert-link.js';
import { csvLine } from '../../core/clicks/csv.js';
import { AppError } from '../../core/errors.js';
import { LINK_CSV_COLUMNS, looksHeaderless, mapHeader, rowToBody, type HeaderMap } from '../../core/link-csv.js';
import { validationError } from '../../http/api/render-error.js';
import { LinkCreate } from '../../http/api/schemas/link-schemas.js';
import { workspaceByNameOrThrow } from '../find-workspace.js';
import { ImportStateFile, type ImportState } from '../import-state.js';
import { emit, type OutputOptions } from '../output.js';
import { progressBar } from '../progress.js';
import { withContext } from '../with-context.js';

export const IMPORT_COLUMNS = LINK_CSV_COLUMNS;

export interface ImportOptions extends OutputOptions {
  workspace: string;
  dryRun?: boolean;
  resume?: boolean;
  restart?: boolean;
  /** Write every row's outcome to this CSV file. */
  report?: string;
}

export type RowAction = 'created' | 'updated' | 'would_create' | 'would_update' | 'skipped';
export interface RowResult {
  /** Line of the file the row starts on (1 is the header). */
  line: number;
  ok: boolean;
  action?: RowAction;
  id?: string;
  shortUrl?: string;
  error?: { code: string; message: string; details?: unknown };
}

interface Row {
  line: number;
  cells: string[];
}

/** The file's rows, each with the line it starts on; a file that is not CSV is CSV_INVALID. */
function readRows(file: string, contents: Buffer): Row[] {
  try {
    const records = parse(contents, { bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return records.map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (error) {
    throw new AppError('CSV_INVALID', `${file} is not a CSV file this importer can read: ${(error as Error).message}`, { reason: 'unreadable' });
  }
}

/** The header row, or the clear refusal: no header at all, or no `url` column. */
function headerOf(file: string, first: Row | undefined): HeaderMap {
  if (!first) throw new AppError('CSV_INVALID', `${file} is empty: it needs a header row and one row per link.`, { reason: 'empty' });
  if (looksHeaderless(first.cells)) {
    throw new AppError('CSV_INVALID', `${file} has no header row: its first line holds a link. Add a first line naming the columns, e.g. "url,slug,tags".`, { reason: 'no_header' });
  }
  const header = mapHeader(first.cells);
  if (!header.columns.includes('url')) {
    throw new AppError('CSV_INVALID', `${file} has no "url" column (its header reads: ${first.cells.join(', ')}). Columns: ${LINK_CSV_COLUMNS.join(', ')}.`, { reason: 'no_url_column' });
  }
  if (header.duplicates.length > 0) {
    throw new AppError('CSV_INVALID', `${file} names the column${header.duplicates.length > 1 ? 's' : ''} ${header.duplicates.join(', ')} twice; keep one of each.`, { reason: 'duplicate_columns', columns: header.duplicates });
  }
  return header;
}

/** One row to a link input, judged by the API's own schema (so its messages are the API's). */
function inputOf(header: HeaderMap, row: Row, width: number): LinkInput {
  if (row.cells.length > width && row.cells.slice(width).some((c) => c.trim() !== '')) {
    throw new AppError('CSV_INVALID', `This row has ${row.cells.length} cells but the header names ${width}: put quotes around values that contain commas ("a, b").`, { reason: 'cell_count' });
  }
  const parsed = LinkCreate.safeParse(rowToBody(header.columns, row.cells));
  if (!parsed.success) throw validationError(parsed.error, 'json');
  return parsed.data as LinkInput;
}

async function importRow(ctx: AppContext, workspaceId: string, input: LinkInput, dryRun: boolean, claimed: Set<string>): Promise<Omit<RowResult, 'line'>> {
  if (dryRun) return { ok: true, action: (await checkLinkCreate(ctx, workspaceId, input, claimed)) === 'update' ? 'would_update' : 'would_create' };
  const { externalId, ...rest } = input;
  const result = externalId ? await upsertLink(ctx, workspaceId, externalId, rest) : { created: true, link: await createLink(ctx, workspaceId, input) };
  return { ok: true, action: result.created ? 'created' : 'updated', id: result.link.id, shortUrl: shortUrl(ctx, result.link.domain, result.link.slug) };
}

function errorOf(error: unknown): NonNullable<RowResult['error']> {
  if (!(error instanceof AppError)) throw error;
  return { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) };
}

/**
 * `ricochet links import <file.csv>`: one link per row, each created on its own (a bad row is
 * reported and skipped, the others go ahead), judged by the API's own rules and reported in its
 * words. Headers match case-insensitively; unknown columns are named and ignored; a file without
 * a header row is refused. A row with an `externalId` updates the link that has it, so importing
 * a file again changes nothing. `--dry-run` checks every row and writes nothing; an interrupted
 * import continues with `--resume`; `--report` writes each row's outcome as CSV.
 */
export async function linksImport(file: string, opts: ImportOptions): Promise<void> {
  let contents: Buffer;
  try {
    contents = fs.readFileSync(file);
  } catch (error) {
    throw new AppError('CSV_INVALID', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`, { reason: 'unreadable' });
  }
  const [first, ...rows] = readRows(file, contents);
  const header = headerOf(file, first);
  const warnings = header.unknown.length ? [`Ignored column${header.unknown.length > 1 ? 's' : ''} not known to Ricochet: ${header.unknown.join(', ')} (columns: ${LINK_CSV_COLUMNS.join(', ')}).`] : [];
  if (!opts.json) for (const w of warnings) process.stderr.write(`ricochet: warning: ${w}\n`);

  await withContext(async (ctx) => {
    const workspace = await workspaceByNameOrThrow(ctx, opts.workspace);
    const stateFile = new ImportStateFile(ctx.config.dataDir, contents, workspace.id);
    let state = opts.dryRun ? null : stateFile.read();
    if (state && opts.restart) state = null;
    if (state && !opts.resume) throw new AppError('IMPORT_UNFINISHED', `An earlier import of ${file} into "${workspace.name}" stopped after ${state.done} of ${rows.length} rows (${state.updatedAt}): add --resume to continue after it, or --restart to start over.`, { done: state.done, total: rows.length });
    if (!state && opts.resume && !opts.dryRun) process.stderr.write(`ricochet: nothing to resume for ${file}; importing from the start\n`);
    const now = new Date().toISOString();
    const progress: ImportState = state ?? { file, workspaceId: workspace.id, done: 0, created: 0, updated: 0, failed: 0, startedAt: now, updatedAt: now };

    const results: RowResult[] = rows.slice(0, progress.done).map((r) => ({ line: r.line, ok: true, action: 'skipped' as const }));
    const claimed = new Set<string>();
    const bar = progressBar(rows.length, opts.dryRun ? 'checking' : 'importing');
    let failed = 0;
    for (let i = progress.done; i < rows.length; i++) {
      const row = rows[i] as Row;
      let result: RowResult;
      try {
        result = { line: row.line, ...(await importRow(ctx, workspace.id, inputOf(header, row, first!.cells.length), opts.dryRun === true, claimed)) };
      } catch (error) {
        result = { line: row.line, ok: false, error: errorOf(error) };
      }
      results.push(result);
      if (!result.ok) failed++;
      if (!opts.dryRun) {
        progress.done = i + 1;
        if (result.action === 'created') progress.created++;
        if (result.action === 'updated') progress.updated++;
        if (!result.ok) progress.failed++;
        progress.updatedAt = new Date().toISOString();
        stateFile.write(progress);
      }
      bar.update(i + 1, failed);
    }
    bar.finish(rows.length, failed);
    if (!opts.dryRun) stateFile.remove();
    if (opts.report) writeReport(opts.report, results);
    summarise(opts, rows.length, results, warnings, progress);
    if (results.some((r) => !r.ok)) process.exitCode = 1;
  });
}

function writeReport(file: string, results: RowResult[]): void {
  const lines = [csvLine(['line', 'status', 'id', 'short_url', 'code', 'message'])];
  for (const r of results) lines.push(csvLine([r.line, r.ok ? (r.action ?? 'ok') : 'failed', r.id ?? '', r.shortUrl ?? '', r.error?.code ?? '', r.error?.message ?? '']));
  fs.writeFileSync(file, lines.join(''));
}

function summarise(opts: ImportOptions, total: number, results: RowResult[], warnings: string[], progress: ImportState): void {
  const count = (action: RowAction) => results.filter((r) => r.action === action).length;
  const failures = results.filter((r) => !r.ok);
  const skipped = count('skipped');
  const summary = opts.dryRun
    ? { dryRun: true, rows: total, wouldCreate: count('would_create'), wouldUpdate: count('would_update'), failed: failures.length }
    : { dryRun: false, rows: total, created: progress.created, updated: progress.updated, failed: progress.failed, resumedAfter: skipped };
  if (!opts.json) for (const r of failures) process.stderr.write(`line ${r.line}: ${r.error!.code}: ${r.error!.message}\n`);
  emit(opts, { ...summary, warnings, results }, () => {
    const lines: string[] = [];
    if (opts.dryRun) {
      lines.push(`dry run: ${total - failures.length} of ${total} rows would import (${count('would_create')} new, ${count('would_update')} updates by externalId); nothing was written`);
    } else {
      const imported = progress.created + progress.updated;
      const resumed = skipped ? `, resumed after row ${skipped}` : '';
      lines.push(`imported ${imported} of ${total} links${progress.updated > 0 ? ` (${progress.created} created, ${progress.updated} updated by externalId)` : ''}${resumed}`);
    }
    return lines.join('\n');
  });
}
