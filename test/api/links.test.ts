import { describe, expect, it } from 'vitest';
import { SLUG_ALPHABET } from '../../src/core/slug.js';
import { createLink, createPixel, freshSlug, listAll, testEngines, useTestServer } from './helpers.js';

const RANDOM_SLUG = new RegExp(`^[${SLUG_ALPHABET}]{7}$`);

describe.each(testEngines())('links API on %s', (engine) => {
  const s = useTestServer(engine);

  describe('create', () => {
    it('creates a link with defaults and answers the full resource', async () => {
      const res = await s.api('POST', '/links', { url: 'https://example.com/article' });
      expect(res.status).toBe(201);
      const link = res.body;
      expect(link).toMatchObject({
        url: 'https://example.com/article',
        domain: s.config.defaultHost,
        title: null,
        tags: [],
        pixelIds: [],
        redirectType: 302,
        forwardQuery: true,
        expiresAt: null,
        expiredUrl: null,
        maxClicks: null,
        hasPassword: false,
        rules: [],
        consent: null,
        event: null,
        clicks: 0,
      });
      expect(link.id).toMatch(/^lnk_[0-9a-z]{26}$/);
      expect(link.shortUrl).toBe(`${s.config.publicUrl}/${link.slug}`);
      expect(new Date(link.createdAt).toISOString()).toBe(link.createdAt);
      expect(Math.abs(Date.parse(link.createdAt) - Date.now())).toBeLessThan(60_000);
      expect(link).not.toHaveProperty('password');
      expect(link).not.toHaveProperty('passwordHash');
      expect(link).not.toHaveProperty('workspaceId');
    });

    it('draws random slugs of 7 characters from the unambiguous alphabet', async () => {
      const slugs = new Set<string>();
      for (let i = 0; i < 20; i++) {
        const link = await createLink(s, { url: `https://example.com/${i}` });
        expect(link.slug).toMatch(RANDOM_SLUG);
        expect(link.slug).not.toMatch(/[0O1lIo]/);
        slugs.add(link.slug);
      }
      expect(slugs.size).toBe(20);
    });

    it('keeps every field it was given, with a password only as hasPassword', async () => {
      const slug = freshSlug('full');
      const link = await createLink(s, {
        url: 'https://example.com/full',
        slug,
        title: 'Full link',
        tags: ['spring', ' spaced ', 'spring'],
        redirectType: 308,
        forwardQuery: false,
        expiresAt: '2030-01-02T03:04:05.678Z',
        expiredUrl: 'https://example.com/expired',
        maxClicks: 10,
        password: 's3cret',
        rules: [{ when: { country: ['DE'] }, url: 'https://example.de/' }],
        consent: { policy: 'always', optInAction: 'ask' },
        event: { params: { campaign: 'spring' } },
      });
      expect(link).toMatchObject({
        slug,
        title: 'Full link',
        tags: ['spring', 'spaced'],
        redirectType: 308,
        forwardQuery: false,
        expiresAt: '2030-01-02T03:04:05.678Z',
        expiredUrl: 'https://example.com/expired',
        maxClicks: 10,
        hasPassword: true,
        rules: [{ when: { country: ['DE'] }, url: 'https://example.de/' }],
        consent: { policy: 'always', optInAction: 'ask' },
        event: { name: 'ricochet_click', params: { campaign: 'spring' } },
      });
      expect(JSON.stringify(link)).not.toContain('s3cret');
      const read = await s.api('GET', `/links/${link.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(link);
    });

    it('stores an IDN hostname as punycode', async () => {
      const link = await createLink(s, { url: 'https://bücher.de/' });
      expect(link.url).toBe('https://xn--bcher-kva.de/');
    });

    it('answers 409 SLUG_TAKEN for a custom slug already used on the domain, case-sensitively', async () => {
      const slug = freshSlug('Promo');
      await createLink(s, { url: 'https://example.com/a', slug });
      const clash = await s.api('POST', '/links', { url: 'https://example.com/b', slug });
      expect(clash.status).toBe(409);
      expect(clash.body.error.code).toBe('SLUG_TAKEN');
      expect(clash.body.error.details).toEqual({ field: 'slug' });
      const lower = await s.api('POST', '/links', { url: 'https://example.com/c', slug: slug.toLowerCase() });
      expect(lower.status).toBe(201);
      expect(lower.body.slug).toBe(slug.toLowerCase());
    });

    it('allows the same slug on a custom domain', async () => {
      const slug = freshSlug('dup');
      await createLink(s, { url: 'https://example.com/a', slug });
      const domain = await s.api('POST', '/domains', { hostname: `${freshSlug('d')}.example.net` });
      expect(domain.status).toBe(201);
      const other = await createLink(s, { url: 'https://example.com/b', slug, domain: domain.body.hostname });
      expect(other.domain).toBe(domain.body.hostname);
      expect(other.shortUrl).toBe(`http://${domain.body.hostname}/${slug}`);
      const clash = await s.api('POST', '/links', { url: 'https://example.com/c', slug, domain: domain.body.hostname });
      expect(clash.status).toBe(409);
    });

    it('accepts the default host as domain and refuses an unregistered one', async () => {
      const onDefault = await createLink(s, { url: 'https://example.com/', domain: s.config.defaultHost });
      expect(onDefault.domain).toBe(s.config.defaultHost);
      const res = await s.api('POST', '/links', { url: 'https://example.com/', domain: 'not-registered.example' });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('DOMAIN_UNKNOWN');
    });
  });

  describe('pixels on links', () => {
    it('attaches the workspace default pixels when pixelIds is absent, none when it is []', async () => {
      const def = await createPixel(s, { isDefault: true, name: 'default one' });
      const nonDefault = await createPixel(s, { isDefault: false });
      const withDefaults = await createLink(s, { url: 'https://example.com/defaults' });
      expect(withDefaults.pixelIds).toContain(def.id);
      expect(withDefaults.pixelIds).not.toContain(nonDefault.id);
      const none = await createLink(s, { url: 'https://example.com/none', pixelIds: [] });
      expect(none.pixelIds).toEqual([]);
      const chosen = await createLink(s, { url: 'https://example.com/chosen', pixelIds: [nonDefault.id, nonDefault.id] });
      expect(chosen.pixelIds).toEqual([nonDefault.id]);
      // Later links see a later default too; earlier links keep what they had.
      await s.api('PATCH', `/pixels/${def.id}`, { isDefault: false });
      const after = await createLink(s, { url: 'https://example.com/after' });
      expect(after.pixelIds).not.toContain(def.id);
      expect((await s.api('GET', `/links/${withDefaults.id}`)).body.pixelIds).toContain(def.id);
    });

    it('refuses an unknown pixel id with 422 PIXEL_UNKNOWN and writes nothing', async () => {
      const slug = freshSlug('px');
      const real = await createPixel(s);
      const res = await s.api('POST', '/links', { url: 'https://example.com/', slug, pixelIds: [real.id, 'pix_00000000000000000000000000'] });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('PIXEL_UNKNOWN');
      expect(res.body.error.details).toEqual({ field: 'pixelIds', pixelIds: ['pix_00000000000000000000000000'] });
      const search = await s.api('GET', `/links?q=${slug}`);
      expect(search.body.data).toEqual([]);
      expect((await s.get(`/${slug}`)).status).toBe(404);
    });
  });

  describe('read, list and search', () => {
    it('GET /links/:id answers 404 LINK_NOT_FOUND for an unknown id', async () => {
      const res = await s.api('GET', '/links/lnk_00000000000000000000000000');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('LINK_NOT_FOUND');
    });

    it('lists newest first and pages through everything exactly once', async () => {
      const tag = freshSlug('page');
      const created: string[] = [];
      for (let i = 0; i < 7; i++) created.push((await createLink(s, { url: `https://example.com/p${i}`, tags: [tag] })).id);
      const first = await s.api('GET', `/links?tag=${tag}&limit=3`);
      expect(first.status).toBe(200);
      expect(first.body.data.map((l: any) => l.id)).toEqual(created.slice(-3).reverse());
      expect(typeof first.body.nextCursor).toBe('string');
      const all = await listAll(s, `/links?tag=${tag}&limit=3`);
      expect(all.map((l) => l.id)).toEqual([...created].reverse());
      const last = await s.api('GET', `/links?tag=${tag}&limit=7`);
      expect(last.body.nextCursor).toBeNull();
    });

    it('defaults to 50 per page', async () => {
      const res = await s.api('GET', '/links');
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(50);
      expect(res.body).toHaveProperty('nextCursor');
    });

    it('searches slug, url, title and tags case-insensitively, with % and _ taken literally', async () => {
      const word = freshSlug('Needle').replace(/-/g, '');
      const bySlug = await createLink(s, { url: 'https://example.com/', slug: `${word}-slug` });
      const byUrl = await createLink(s, { url: `https://example.com/${word.toUpperCase()}/x` });
      const byTitle = await createLink(s, { url: 'https://example.com/', title: `About ${word.toLowerCase()}` });
      const byTag = await createLink(s, { url: 'https://example.com/', tags: [`t-${word}`] });
      const found = await s.api('GET', `/links?q=${encodeURIComponent(word.toLowerCase())}`);
      expect(found.status).toBe(200);
      expect(found.body.data.map((l: any) => l.id).sort()).toEqual([bySlug.id, byUrl.id, byTitle.id, byTag.id].sort());

      const pct = await createLink(s, { url: 'https://example.com/', title: `${word} 100%` });
      const literal = await s.api('GET', `/links?q=${encodeURIComponent(`${word} 100%`)}`);
      expect(literal.body.data.map((l: any) => l.id)).toEqual([pct.id]);
      const underscore = await s.api('GET', `/links?q=${encodeURIComponent(`${word}_slug`)}`);
      expect(underscore.body.data).toEqual([]);
    });

    it('filters by exact tag and by domain', async () => {
      const tag = freshSlug('Tag');
      const tagged = await createLink(s, { url: 'https://example.com/', tags: [tag] });
      await createLink(s, { url: 'https://example.com/', tags: [`${tag}-longer`] });
      expect((await s.api('GET', `/links?tag=${tag}`)).body.data.map((l: any) => l.id)).toEqual([tagged.id]);
      expect((await s.api('GET', `/links?tag=${tag.toLowerCase()}`)).body.data).toEqual([]);

      const host = `${freshSlug('f')}.example.org`;
      expect((await s.api('POST', '/domains', { hostname: host })).status).toBe(201);
      const onDomain = await createLink(s, { url: 'https://example.com/', domain: host });
      expect((await s.api('GET', `/links?domain=${host}`)).body.data.map((l: any) => l.id)).toEqual([onDomain.id]);
      const onDefault = await s.api('GET', `/links?domain=${encodeURIComponent(s.config.defaultHost)}&limit=100`);
      expect(onDefault.body.data.every((l: any) => l.domain === s.config.defaultHost)).toBe(true);
      expect((await s.api('GET', '/links?domain=unknown.example')).body.error.code).toBe('DOMAIN_UNKNOWN');
    });
  });

  describe('update', () => {
    it('leaves absent fields unchanged and clears fields set to null', async () => {
      const pixel = await createPixel(s);
      const link = await createLink(s, {
        url: 'https://example.com/orig',
        title: 'Original',
        tags: ['a'],
        pixelIds: [pixel.id],
        expiresAt: '2031-01-01T00:00:00.000Z',
        expiredUrl: 'https://example.com/gone',
        maxClicks: 5,
        password: 'pw',
        consent: { policy: 'never' },
        event: { name: 'custom_event' },
      });
      const titleOnly = await s.api('PATCH', `/links/${link.id}`, { title: 'Renamed' });
      expect(titleOnly.status).toBe(200);
      expect(titleOnly.body).toEqual({ ...link, title: 'Renamed', updatedAt: titleOnly.body.updatedAt });
      expect(Date.parse(titleOnly.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(link.updatedAt));

      const cleared = await s.api('PATCH', `/links/${link.id}`, {
        title: null,
        expiresAt: null,
        expiredUrl: null,
        maxClicks: null,
        password: null,
        consent: null,
        event: null,
        pixelIds: [],
        tags: [],
      });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({
        url: 'https://example.com/orig',
        slug: link.slug,
        title: null,
        expiresAt: null,
        expiredUrl: null,
        maxClicks: null,
        hasPassword: false,
        consent: null,
        event: null,
        pixelIds: [],
        tags: [],
      });
      expect((await s.api('GET', `/links/${link.id}`)).body).toEqual(cleared.body);
    });

    it('changes url, redirect type and slug; the old slug becomes free', async () => {
      const oldSlug = freshSlug('old');
      const newSlug = freshSlug('new');
      const link = await createLink(s, { url: 'https://example.com/a', slug: oldSlug });
      const res = await s.api('PATCH', `/links/${link.id}`, { url: 'https://bücher.de/b', slug: newSlug, redirectType: 301 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: link.id, url: 'https://xn--bcher-kva.de/b', slug: newSlug, redirectType: 301, shortUrl: `${s.config.publicUrl}/${newSlug}` });
      const reuse = await createLink(s, { url: 'https://example.com/reuse', slug: oldSlug });
      expect(reuse.slug).toBe(oldSlug);
    });

    it('answers 409 on a slug clash and changes nothing', async () => {
      const taken = await createLink(s, { url: 'https://example.com/t', slug: freshSlug('taken') });
      const link = await createLink(s, { url: 'https://example.com/l', slug: freshSlug('mine') });
      const res = await s.api('PATCH', `/links/${link.id}`, { slug: taken.slug, title: 'should not stick' });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('SLUG_TAKEN');
      expect((await s.api('GET', `/links/${link.id}`)).body).toEqual(link);
    });

    it('validates like create: unsafe URL, reserved slug, unknown pixel', async () => {
      const link = await createLink(s, { url: 'https://example.com/v' });
      expect((await s.api('PATCH', `/links/${link.id}`, { url: 'javascript:alert(1)' })).body.error.code).toBe('URL_UNSAFE');
      expect((await s.api('PATCH', `/links/${link.id}`, { slug: 'API' })).body.error.code).toBe('SLUG_RESERVED');
      expect((await s.api('PATCH', `/links/${link.id}`, { pixelIds: ['pix_00000000000000000000000000'] })).body.error.code).toBe('PIXEL_UNKNOWN');
      expect((await s.api('PATCH', `/links/${link.id}`, { url: null })).status).toBe(422);
      expect((await s.api('GET', `/links/${link.id}`)).body).toEqual(link);
    });

    it('answers 404 for an unknown id', async () => {
      const res = await s.api('PATCH', '/links/lnk_00000000000000000000000000', { title: 'x' });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('LINK_NOT_FOUND');
    });
  });

  describe('delete', () => {
    it('deletes once (204), then answers 404', async () => {
      const link = await createLink(s, { url: 'https://example.com/del' });
      const res = await s.api('DELETE', `/links/${link.id}`);
      expect(res.status).toBe(204);
      expect(res.body).toBeNull();
      expect((await s.api('GET', `/links/${link.id}`)).status).toBe(404);
      const again = await s.api('DELETE', `/links/${link.id}`);
      expect(again.status).toBe(404);
      expect(again.body.error.code).toBe('LINK_NOT_FOUND');
    });
  });
});
