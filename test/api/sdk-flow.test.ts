/**
 * A realistic integrator's day through the official SDK (sdk/), against a real server on each
 * engine: a pixel, links with UTM fields (one idempotently by external id), paging, an update, a
 * real click, stats over a relative range (split by day and by link), the click's event in the
 * events list, the CSV export, errors as `RicochetError`, and delete.
 */
import { describe, expect, it } from 'vitest';
import { RicochetError, createRicochetClient, paginate, unwrap, type Link } from '../../sdk/src/index.js';
import { OWNER_KEY, freshMetaId, freshSlug, testEngines, useTestServer } from './helpers.js';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe.each(testEngines())('the SDK against a real server on %s', (engine) => {
  const s = useTestServer(engine, { CLICK_FLUSH_INTERVAL_MS: '50' });

  it('runs the integrator flow end to end', async () => {
    const ricochet = createRicochetClient({ baseUrl: `${s.url}/`, apiKey: OWNER_KEY });
    const campaign = freshSlug('launch');

    // A pixel for the campaign; adding it twice is caught with a typed error.
    const tagId = freshMetaId();
    const pixel = await unwrap(ricochet.POST('/pixels', { body: { platform: 'meta', tagId, name: 'Launch pixel' } }));
    const duplicate = await ricochet.POST('/pixels', { body: { platform: 'meta', tagId } });
    expect(duplicate.error?.error).toMatchObject({ code: 'PIXEL_DUPLICATE', details: { pixelId: pixel.id } });

    // The main link, created idempotently from the CMS's id (a retried call changes nothing).
    const upsert = () =>
      ricochet.PUT('/links/external/{externalId}', {
        params: { path: { externalId: `cms-${campaign}` } },
        body: { url: 'https://example.com/launch', tags: [campaign], pixelIds: [pixel.id], utm: { source: 'newsletter', medium: 'email', campaign } },
      });
    const created = await upsert();
    expect(created.response.status).toBe(201);
    const retried = await upsert();
    expect(retried.response.status).toBe(200);
    const main: Link = await unwrap(upsert());
    expect(main.id).toBe(created.data?.id);
    expect(main.utm).toEqual({ source: 'newsletter', medium: 'email', campaign, term: null, content: null });
    expect(main.url).toBe(`https://example.com/launch?utm_source=newsletter&utm_medium=email&utm_campaign=${campaign}`);

    // More links in one call, then every link of the campaign, page by page.
    const bulk = await unwrap(
      ricochet.POST('/links/bulk', { body: { links: [1, 2, 3].map((n) => ({ url: `https://example.com/launch/${n}`, tags: [campaign], utm: { campaign, content: `variant-${n}` } })) } }),
    );
    expect([bulk.created, bulk.failed]).toEqual([3, 0]);
    const seen: Link[] = [];
    for await (const link of paginate((cursor) => ricochet.GET('/links', { params: { query: { tag: campaign, limit: 2, ...(cursor ? { cursor } : {}) } } }))) seen.push(link);
    expect(seen.map((l) => l.id).sort()).toEqual([main.id, ...bulk.results.map((r) => (r.ok ? r.link.id : ''))].sort());
    const tags = await unwrap(ricochet.GET('/tags', { params: { query: { q: campaign } } }));
    expect(tags.data).toEqual([{ name: campaign, links: 4 }]);

    // An update: a fetched link's fields go straight back in.
    const updated = await unwrap(
      ricochet.PATCH('/links/{id}', { params: { path: { id: main.id } }, body: { title: 'Launch', redirectType: main.redirectType, utm: { content: 'hero' } } }),
    );
    expect(updated).toMatchObject({ title: 'Launch', utm: { content: 'hero', campaign } });
    const found = await unwrap(ricochet.GET('/links/lookup', { params: { query: { slug: main.slug } } }));
    expect(found.id).toBe(main.id);

    // A real click on the short link as shared in a partner's mail (its own UTM tag), then the
    // figures over the last 24 hours: stats count the visits' UTM, the link's go to the destination.
    const click = await fetch(`${updated.shortUrl}?utm_source=partner`, { redirect: 'manual', headers: { 'user-agent': CHROME } });
    expect(click.status).toBe(302);
    const destination = new URL(click.headers.get('location') ?? '');
    expect(Object.fromEntries(destination.searchParams)).toEqual({ utm_source: 'partner', utm_medium: 'email', utm_campaign: campaign, utm_content: 'hero' });
    await s.server.clicks.flush();
    const stats = await unwrap(ricochet.GET('/links/{id}/stats', { params: { path: { id: main.id }, query: { range: '24h' } } }));
    expect(stats.totals).toMatchObject({ clicks: 1, humanClicks: 1, bots: 0 });
    expect(stats.utm.source).toEqual([{ value: 'partner', clicks: 1, humanClicks: 1, bots: 0 }]);
    expect(Date.parse(stats.asOf)).toBeGreaterThan(Date.parse(stats.from));
    expect((await unwrap(ricochet.GET('/links/{id}', { params: { path: { id: main.id } } }))).humanClicks).toBe(1);

    // The same figures per day and per link over the last 7 days: today's, and the main link's.
    const today = new Date().toISOString().slice(0, 10);
    const daily = await unwrap(ricochet.GET('/stats', { params: { query: { range: '7d', groupBy: 'day' } } }));
    expect(daily.groups?.map((g) => g.value).at(-1)).toBe(today);
    expect(daily.groups?.at(-1)?.humanClicks).toBeGreaterThanOrEqual(1);
    const perLink = await unwrap(ricochet.GET('/stats', { params: { query: { range: '7d', groupBy: 'link' } } }));
    expect(perLink.groups?.find((g) => g.value === main.id)).toEqual({ value: main.id, clicks: 1, humanClicks: 1, bots: 0 });

    // The click itself in the events list, filtered to the partner's visits, page by page.
    const events = [];
    for await (const event of paginate((cursor) => ricochet.GET('/events', { params: { query: { linkId: main.id, range: '24h', utmSource: 'partner', limit: 1, ...(cursor ? { cursor } : {}) } } }))) events.push(event);
    expect(events).toEqual([
      expect.objectContaining({ linkId: main.id, slug: main.slug, bot: false, device: 'desktop', utm: { source: 'partner', medium: null, campaign: null, term: null, content: null } }),
    ]);
    expect((await unwrap(ricochet.GET('/events', { params: { query: { linkId: main.id, utmSource: 'newsletter' } } }))).data).toEqual([]);

    // The raw clicks as CSV.
    const csv = await ricochet.GET('/clicks.csv', { params: { query: { linkId: main.id, range: '24h' } }, parseAs: 'text' });
    expect(csv.response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = (csv.data as string).trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(`,${main.slug},`);

    // Clean up: bulk delete the variants, delete the main link, and see the typed 404.
    const removed = await unwrap(ricochet.DELETE('/links/bulk', { params: { query: { ids: bulk.results.map((r) => (r.ok ? r.link.id : '')) } } }));
    expect(removed).toMatchObject({ deleted: 3, failed: 0 });
    expect((await ricochet.DELETE('/links/{id}', { params: { path: { id: main.id } } })).response.status).toBe(204);
    const gone = await unwrap(ricochet.GET('/links/{id}', { params: { path: { id: main.id } } })).catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(RicochetError);
    expect(gone).toMatchObject({ status: 404, code: 'LINK_NOT_FOUND', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('turns a bad key into a RicochetError with the catalogue code', async () => {
    const ricochet = createRicochetClient({ baseUrl: s.url, apiKey: 'rk_not_a_key' });
    await expect(unwrap(ricochet.GET('/workspace'))).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
