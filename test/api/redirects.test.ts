import { describe, expect, it } from 'vitest';
import { createLink, freshSlug, requestWithHost, testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('plain redirects on %s', (engine) => {
  const s = useTestServer(engine);

  it('GET /:slug answers 302 with Location and Cache-Control: private, max-age=0', async () => {
    const link = await createLink(s, { url: 'https://example.com/landing', pixelIds: [] });
    const res = await s.get(`/${link.slug}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://example.com/landing');
    expect(res.headers.get('cache-control')).toBe('private, max-age=0');
  });

  it.each([301, 302, 307, 308])('honours redirectType %i', async (redirectType) => {
    const link = await createLink(s, { url: `https://example.com/${redirectType}`, redirectType, pixelIds: [] });
    const res = await s.get(`/${link.slug}`);
    expect(res.status).toBe(redirectType);
    expect(res.headers.get('location')).toBe(`https://example.com/${redirectType}`);
  });

  it('redirects to the punycode form of an IDN destination', async () => {
    const link = await createLink(s, { url: 'https://bücher.de/x', pixelIds: [] });
    expect((await s.get(`/${link.slug}`)).headers.get('location')).toBe('https://xn--bcher-kva.de/x');
  });

  it('answers an unknown slug with a 404 HTML page', async () => {
    const res = await s.get(`/${freshSlug('missing')}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toMatch(/<html[\s\S]*not exist/i);
  });

  it('is case-sensitive: Promo and promo are different links', async () => {
    const base = freshSlug('promo');
    await createLink(s, { url: 'https://example.com/upper', slug: `P${base}`, pixelIds: [] });
    const lowerMissing = await s.get(`/p${base}`);
    expect(lowerMissing.status).toBe(404);
    await createLink(s, { url: 'https://example.com/lower', slug: `p${base}`, pixelIds: [] });
    expect((await s.get(`/P${base}`)).headers.get('location')).toBe('https://example.com/upper');
    expect((await s.get(`/p${base}`)).headers.get('location')).toBe('https://example.com/lower');
  });

  it('HEAD answers the same status and Location without a body', async () => {
    const link = await createLink(s, { url: 'https://example.com/head', redirectType: 307, pixelIds: [] });
    const head = await requestWithHost(s.url, `/${link.slug}`, s.host, 'HEAD');
    expect(head.status).toBe(307);
    expect(head.headers.location).toBe('https://example.com/head');
    expect(head.body).toBe('');
    const missing = await requestWithHost(s.url, `/${freshSlug('nohead')}`, s.host, 'HEAD');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('');
  });

  it('sees an update at once (the cache is invalidated on write)', async () => {
    const link = await createLink(s, { url: 'https://example.com/before', pixelIds: [] });
    expect((await s.get(`/${link.slug}`)).headers.get('location')).toBe('https://example.com/before');
    await s.api('PATCH', `/links/${link.id}`, { url: 'https://example.com/after', redirectType: 301 });
    const res = await s.get(`/${link.slug}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('https://example.com/after');
  });

  it('sees a delete at once', async () => {
    const link = await createLink(s, { url: 'https://example.com/doomed', pixelIds: [] });
    expect((await s.get(`/${link.slug}`)).status).toBe(302);
    expect((await s.api('DELETE', `/links/${link.id}`)).status).toBe(204);
    expect((await s.get(`/${link.slug}`)).status).toBe(404);
  });

  it('sees a link created after its slug was looked up and missed', async () => {
    const slug = freshSlug('later');
    expect((await s.get(`/${slug}`)).status).toBe(404);
    await createLink(s, { url: 'https://example.com/later', slug, pixelIds: [] });
    expect((await s.get(`/${slug}`)).headers.get('location')).toBe('https://example.com/later');
  });

  it('on a slug change the old short URL 404s and the new one redirects', async () => {
    const oldSlug = freshSlug('old');
    const newSlug = freshSlug('new');
    const link = await createLink(s, { url: 'https://example.com/moved', slug: oldSlug, pixelIds: [] });
    expect((await s.get(`/${oldSlug}`)).status).toBe(302);
    expect((await s.get(`/${newSlug}`)).status).toBe(404);
    const res = await s.api('PATCH', `/links/${link.id}`, { slug: newSlug });
    expect(res.status).toBe(200);
    expect((await s.get(`/${oldSlug}`)).status).toBe(404);
    const moved = await s.get(`/${newSlug}`);
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('https://example.com/moved');
  });

  it('accepts one trailing slash after the slug', async () => {
    const link = await createLink(s, { url: 'https://example.com/slash', pixelIds: [] });
    expect((await s.get(`/${link.slug}/`)).headers.get('location')).toBe('https://example.com/slash');
  });

  it('routes by Host: a custom domain has its own slugs and its notFoundUrl', async () => {
    const hostname = `${freshSlug('go')}.example.com`;
    const domain = await s.api('POST', '/domains', { hostname, notFoundUrl: 'https://example.com/no-such-link' });
    expect(domain.status).toBe(201);
    const slug = freshSlug('dom');
    await createLink(s, { url: 'https://example.com/on-custom', slug, domain: hostname, pixelIds: [] });

    const hit = await requestWithHost(s.url, `/${slug}`, hostname);
    expect(hit.status).toBe(302);
    expect(hit.headers.location).toBe('https://example.com/on-custom');
    const upperHost = await requestWithHost(s.url, `/${slug}`, hostname.toUpperCase());
    expect(upperHost.headers.location).toBe('https://example.com/on-custom');

    // Not on the default domain…
    expect((await s.get(`/${slug}`)).status).toBe(404);
    // …and an unknown slug on the custom domain goes to its notFoundUrl.
    const miss = await requestWithHost(s.url, `/${freshSlug('nope')}`, hostname);
    expect(miss.status).toBe(302);
    expect(miss.headers.location).toBe('https://example.com/no-such-link');
    // An unknown host falls back to the default domain.
    const defaultLink = await createLink(s, { url: 'https://example.com/default-host', pixelIds: [] });
    expect((await requestWithHost(s.url, `/${defaultLink.slug}`, 'unknown.example')).headers.location).toBe('https://example.com/default-host');
  });

  it('does not treat reserved paths as slugs', async () => {
    expect((await s.get('/healthz')).status).toBe(200);
    expect((await s.get('/api/openapi.json')).status).toBe(200);
  });
});
