import { describe, expect, it } from 'vitest';
import { hasGlobalPrivacyControl } from './gpc.js';
import type { HeaderBag } from './headers.js';
import { readHeader } from './headers.js';
import { isPrefetch } from './prefetch.js';

describe('isPrefetch', () => {
  const rows: [label: string, headers: Record<string, string>, expected: boolean][] = [
    ['Sec-Purpose: prefetch (Firefox, Chromium speculation rules)', { 'Sec-Purpose': 'prefetch' }, true],
    ['Sec-Purpose: prefetch;prerender (Chromium prerender)', { 'Sec-Purpose': 'prefetch;prerender' }, true],
    ['Sec-Purpose with extra parameters', { 'Sec-Purpose': 'prefetch; anonymous-client-ip' }, true],
    ['Sec-Purpose upper case', { 'Sec-Purpose': 'PREFETCH' }, true],
    ['Purpose: prefetch (legacy Chrome)', { Purpose: 'prefetch' }, true],
    ['X-moz: prefetch (old Firefox)', { 'X-moz': 'prefetch' }, true],
    ['X-Purpose: preview (Safari Top Sites)', { 'X-Purpose': 'preview' }, true],
    ['X-Purpose: prefetch', { 'X-Purpose': 'prefetch' }, true],
    ['no purpose headers', { 'User-Agent': 'Mozilla/5.0' }, false],
    ['unrelated Sec-Purpose token', { 'Sec-Purpose': 'prefetcher' }, false],
    ['Purpose with another value', { Purpose: 'navigate' }, false],
    ['token appearing only as a parameter', { 'Sec-Purpose': 'other;prefetch' }, false],
    ['oversized header is ignored, not parsed', { 'Sec-Purpose': `${'x,'.repeat(5000)}prefetch` }, false],
  ];
  it.each(rows)('%s', (_label, headers, expected) => {
    expect(isPrefetch(new Headers(headers))).toBe(expected);
  });

  it('reads a Node-style header record too (lower-case keys, arrays for repeats)', () => {
    expect(isPrefetch({ purpose: ['navigate', 'prefetch'] })).toBe(true);
    expect(isPrefetch({ 'sec-purpose': undefined })).toBe(false);
  });
});

describe('hasGlobalPrivacyControl', () => {
  it.each([
    ['1', true],
    [' 1 ', true],
    ['0', false],
    ['yes', false],
    ['', false],
  ])('Sec-GPC: %j → %s', (value, expected) => {
    expect(hasGlobalPrivacyControl(new Headers({ 'Sec-GPC': value }))).toBe(expected);
  });
  it('is false when the header is absent', () => {
    expect(hasGlobalPrivacyControl(new Headers())).toBe(false);
  });
});

describe('readHeader', () => {
  it('is case-insensitive for both header shapes', () => {
    const web: HeaderBag = new Headers({ 'X-Thing': 'a' });
    const node: HeaderBag = { 'x-thing': 'b' };
    expect(readHeader(web, 'x-THING')).toBe('a');
    expect(readHeader(node, 'X-Thing')).toBe('b');
    expect(readHeader(node, 'missing')).toBeNull();
  });
});
