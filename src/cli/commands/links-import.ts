import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { createLink } from '../../app/links/create-link.js';
import type { LinkInput } from '../../app/links/link-input.js';
import { upsertLink } from '../../app/links/upsert-link.js';
import { AppError } from '../../core/errors.js';
import { REDIRECT_TYPES, type RedirectType } from '../../core/link.js';
import { UTM_FIELDS } from '../../core/link-utm.js';
import { progressBar } from '../progress.js';
import { withContext, workspaceOrExit } from '../with-context.js';

export const IMPORT_COLUMNS = ['url', 'slug', 'domain', 'title', 'tags', 'redirectType', 'externalId', ...UTM_FIELDS.map((f) => `utm_${f}` as const)] as const;

/**
 * One CSV record → a link request. `tags` are separated by `|` or `;`; `utm_source` … `utm_content`
 * fill the link's UTM fields (the snake_case of the click export, as spreadsheets name them).
 */
export function recordToInput(record: Record<string, string>): LinkInput {
  const input: LinkInput = { url: (record.url ?? '').trim() };
  if (record.slug?.trim()) input.slug = record.slug.trim();
  if (record.domain?.trim()) input.domain = record.domain.trim();
  if (record.externalId?.trim()) input.externalId = record.externalId.trim();
  const utm = Object.fromEntries(UTM_FIELDS.flatMap((f) => (record[`utm_${f}`]?.trim() ? [[f, (record[`utm_${f}`] as string).trim()]] : [])));
  if (Object.keys(utm).length > 0) input.utm = utm;
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
 * one link per row, each created on its own (a bad row is reported and skipped). A row with an
 * `externalId` updates the link that already has it, so importing a file again changes nothing.
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
  let updated = 0;
  await withContext(async (ctx) => {
    const workspace = await workspaceOrExit(ctx, opts.workspace);
    const bar = progressBar(records.length, 'importing');
    for (const [i, record] of records.entries()) {
      try {
        const { externalId, ...input } = recordToInput(record);
        if (externalId) updated += (await upsertLink(ctx, workspace.id, externalId, input)).created ? 0 : 1;
        else await createLink(ctx, workspace.id, input);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failures.push(`line ${i + 2}: ${error.code}: ${error.message}`);
      }
      bar.update(i + 1, failures.length);
    }
    bar.finish(records.length, failures.length);
  });
  for (const f of failures) process.stderr.write(`${f}\n`);
  const imported = records.length - failures.length;
  process.stdout.write(`imported ${imported} of ${records.length} links${updated > 0 ? ` (${imported - updated} created, ${updated} updated by externalId)` : ''}\n`);
  if (failures.length > 0) process.exitCode = 1;
}
