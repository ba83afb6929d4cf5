/**
 * Issue 14: every answer of the redirect path, its status asserted exactly, over real HTTP. A
 * status is part of the contract (docs/architecture.md, DESIGN §2): a 301 where a 302 is due is
 * cached by browsers forever, so an `expiredUrl` answered with the link's own 301 would keep
 * sending people to the "expired" page after the link is renewed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/core/ports.js';
import { rawRequest, UA } from '../analytics/support.js';
import { createLink, freshSlug, testEngines } from '../api/helpers.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** A clock that stands still until moved: expiry is tested to the millisecond. */
class StillClock implements Clock {
  at: number;
  constructor(at: number) {
    this.at = at;
  }
  now(): number {
    return this.at;
  }
}

const HOUR = 3_600_000;
const DIRECT = 'private, max-age=0';

describe.each(testEngines())('redirect statuses on %s', (engine) => {
  const clock = new StillClock(Date.UTC(2030, 0, 15, 12));
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(engine, {}, { clock });
  });
  afterAll(() => s.close());

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    rawRequest(s.url, path, { method, headers: { 'user-agent': UA.chromeMac, ...headers } });

  function expectRedirect(res: Awaited<ReturnType<typeof get>>, status: number, location: string) {
    expect(res.status).toBe(status);
    expect(res.headers.location).toBe(location);
    expect(res.headers['cache-control']).toBe(DIRECT);
  }

  function expectPage(res: Awaited<ReturnType<typeof get>>, status: number, text: RegExp | null) {
    expect(res.status).toBe(status);
    expect(res.headers.location).toBeUndefined();
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    if (text) expect(res.body).toMatch(text);
    else expect(res.body).toBe('');
  }

  it.each([301, 302, 307, 308])('a link of redirectType %i answers exactly that status to GET and HEAD', async (redirectType) => {
    const link = await createLink(s, { url: `https://example.com/t${redirectType}`, redirectType, pixelIds: [] });
    expectRedirect(await get(`/${link.slug}`), redirectType, `https://example.com/t${redirectType}`);
    const head = await get(`/${link.slug}`, {}, 'HEAD');
    expectRedirect(head, redirectType, `https://example.com/t${redirectType}`);
    expect(head.body).toBe('');
  });

  it('expiry: up to the millisecond before expiresAt the link redirects; from expiresAt on, 302 to expiredUrl whatever the link\'s own type', async () => {
    const expiresAt = clock.at + HOUR;
    const link = await createLink(s, {
      url: 'https://example.com/sale',
      redirectType: 301,
      pixelIds: [],
      expiresAt: new Date(expiresAt).toISOString(),
      expiredUrl: 'https://example.com/sale-is-over',
    });
    try {
      clock.at = expiresAt - 1;
      expectRedirect(await get(`/${link.slug}`), 301, 'https://example.com/sale');
      clock.at = expiresAt;
      expectRedirect(await get(`/${link.slug}`), 302, 'https://example.com/sale-is-over');
      expectRedirect(await get(`/${link.slug}`, {}, 'HEAD'), 302, 'https://example.com/sale-is-over');
      // The query is not forwarded to the expired page: it is not the destination.
      expectRedirect(await get(`/${link.slug}?gclid=abc`), 302, 'https://example.com/sale-is-over');
    } finally {
      clock.at = expiresAt - HOUR;
    }
  });

  it('expiry without expiredUrl: 410 with the expired page (no body for HEAD)', async () => {
    const expiresAt = clock.at + HOUR;
    const link = await createLink(s, { url: 'https://example.com/gone', redirectType: 308, pixelIds: [], expiresAt: new Date(expiresAt).toISOString() });
    try {
      clock.at = expiresAt;
      expectPage(await get(`/${link.slug}`), 410, /This link has expired/);
      expectPage(await get(`/${link.slug}`, {}, 'HEAD'), 410, null);
    } finally {
      clock.at = expiresAt - HOUR;
    }
  });

  it('maxClicks: the click that reaches it is served; after it, 302 to limitUrl whatever the link\'s own type', async () => {
    const link = await createLink(s, { url: 'https://example.com/limited', redirectType: 308, pixelIds: [], maxClicks: 2, limitUrl: 'https://example.com/sold-out' });
    // Bots, HEAD and prefetches are not clicks: they do not use the allowance up.
    await get(`/${link.slug}`, { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' });
    await get(`/${link.slug}`, {}, 'HEAD');
    await get(`/${link.slug}`, { 'sec-purpose': 'prefetch' });
    expectRedirect(await get(`/${link.slug}`), 308, 'https://example.com/limited');
    expectRedirect(await get(`/${link.slug}`), 308, 'https://example.com/limited');
    expectRedirect(await get(`/${link.slug}`), 302, 'https://example.com/sold-out');
    expectRedirect(await get(`/${link.slug}`, {}, 'HEAD'), 302, 'https://example.com/sold-out');
  });

  it('maxClicks without limitUrl: 410 with the unavailable page', async () => {
    const link = await createLink(s, { url: 'https://example.com/once', pixelIds: [], maxClicks: 1 });
    expectRedirect(await get(`/${link.slug}`), 302, 'https://example.com/once');
    expectPage(await get(`/${link.slug}`), 410, /no longer available/);
    expectPage(await get(`/${link.slug}`, {}, 'HEAD'), 410, null);
  });

  it('expiry comes before the limit: an expired link at its limit answers with expiredUrl', async () => {
    const expiresAt = clock.at + HOUR;
    const link = await createLink(s, {
      url: 'https://example.com/both',
      pixelIds: [],
      maxClicks: 1,
      limitUrl: 'https://example.com/limit',
      expiresAt: new Date(expiresAt).toISOString(),
      expiredUrl: 'https://example.com/expired',
    });
    try {
      expectRedirect(await get(`/${link.slug}`), 302, 'https://example.com/both');
      expectRedirect(await get(`/${link.slug}`), 302, 'https://example.com/limit');
      clock.at = expiresAt;
      expectRedirect(await get(`/${link.slug}`), 302, 'https://example.com/expired');
    } finally {
      clock.at = expiresAt - HOUR;
    }
  });

  it('not found: 404 page on the default domain; 302 to notFoundUrl on a domain that has one, for unknown slugs and impossible paths alike', async () => {
    expectPage(await get(`/${freshSlug('nope')}`), 404, /does not exist/);
    expectPage(await get('/two/segments'), 404, /does not exist/);
    expectPage(await get(`/${freshSlug('nope')}`, {}, 'HEAD'), 404, null);
    const hostname = `${freshSlug('nf')}.example.com`;
    expect((await s.api('POST', '/domains', { hostname, notFoundUrl: 'https://example.com/lost' })).status).toBe(201);
    expectRedirect(await get(`/${freshSlug('nope')}`, { host: hostname }), 302, 'https://example.com/lost');
    expectRedirect(await get('/two/segments', { host: hostname }), 302, 'https://example.com/lost');
    expectRedirect(await get(`/${freshSlug('nope')}`, { host: hostname }, 'HEAD'), 302, 'https://example.com/lost');
  });

  it('a prefetch or prerender gets 503 with no-store and no body, before anything else', async () => {
    const link = await createLink(s, { url: 'https://example.com/pre', redirectType: 301, pixelIds: [] });
    for (const headers of [{ 'sec-purpose': 'prefetch' }, { 'sec-purpose': 'prefetch;prerender' }, { purpose: 'prefetch' }] as Array<Record<string, string>>) {
      const res = await get(`/${link.slug}`, headers);
      expect(res.status).toBe(503);
      expect(res.headers.location).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toBe('');
    }
  });

  it('a link-preview fetcher gets a 200 Open Graph page when the link has OG fields, else the link\'s own redirect', async () => {
    const withOg = await createLink(s, { url: 'https://example.com/og', redirectType: 307, pixelIds: [], og: { title: 'Spring sale' } });
    const page = await get(`/${withOg.slug}`, { 'user-agent': 'facebookexternalhit/1.1' });
    expect(page.status).toBe(200);
    expect(page.headers.location).toBeUndefined();
    expect(page.body).toContain('Spring sale');
    const plain = await createLink(s, { url: 'https://example.com/no-og', redirectType: 307, pixelIds: [] });
    expectRedirect(await get(`/${plain.slug}`, { 'user-agent': 'facebookexternalhit/1.1' }), 307, 'https://example.com/no-og');
  });

  it('a link with pixels a visitor may get answers 200 with the interstitial (no-store, noindex); a bot gets the link\'s own redirect', async () => {
    const pixel = await s.api('POST', '/pixels', { platform: 'meta', tagId: '123456789012345', name: `m-${freshSlug()}` });
    expect(pixel.status).toBe(201);
    const link = await createLink(s, { url: 'https://example.com/px', redirectType: 301, pixelIds: [pixel.body.id], consent: { policy: 'never' } });
    const res = await get(`/${link.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.location).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(res.body).toContain('https://example.com/px');
    expectRedirect(await get(`/${link.slug}`, { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }), 301, 'https://example.com/px');
  });
});
