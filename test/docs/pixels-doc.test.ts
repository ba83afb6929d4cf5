/**
 * docs/pixels.md carries two tables written from the platform catalogue; they must match it.
 * Fix a failure with `npm run docs:pixels`.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PIXELS_DOC, PIXELS_SECTIONS, renderPixelsDoc } from '../../scripts/generate-pixels-doc.js';
import { generatedPart, tableRows } from '../../scripts/markdown-table.js';
import { PLATFORMS } from '../../src/core/pixels/platform.js';

const doc = fs.readFileSync(PIXELS_DOC, 'utf8');

describe('docs/pixels.md', () => {
  it('has both generated tables, one row per platform', () => {
    for (const section of PIXELS_SECTIONS) {
      const part = generatedPart(doc, section);
      expect(part, `the BEGIN/END GENERATED ${section} markers are missing`).not.toBeNull();
      expect(tableRows(part!)).toHaveLength(PLATFORMS.length);
    }
  });

  it('matches the catalogue (run `npm run docs:pixels` after changing it)', () => {
    expect(renderPixelsDoc(doc)).toBe(doc);
  });
});
