/**
 * Regenerates the error table in docs/errors.md from the catalogue in src/core/errors.ts:
 * `npm run docs:errors`. Code, status and message come from the catalogue; the "When" column is
 * prose kept from the current doc (a new code gets a TODO that test/docs/errors-doc.test.ts
 * refuses, so someone has to write it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ERRORS } from '../src/core/errors.js';
import { generatedPart, replaceGenerated, table, tableRows } from './markdown-table.js';

export const ERRORS_DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/errors.md');
export const ERRORS_SECTION = 'error-table';
export const TODO = 'TODO: say when this happens';

/** The "When" texts of the doc as it stands, by code. */
export function whenByCode(doc: string): Map<string, string> {
  const part = generatedPart(doc, ERRORS_SECTION);
  const map = new Map<string, string>();
  if (!part) return map;
  for (const [code, , , when] of tableRows(part)) {
    if (code && when) map.set(code.replace(/`/g, ''), when);
  }
  return map;
}

/** The doc with its table regenerated from the catalogue. */
export function renderErrorsDoc(current: string): string {
  const when = whenByCode(current);
  const rows = Object.entries(ERRORS).map(([code, { status, message }]) => [`\`${code}\``, String(status), message, when.get(code) ?? TODO]);
  return replaceGenerated(current, ERRORS_SECTION, table(['Code', 'Status', 'Message', 'When'], rows));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const current = fs.existsSync(ERRORS_DOC) ? fs.readFileSync(ERRORS_DOC, 'utf8') : '# Errors\n';
  const next = renderErrorsDoc(current);
  fs.writeFileSync(ERRORS_DOC, next);
  const missing = [...next.matchAll(new RegExp(TODO, 'g'))].length;
  process.stdout.write(`docs/errors.md: ${Object.keys(ERRORS).length} codes${missing ? `, ${missing} still need a "When" text` : ''}\n`);
}
