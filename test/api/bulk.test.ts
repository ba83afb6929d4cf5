import { describe, expect, it } from 'vitest';
import { createLink, freshSlug, testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('bulk link creation on %s', (engine) => {
  const s = useTestServer(engine);

  it('creates the good items and reports the bad ones, in input order', async () => {
    const taken = await createLink(s, { url: 'https://example.com/taken', slug: freshSlug('taken') });
    const good1 = freshSlug('good');
    const good2 = freshSlug('good');
    const dupInBatch = freshSlug('dup');
    const items = [
      { url: 'https://example.com/1', slug: good1, tags: ['bulk'] },
      { url: 'javascript:alert(1)', slug: freshSlug('bad') },
      { url: 'https://example.com/3', slug: taken.slug },
      { url: 'https://example.com/4', slug: 'api' },
      { url: 'https://example.com/5', unknownField: true },
      'not an object',
      { url: 'https://example.com/7', slug: dupInBatch },
      { url: 'https://example.com/8', slug: dupInBatch },
      { url: 'https://example.com/9', pixelIds: ['pix_00000000000000000000000000'] },
      { url: 'https://example.com/10', slug: good2 },
      { url: 'https://example.com/11' },
    ];
    const res = await s.api('POST', '/links/bulk', { links: items });
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(4);
    expect(res.body.failed).toBe(7);
    const results = res.body.results;
    expect(results.map((r: any) => r.index)).toEqual(items.map((_, i) => i));
    expect(results.map((r: any) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'ok',
      'URL_UNSAFE',
      'SLUG_TAKEN',
      'SLUG_RESERVED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'ok',
      'SLUG_TAKEN',
      'PIXEL_UNKNOWN',
      'ok',
      'ok',
    ]);
    expect(results[1].error.details).toEqual({ field: 'url', reason: 'scheme' });
    expect(results[0].link).toMatchObject({ slug: good1, url: 'https://example.com/1', tags: ['bulk'] });
    expect(results[1]).not.toHaveProperty('link');
    expect(results[0]).not.toHaveProperty('error');

    // The good ones exist and redirect; the bad ones left nothing behind.
    for (const r of results.filter((x: any) => x.ok)) {
      const read = await s.api('GET', `/links/${r.link.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(r.link);
    }
    expect((await s.get(`/${good2}`)).headers.get('location')).toBe('https://example.com/10');
    const all = await s.api('GET', '/links?limit=100');
    const urls = all.body.data.map((l: any) => l.url);
    for (const bad of ['https://example.com/3', 'https://example.com/4', 'https://example.com/5', 'https://example.com/8', 'https://example.com/9']) {
      expect(urls).not.toContain(bad);
    }
    expect((await s.api('GET', `/links/${taken.id}`)).body.url).toBe('https://example.com/taken');
  });

  it('accepts exactly 1,000 items', async () => {
    const tag = freshSlug('thousand');
    const links = Array.from({ length: 1000 }, (_, i) => ({ url: `https://example.com/${i}`, tags: [tag] }));
    const res = await s.api('POST', '/links/bulk', { links });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1000, failed: 0 });
    const page = await s.api('GET', `/links?tag=${tag}&limit=100`);
    expect(page.body.data).toHaveLength(100);
    expect(page.body.nextCursor).not.toBeNull();
  }, 120_000);

  it('refuses more than 1,000 items with 422 BULK_TOO_LARGE and creates none', async () => {
    const tag = freshSlug('toomany');
    const links = Array.from({ length: 1001 }, (_, i) => ({ url: `https://example.com/${i}`, tags: [tag] }));
    const res = await s.api('POST', '/links/bulk', { links });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('BULK_TOO_LARGE');
    expect((await s.api('GET', `/links?tag=${tag}`)).body.data).toEqual([]);
  });

  it('refuses an empty list or a missing links field with 422 VALIDATION_FAILED', async () => {
    for (const body of [{ links: [] }, {}, { links: 'x' }, []]) {
      const res = await s.api('POST', '/links/bulk', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});
