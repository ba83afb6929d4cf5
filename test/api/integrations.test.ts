/**
 * Issue 20's endpoints and fields over real HTTP on each engine: lookup by short URL or external
 * id, idempotent PUT by external id, UTM fields, bulk update and delete, tag counts, duplicate
 * pixels, `hasMore`, `Location`, and stats ranges with `asOf`.
 */
import { describe, expect, it } from 'vitest';
import { createLink, createPixel, freshMetaId, freshSlug, otherWorkspace, testEngines, useTestServer } from './helpers.js';

const CHROME = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe.each(testEngines())('API for integrators on %s', (engine) => {
  const s = useTestServer(engine, { CLICK_FLUSH_INTERVAL_MS: '50' });

  describe('created resources', () => {
    it('answer 201 with a Location that leads to them', async () => {
      const res = await s.api('POST', '/links', { url: 'https://example.com/loc' });
      expect(res.status).toBe(201);
      expect(res.headers.get('location')).toBe(`/api/v1/links/${res.body.id}`);
      expect((await s.get(res.headers.get('location')!, { headers: { authorization: 'Bearer rk_test_owner_key_0123456789abcdef' } })).status).toBe(200);
      const pixel = await s.api('POST', '/pixels', { platform: 'tiktok', tagId: 'C4A1B2C3D4E5F6G7H8I9' });
      expect(pixel.headers.get('location')).toBe(`/api/v1/pixels/${pixel.body.id}`);
    });

    it('say `humanClicks` on a link, with the deprecated `clicks` the same number', async () => {
      const link = await createLink(s, { url: 'https://example.com/hc' });
      expect(link).toMatchObject({ humanClicks: 0, clicks: 0 });
    });
  });

  describe('lookup', () => {
    it('finds a link by slug on the default domain, by domain and slug, and by external id', async () => {
      const hostname = `${freshSlug('lk')}.example.com`;
      expect((await s.api('POST', '/domains', { hostname })).status).toBe(201);
      const onDefault = await createLink(s, { url: 'https://example.com/1', slug: freshSlug('Lk') });
      const onCustom = await createLink(s, { url: 'https://example.com/2', slug: onDefault.slug, domain: hostname, externalId: `cms-${onDefault.slug}` });
      expect((await s.api('GET', `/links/lookup?slug=${onDefault.slug}`)).body.id).toBe(onDefault.id);
      expect((await s.api('GET', `/links/lookup?slug=${onDefault.slug}&domain=${s.config.defaultHost}`)).body.id).toBe(onDefault.id);
      expect((await s.api('GET', `/links/lookup?slug=${onDefault.slug}&domain=${hostname.toUpperCase()}`)).body.id).toBe(onCustom.id);
      expect((await s.api('GET', `/links/lookup?externalId=cms-${onDefault.slug}`)).body.id).toBe(onCustom.id);
      const missing = await s.api('GET', `/links/lookup?slug=${onDefault.slug.toLowerCase()}x`);
      expect([missing.status, missing.body.error.code]).toEqual([404, 'LINK_NOT_FOUND']);
      expect((await s.api('GET', `/links/lookup?slug=${onDefault.slug}&domain=unknown.example.org`)).status).toBe(404);
    });

    it('answers 400 for neither or both ways of naming a link, and 404 from another workspace', async () => {
      expect((await s.api('GET', '/links/lookup')).body.error.code).toBe('INVALID_QUERY');
      expect((await s.api('GET', '/links/lookup?slug=a&externalId=b')).body.error.code).toBe('INVALID_QUERY');
      const mine = await createLink(s, { url: 'https://example.com/mine', externalId: freshSlug('iso') });
      const stranger = await otherWorkspace(s, freshSlug('ws'));
      expect((await s.api('GET', `/links/lookup?slug=${mine.slug}`, undefined, stranger.key)).status).toBe(404);
      expect((await s.api('GET', `/links/lookup?externalId=${mine.externalId}`, undefined, stranger.key)).status).toBe(404);
    });
  });

  describe('PUT /links/external/{externalId}', () => {
    it('creates once (201), then updates the same link (200) keeping absent fields', async () => {
      const externalId = freshSlug('ext');
      const first = await s.api('PUT', `/links/external/${externalId}`, { url: 'https://example.com/v1', tags: ['a'], title: 'One' });
      expect(first.status).toBe(201);
      expect(first.headers.get('location')).toBe(`/api/v1/links/${first.body.id}`);
      expect(first.body).toMatchObject({ externalId, url: 'https://example.com/v1', tags: ['a'], title: 'One' });
      const again = await s.api('PUT', `/links/external/${externalId}`, { url: 'https://example.com/v1', tags: ['a'], title: 'One' });
      expect([again.status, again.body.id, again.body.slug]).toEqual([200, first.body.id, first.body.slug]);
      const changed = await s.api('PUT', `/links/external/${externalId}`, { url: 'https://example.com/v2' });
      expect(changed.body).toMatchObject({ id: first.body.id, url: 'https://example.com/v2', tags: ['a'], title: 'One' });
    });

    it('makes one link out of concurrent calls', async () => {
      const externalId = freshSlug('race');
      const results = await Promise.all(Array.from({ length: 6 }, () => s.api('PUT', `/links/external/${externalId}`, { url: 'https://example.com/race' })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    });

    it('leaves POST with a taken external id refused (409, naming the link) and PATCH can move or clear it', async () => {
      const externalId = freshSlug('taken');
      const owner = await createLink(s, { url: 'https://example.com/o', externalId });
      const clash = await s.api('POST', '/links', { url: 'https://example.com/p', externalId });
      expect([clash.status, clash.body.error.code, clash.body.error.details]).toEqual([409, 'EXTERNAL_ID_TAKEN', { field: 'externalId', linkId: owner.id }]);
      const other = await createLink(s, { url: 'https://example.com/q' });
      expect((await s.api('PATCH', `/links/${other.id}`, { externalId })).body.error.code).toBe('EXTERNAL_ID_TAKEN');
      expect((await s.api('PATCH', `/links/${owner.id}`, { externalId: null })).body.externalId).toBeNull();
      expect((await s.api('PATCH', `/links/${other.id}`, { externalId })).body.externalId).toBe(externalId);
      expect((await s.api('PUT', '/links/external/has%20space', { url: 'https://example.com/' })).body.error.code).toBe('INVALID_QUERY');
    });
  });

  describe('UTM fields', () => {
    it('are written into the destination, read back, changed and removed, and reach the visitor', async () => {
      const link = await createLink(s, { url: 'https://example.com/p?ref=a%20b&utm_source=old', utm: { source: 'newsletter', campaign: 'spring sale' } });
      expect(link.url).toBe('https://example.com/p?ref=a%20b&utm_source=newsletter&utm_campaign=spring%20sale');
      expect(link.utm).toEqual({ source: 'newsletter', medium: null, campaign: 'spring sale', term: null, content: null });
      const visit = await s.get(`/${link.slug}`, { headers: { 'user-agent': CHROME } });
      expect(visit.status).toBe(302);
      expect(visit.headers.get('location')).toContain('utm_campaign=spring%20sale');

      const patched = await s.api('PATCH', `/links/${link.id}`, { utm: { campaign: null, medium: 'email' } });
      expect(patched.body.url).toBe('https://example.com/p?ref=a%20b&utm_source=newsletter&utm_medium=email');
      const moved = await s.api('PATCH', `/links/${link.id}`, { url: 'https://example.com/new', utm: { content: 'hero' } });
      expect(moved.body.url).toBe('https://example.com/new?utm_content=hero');
      expect((await s.api('PATCH', `/links/${link.id}`, { utm: null })).body.url).toBe('https://example.com/new');
      expect((await s.api('POST', '/links', { url: 'https://example.com/', utm: { source: '' } })).body.error.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('bulk update and delete', () => {
    it('changes many links, reports a failing one alone, and refuses per-link fields', async () => {
      const a = await createLink(s, { url: 'https://example.com/ba', tags: ['x'] });
      const b = await createLink(s, { url: 'https://example.com/bb' });
      const res = await s.api('PATCH', '/links/bulk', { ids: [a.id, 'lnk_00000000000000000000000000', b.id, a.id], update: { tags: ['archived'], utm: { campaign: 'old' } } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ updated: 2, failed: 1 });
      expect(res.body.results.map((r: any) => [r.id, r.ok, r.error?.code])).toEqual([[a.id, true, undefined], ['lnk_00000000000000000000000000', false, 'LINK_NOT_FOUND'], [b.id, true, undefined]]);
      expect((await s.api('GET', `/links/${b.id}`)).body).toMatchObject({ tags: ['archived'], utm: { campaign: 'old' } });
      const refused = await s.api('PATCH', '/links/bulk', { ids: [a.id], update: { slug: 'same-for-all' } });
      expect([refused.status, refused.body.error.code]).toEqual([422, 'VALIDATION_FAILED']);
      const unsafe = await s.api('PATCH', '/links/bulk', { ids: [a.id, b.id], update: { url: 'javascript:alert(1)' } });
      expect(unsafe.body.results.map((r: any) => r.error?.code)).toEqual(['URL_UNSAFE', 'URL_UNSAFE']);
    });

    it('deletes many links by repeated or comma-separated ids', async () => {
      const [a, b, c] = await Promise.all([1, 2, 3].map((n) => createLink(s, { url: `https://example.com/d${n}` })));
      const res = await s.api('DELETE', `/links/bulk?ids=${a.id}&ids=${b.id},lnk_00000000000000000000000000`);
      expect(res.body).toMatchObject({ deleted: 2, failed: 1 });
      expect((await s.api('GET', `/links/${a.id}`)).status).toBe(404);
      expect((await s.api('GET', `/links/${c.id}`)).status).toBe(200);
      expect((await s.get(`/${b.slug}`)).status).toBe(404);
      const tooMany = Array.from({ length: 101 }, (_, i) => `ids=lnk_${i}`).join('&');
      expect((await s.api('DELETE', `/links/bulk?${tooMany}`)).body.error.code).toBe('INVALID_QUERY');
      expect((await s.api('DELETE', '/links/bulk')).body.error.code).toBe('INVALID_QUERY');
    });
  });

  describe('tags', () => {
    it('lists the workspace’s tags with link counts, page by page', async () => {
      const stranger = await otherWorkspace(s, freshSlug('tags'));
      const key = stranger.key;
      await createLink(s, { url: 'https://example.com/t1', tags: ['spring', 'email'] }, key);
      await createLink(s, { url: 'https://example.com/t2', tags: ['spring'] }, key);
      await createLink(s, { url: 'https://example.com/t3', tags: ['summer'] }, key);
      const first = await s.api('GET', '/tags?limit=2', undefined, key);
      expect(first.body).toMatchObject({ data: [{ name: 'email', links: 1 }, { name: 'spring', links: 2 }], hasMore: true });
      const second = await s.api('GET', `/tags?limit=2&cursor=${first.body.nextCursor}`, undefined, key);
      expect(second.body).toEqual({ data: [{ name: 'summer', links: 1, color: null }], nextCursor: null, hasMore: false });
      expect((await s.api('GET', '/tags?q=UMM', undefined, key)).body.data).toEqual([{ name: 'summer', links: 1, color: null }]);
      expect((await s.api('GET', '/tags?cursor=%%%', undefined, key)).body.error.code).toBe('INVALID_CURSOR');
    });
  });

  describe('pixels', () => {
    it('refuses the same platform and tag id twice, naming the pixel that has it', async () => {
      const tagId = freshMetaId();
      const first = await createPixel(s, { tagId });
      const again = await s.api('POST', '/pixels', { platform: 'meta', tagId: ` ${tagId} ` });
      expect([again.status, again.body.error.code, again.body.error.details]).toEqual([409, 'PIXEL_DUPLICATE', { field: 'tagId', pixelId: first.id }]);
      const other = await createPixel(s);
      expect((await s.api('PATCH', `/pixels/${other.id}`, { tagId })).body.error.code).toBe('PIXEL_DUPLICATE');
      expect((await s.api('POST', '/pixels', { platform: 'ga4', tagId: 'G-DUPCHECK1' })).status).toBe(201);
      expect((await s.api('POST', '/pixels', { platform: 'ga4', tagId: 'g-dupcheck1' })).status).toBe(409);
    });
  });

  describe('pages', () => {
    it('say `hasMore` until the last one', async () => {
      const stranger = await otherWorkspace(s, freshSlug('pages'));
      for (const n of [1, 2, 3]) await createLink(s, { url: `https://example.com/p${n}` }, stranger.key);
      const first = await s.api('GET', '/links?limit=2', undefined, stranger.key);
      expect([first.body.data.length, first.body.hasMore]).toEqual([2, true]);
      const last = await s.api('GET', `/links?limit=2&cursor=${first.body.nextCursor}`, undefined, stranger.key);
      expect([last.body.data.length, last.body.hasMore, last.body.nextCursor]).toEqual([1, false, null]);
    });
  });

  describe('stats ranges', () => {
    it('take `range`, `all` and date-only bounds, and say `asOf`', async () => {
      const link = await createLink(s, { url: 'https://example.com/st' });
      expect((await s.get(`/${link.slug}`, { headers: { 'user-agent': CHROME } })).status).toBe(302);
      await s.server.clicks.flush();
      const before = Date.now();
      const week = await s.api('GET', `/links/${link.id}/stats?range=7d`);
      expect(week.status).toBe(200);
      expect(week.body.totals).toMatchObject({ humanClicks: 1, clicks: 1 });
      expect(Date.parse(week.body.to) - Date.parse(week.body.from)).toBe(7 * 86_400_000);
      expect(Date.parse(week.body.asOf)).toBeGreaterThanOrEqual(before - 1000);
      const all = await s.api('GET', `/links/${link.id}/stats?range=all&interval=hour`);
      expect(all.body.from).toBe(link.createdAt);
      expect(all.body.totals.humanClicks).toBe(1);
      const today = new Date().toISOString().slice(0, 10);
      const byDate = await s.api('GET', `/stats?from=${today}&to=${today}`);
      expect([byDate.body.from, byDate.body.to]).toEqual([`${today}T00:00:00.000Z`, new Date(Date.parse(today) + 86_400_000).toISOString()]);
      expect(byDate.body.totals.humanClicks).toBeGreaterThanOrEqual(1);
      for (const bad of ['range=7d&from=2026-01-01', 'range=7w', 'range=0d', 'from=2026-13-01']) {
        expect((await s.api('GET', `/stats?${bad}`)).body.error.code, bad).toBe('INVALID_QUERY');
      }
      const csv = await s.get(`/api/v1/clicks.csv?linkId=${link.id}&range=all`, { headers: { authorization: 'Bearer rk_test_owner_key_0123456789abcdef' } });
      expect((await csv.text()).trim().split('\r\n')).toHaveLength(2);
      const pixel = await createPixel(s);
      expect(Date.parse((await s.api('GET', `/pixels/${pixel.id}/audience`)).body.asOf)).toBeGreaterThanOrEqual(before - 1000);
    });
  });
});
