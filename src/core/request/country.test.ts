import { describe, expect, it } from 'vitest';
import { normaliseCountry } from './country.js';

describe('normaliseCountry', () => {
  it.each([
    ['DE', 'DE'],
    [' de ', 'DE'],
    ['us', 'US'],
    ['XX', null], // Cloudflare: unknown
    ['T1', null], // Cloudflare: Tor
    ['ZZ', null],
    ['EU', null], // a continent, not a country
    ['DEU', null],
    ['D', null],
    ['', null],
    ['1A', null],
    ['É', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseCountry(raw)).toBe(expected);
  });
});
