import { describe, expect, it } from 'vitest';
import { change, filtersOf, hasClickFilter, queryWith } from '../../web/dashboard/lib/stats-filters.js';

describe('analytics filters in the URL (issue 22)', () => {
  it('reads the filters, empty values included, and ignores other parameters', () => {
    expect(filtersOf(new URLSearchParams('country=DE&referrer=&period=7d&x=1'))).toEqual({ country: 'DE', referrer: '' });
  });

  it('writes filters back, keeping other parameters and dropping removed filters', () => {
    const q = new URLSearchParams('period=7d&country=DE&tag=spring');
    expect(queryWith(q, { tag: 'spring', device: 'mobile' })).toBe('period=7d&tag=spring&device=mobile');
    expect(queryWith(q, { referrer: '' })).toBe('period=7d&referrer=');
  });

  it('tells click filters (no unique visitors) from link filters', () => {
    expect(hasClickFilter({ tag: 'a', folderId: 'f', linkId: 'l' })).toBe(false);
    expect(hasClickFilter({ tag: 'a', os: 'iOS' })).toBe(true);
  });

  it.each([
    [112, 100, '+12%', 'up'],
    [95, 100, '−5%', 'down'],
    [100, 100, '±0%', 'flat'],
    [3, 0, 'new', 'up'],
  ] as const)('change %d against %d is %s', (now, before, text, direction) => {
    expect(change(now, before)).toMatchObject({ text, direction });
  });

  it('has nothing to say without a previous period or without data', () => {
    expect(change(10, undefined)).toBeNull();
    expect(change(null, 10)).toBeNull();
    expect(change(0, 0)).toBeNull();
  });
});
