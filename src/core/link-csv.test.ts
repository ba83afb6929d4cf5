import { describe, expect, it } from 'vitest';
import { looksHeaderless, mapHeader, rowToBody } from './link-csv.js';

describe('links CSV columns (issue 22)', () => {
  it('maps headers whatever their case, spacing and punctuation, and names the unknown ones', () => {
    expect(mapHeader(['URL', ' Slug ', 'Redirect Type', 'utm-source', 'UTM_Campaign', 'External ID', 'Notes', ''])).toEqual({
      columns: ['url', 'slug', 'redirectType', 'utm_source', 'utm_campaign', 'externalId', null, null],
      unknown: ['Notes'],
      duplicates: [],
    });
    expect(mapHeader(['Destination', 'tags']).columns).toEqual(['url', 'tags']);
    expect(mapHeader(['url', 'URL']).duplicates).toEqual(['url']);
  });

  it('tells a first row holding a link from a header', () => {
    expect(looksHeaderless(['https://example.com/a', 'spring'])).toBe(true);
    expect(looksHeaderless([' HTTP://EXAMPLE.COM'])).toBe(true);
    expect(looksHeaderless(['url', 'slug'])).toBe(false);
  });

  it('turns a row into a LinkCreate body: empty cells left out, tags split, UTM grouped, numbers parsed', () => {
    const { columns } = mapHeader(['url', 'slug', 'tags', 'redirectType', 'utm_source', 'notes']);
    expect(rowToBody(columns, ['https://example.com/a ', '', 'spring| email;x', '301', 'news', 'ignored'])).toEqual({
      url: 'https://example.com/a',
      tags: ['spring', 'email', 'x'],
      redirectType: 301,
      utm: { source: 'news' },
    });
    expect(rowToBody(columns, ['', 'a', '', 'soon'])).toEqual({ url: '', slug: 'a', redirectType: 'soon' });
  });
});
