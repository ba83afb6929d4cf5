import { describe, expect, it } from 'vitest';
import { createLink, createPixel, freshSlug, otherWorkspace, testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('workspace isolation on %s', (engine) => {
  const s = useTestServer(engine);

  /** Rows in the owner's workspace, and a stranger's key in another workspace. */
  async function setup() {
    const pixel = await createPixel(s, { isDefault: true });
    const link = await createLink(s, { url: 'https://example.com/private', slug: freshSlug('iso'), tags: ['secret-tag'], pixelIds: [pixel.id] });
    const domain = (await s.api('POST', '/domains', { hostname: `${freshSlug('iso')}.example.com` })).body;
    const key = (await s.api('POST', '/api-keys', { name: 'mine', role: 'viewer' })).body;
    const stranger = await otherWorkspace(s, freshSlug('stranger'));
    return { pixel, link, domain, key, stranger };
  }

  it('answers 404 (not 403) for another workspace’s ids on GET, PATCH and DELETE', async () => {
    const { pixel, link, domain, key, stranger } = await setup();
    const cases: Array<[string, string, unknown, string]> = [
      ['GET', `/links/${link.id}`, undefined, 'LINK_NOT_FOUND'],
      ['PATCH', `/links/${link.id}`, { url: 'https://evil.example/' }, 'LINK_NOT_FOUND'],
      ['DELETE', `/links/${link.id}`, undefined, 'LINK_NOT_FOUND'],
      ['GET', `/pixels/${pixel.id}`, undefined, 'PIXEL_NOT_FOUND'],
      ['PATCH', `/pixels/${pixel.id}`, { name: 'stolen' }, 'PIXEL_NOT_FOUND'],
      ['DELETE', `/pixels/${pixel.id}`, undefined, 'PIXEL_NOT_FOUND'],
      ['GET', `/domains/${domain.id}`, undefined, 'DOMAIN_NOT_FOUND'],
      ['DELETE', `/domains/${domain.id}`, undefined, 'DOMAIN_NOT_FOUND'],
      ['DELETE', `/api-keys/${key.id}`, undefined, 'API_KEY_NOT_FOUND'],
    ];
    for (const [method, path, body, code] of cases) {
      const res = await s.api(method, path, body, stranger.key);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code, `${method} ${path}`).toBe(code);
    }
    // Everything is still there and unchanged for its owner.
    expect((await s.api('GET', `/links/${link.id}`)).body).toEqual(link);
    expect((await s.api('GET', `/pixels/${pixel.id}`)).body.name).toBe(pixel.name);
    expect((await s.api('GET', `/domains/${domain.id}`)).status).toBe(200);
    expect((await s.api('GET', '/api-keys?limit=100')).body.data.map((k: any) => k.id)).toContain(key.id);
    expect((await s.get(`/${link.slug}`)).headers.get('location')).toBe('https://example.com/private');
  });

  it('shows a new workspace empty lists, whatever the filter', async () => {
    const { link, stranger } = await setup();
    for (const path of ['/links', `/links?q=${link.slug}`, '/links?tag=secret-tag', '/links?q=private', '/pixels', '/domains']) {
      const res = await s.api('GET', path, undefined, stranger.key);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toEqual({ data: [], nextCursor: null, hasMore: false });
    }
    const keys = await s.api('GET', '/api-keys', undefined, stranger.key);
    expect(keys.body.data.map((k: any) => k.name)).toEqual(['other owner']);
  });

  it('does not let a workspace use another’s pixels, domains or default pixels', async () => {
    const { pixel, domain, stranger } = await setup();
    const withPixel = await s.api('POST', '/links', { url: 'https://example.com/', pixelIds: [pixel.id] }, stranger.key);
    expect(withPixel.status).toBe(422);
    expect(withPixel.body.error.code).toBe('PIXEL_UNKNOWN');
    const onDomain = await s.api('POST', '/links', { url: 'https://example.com/', domain: domain.hostname }, stranger.key);
    expect(onDomain.status).toBe(422);
    expect(onDomain.body.error.code).toBe('DOMAIN_UNKNOWN');
    const plain = await s.api('POST', '/links', { url: 'https://example.com/' }, stranger.key);
    expect(plain.status).toBe(201);
    expect(plain.body.pixelIds).toEqual([]);
    const claim = await s.api('POST', '/domains', { hostname: domain.hostname }, stranger.key);
    expect(claim.status).toBe(409);
    expect(claim.body.error.code).toBe('DOMAIN_TAKEN');
  });

  it('shares the slug space of the default domain between workspaces (409, no leak of the owner)', async () => {
    const { link, stranger } = await setup();
    const res = await s.api('POST', '/links', { url: 'https://example.com/', slug: link.slug }, stranger.key);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SLUG_TAKEN');
    expect(JSON.stringify(res.body)).not.toContain(link.id);
  });

  it('shows each key only its own workspace', async () => {
    const { stranger } = await setup();
    const mine = (await s.api('GET', '/workspace')).body;
    const theirs = (await s.api('GET', '/workspace', undefined, stranger.key)).body;
    expect(theirs.id).toBe(stranger.id);
    expect(theirs.id).not.toBe(mine.id);
    await s.api('PATCH', '/workspace', { name: 'renamed by stranger' }, stranger.key);
    expect((await s.api('GET', '/workspace')).body.name).toBe(mine.name);
  });
});
