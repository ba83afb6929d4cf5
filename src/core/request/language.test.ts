import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage } from './language.js';

describe('parseAcceptLanguage', () => {
  const rows: [header: string | null, expected: string[]][] = [
    ['en-GB,en;q=0.9', ['en-GB', 'en']],
    ['fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', ['fr-CH', 'fr', 'en', 'de']],
    ['de;q=0.5, en', ['en', 'de']], // q-values reorder
    ['pt-br;q=0.8, es;q=0.8, it', ['it', 'pt-BR', 'es']], // ties keep header order; case normalised
    ['zh-hant-tw', ['zh-Hant-TW']],
    ['en;q=0, de', ['de']], // q=0 means "not acceptable"
    ['en;q=1.5, de;q=abc, it;q=0.5=1, fr;q=0.3', ['fr']], // malformed q-values drop the entry
    ['en, EN, en;q=0.2', ['en']], // duplicates removed, first (highest) kept
    ['*', []],
    ['', []],
    [null, []],
    ['12-34, -en, en-, en--GB, <script>', []], // not tag-shaped
    ['en-GB\r\nX-Evil: 1, de', ['de']],
    [',,,;;;===', []],
  ];
  it.each(rows)('%j', (header, expected) => {
    expect(parseAcceptLanguage(header)).toEqual(expected);
  });

  it('bounds hostile input: huge headers are truncated, entries capped', () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => `x${String.fromCharCode(97 + (i % 26))}`).join(',');
    const tags = parseAcceptLanguage(huge);
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.length).toBeLessThanOrEqual(32);
  });
});
