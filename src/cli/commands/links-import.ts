import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { createLink } from '../../app/links/create-link.js';
import type { LinkInput } from '../../app/links/link-input.js';
import { AppError } from '../../core/errors.js';
import { REDIRECT_TYPES, type RedirectType } from '../../core/link.js';
import { progressBar } from '../progress.js';
import { withContext, workspaceOrExit } from '../with-context.js';

export const IMPORT_COLUMNS = ['url', 'slug', 'domain', 'title', 'tags', 'redirectType'] as const;

/** One CSV record → a link request. `tags` are separated by `|` or `;`. */
export function recordToInput(record: Record<string, string>): LinkInput {
  const input: LinkInput = { url: (record.url ?? '').trim() };
  if (record.slug?.trim()) input.slug = record.slug.trim();
  if (record.domain?.trim()) input.domain = record.domain.trim();
  if (record.title?.trim()) input.title = record.title.trim();
  if (record.tags?.trim()) input.tags = record.tags.split(/[|;]/).map((t) => t.trim()).filter(Boolean);
  if (record.redirectType?.trim()) {
    const status = Number(record.redirectType);
    if (!(REDIRECT_TYPES as readonly number[]).includes(status)) throw new AppError('VALIDATION_FAILED', `redirectType must be one of ${REDIRECT_TYPES.join(', ')}`);
    input.redirectType = status as RedirectType;
  }
  return input;
}

/**
 * `ricochet links import <file.csv>`: a header row naming any of IMPORT_COLUMNS (`url` required),
 * one link per row, each created on its own (a bad row is reported and skipped).
 */
export async function linksImport(file: string, opts: { workspace: string }): Promise<void> {
  let records: Array<Record<string, string>>;
  try {
    records = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true, trim: false, bom: true });
  } catch (error) {
    process.stderr.write(`ricochet: cannot read ${file}: ${(error as Error).message}\n`);
    process.exit(1);
  }
  if (records.length > 0 && !('url' in (records[0] as object))) {
    process.stderr.write(`ricochet: ${file} needs a header row with a "url" column (columns: ${IMPORT_COLUMNS.join(', ')})\n`);
    process.exit(1);
  }
  const failures: string[] = [];
  await withContext(async (ctx) => {
    const workspace = await workspaceOrExit(ctx, opts.workspace);
    const bar = progressBar(records.length, 'importing');
    for (const [i, record] of records.entries()) {
      try {
        await createLink(ctx, workspace.id, recordToInput(record));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failures.push(`line ${i + 2}: ${error.code}: ${error.message}`);
      }
      bar.update(i + 1, failures.length);
    }
    bar.finish(records.length, failures.length);
  });
  for (const f of failures) process.stderr.write(`${f}\n`);
  process.stdout.write(`imported ${records.length - failures.length} of ${records.length} links\n`);
  if (failures.length > 0) process.exitCode = 1;
}
