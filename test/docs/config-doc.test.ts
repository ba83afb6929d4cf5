/**
 * docs/config.md must list exactly the variables of `CONFIG_KEYS`, with their defaults and
 * meanings. Fix a failure with `npx tsx scripts/generate-config-doc.ts`.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_DOC, CONFIG_SECTION, renderConfigDoc, shownDefault } from '../../scripts/generate-config-doc.js';
import { generatedPart, tableRows } from '../../scripts/markdown-table.js';
import { CONFIG_KEYS } from '../../src/config.js';

const doc = fs.readFileSync(CONFIG_DOC, 'utf8');
const part = generatedPart(doc, CONFIG_SECTION);
const rows = part ? tableRows(part) : [];
const byName = new Map(rows.map(([name, def, meaning]) => [name!.replace(/`/g, ''), { def, meaning }]));

describe('docs/config.md', () => {
  it('has a generated variable table', () => {
    expect(part, 'the BEGIN/END GENERATED env-table markers are missing').not.toBeNull();
    for (const row of rows) expect(row).toHaveLength(3);
  });

  it.each(Object.entries(CONFIG_KEYS))('documents %s with its default and meaning', (name, spec) => {
    const row = byName.get(name);
    expect(row, `${name} is missing from docs/config.md`).toBeDefined();
    expect(row?.def).toBe(shownDefault(spec.default));
    expect(row?.meaning).toBe(spec.doc);
  });

  it('lists no variable the config does not read, and none twice', () => {
    const names = rows.map(([name]) => name!.replace(/`/g, ''));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !(n in CONFIG_KEYS))).toEqual([]);
  });

  it('is exactly what the generator writes', () => {
    expect(doc).toBe(renderConfigDoc(doc));
  });

  it('explains how to use PostgreSQL', () => {
    expect(doc).toMatch(/## Using PostgreSQL/);
    expect(doc).toContain('DATABASE_URL=postgres://');
  });
});
