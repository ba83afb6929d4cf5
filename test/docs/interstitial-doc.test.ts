/**
 * The sizes in docs/interstitial.md are the interstitial's real sizes (issue 19). Fix a failure
 * with `npm run docs:interstitial`.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTERSTITIAL_DOC, measureInterstitial, renderSizes, SIZES_SECTION } from '../../scripts/generate-interstitial-doc.js';
import { generatedPart } from '../../scripts/markdown-table.js';

describe('docs/interstitial.md', () => {
  it('states the sizes the current code has', async () => {
    const doc = fs.readFileSync(INTERSTITIAL_DOC, 'utf8');
    expect(generatedPart(doc, SIZES_SECTION), 'the BEGIN/END GENERATED sizes markers are missing').not.toBeNull();
    expect(renderSizes(doc, await measureInterstitial())).toBe(doc);
  });
});
