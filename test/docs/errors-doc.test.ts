/**
 * docs/errors.md must list exactly the codes of the catalogue, each with its status and message,
 * and say when each happens (after Fastify's error-code test, internals/errors.test.js). Fix a failure with
 * `npm run docs:errors`, then write any missing "When" text.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS_DOC, ERRORS_SECTION, TODO, renderErrorsDoc } from '../../scripts/generate-errors-doc.js';
import { generatedPart, tableRows } from '../../scripts/markdown-table.js';
import { ERRORS } from '../../src/core/errors.js';

const doc = fs.readFileSync(ERRORS_DOC, 'utf8');
const part = generatedPart(doc, ERRORS_SECTION);
const rows = part ? tableRows(part) : [];
const byCode = new Map(rows.map(([code, status, message, when]) => [code!.replace(/`/g, ''), { status, message, when }]));

describe('docs/errors.md', () => {
  it('has a generated error table', () => {
    expect(part, 'the BEGIN/END GENERATED error-table markers are missing').not.toBeNull();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, `row ${row.join(' | ')}`).toHaveLength(4);
  });

  it.each(Object.entries(ERRORS))('documents %s with its status and message', (code, { status, message }) => {
    const row = byCode.get(code);
    expect(row, `${code} is missing from docs/errors.md (run npm run docs:errors)`).toBeDefined();
    expect(row?.status).toBe(String(status));
    expect(row?.message).toBe(message);
    expect(row?.when, `${code} needs a "When" text`).toMatch(/\S{3,}/);
    expect(row?.when).not.toBe(TODO);
  });

  it('lists no code the catalogue does not have, and none twice', () => {
    const codes = rows.map(([code]) => code!.replace(/`/g, ''));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => !(c in ERRORS))).toEqual([]);
  });

  it('is exactly what the generator writes', () => {
    expect(doc).toBe(renderErrorsDoc(doc));
  });

  it('explains the error envelope', () => {
    const intro = doc.slice(0, doc.indexOf('<!-- BEGIN GENERATED'));
    for (const word of ['"error"', '"code"', '"message"', '"details"']) expect(intro).toContain(word);
  });
});
