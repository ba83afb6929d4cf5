/**
 * Each platform in real Chromium, through the real Ricochet server, against fake vendors on their
 * own network (docs/vendor-fakes.md): the official snippet initialises the pixel with the right id
 * and events; the fake library makes its config round trips first, as the real one does, then
 * hands its hits to the browser with the real transport; the page leaves the moment the counted hit
 * is handed over. The fakes never answer a hit here (`holdHits`), so a page that waited for an
 * answer would sit until the cap, and every hit must still reach the fake although the page has
 * left: an image, a script, an XHR as much as a beacon or a keepalive fetch.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/pixels/catalog.js';
import { PLATFORMS, type Platform } from '../../src/core/pixels/platform.js';
import { clickRows } from './support/live-server.js';
import { expectLeftOnDispatch, useLiveSuite } from './support/live-suite.js';
import { hitJson, hitParams, type Transport, type VendorFakes, type VendorRequest } from './support/vendor-fakes.js';

const CAP_MS = 10_000;
const suite = useLiveSuite({ PIXEL_TIMEOUT_MS: String(CAP_MS) });
const QUERY = 'utm_source=nl&utm_campaign=spring';
const EVENT = 'ricochet_click';

/** What every check needs to know about the click: its id (the dedup key) and the audience event params. */
interface Click {
  id: string;
  params: Record<string, string>;
}
type Check = (fakes: VendorFakes, tagId: string, click: Click) => void;

const params = (r: VendorRequest | undefined) => Object.fromEntries(hitParams(r!));
const seqOf = (fakes: VendorFakes, part: string) => fakes.requests.find((r) => r.url.includes(part))?.seq ?? Infinity;
const firstHit = (fakes: VendorFakes, p: Platform) => Math.min(...fakes.hits(p).map((r) => r.seq));

/** Per platform: hits one click sends, the transport the real library uses for them, and what they carry. */
const CHECKS: Record<Platform, { tagId?: string; hits: number; transport: Transport; check: Check }> = {
  meta: {
    hits: 2,
    transport: 'image',
    check(fakes, id, click) {
      expect(fakes.callsOf('fbq')).toEqual([
        ['consent', 'grant'],
        ['init', id],
        ['trackSingle', id, 'PageView', {}, { eventID: click.id }],
        ['trackSingleCustom', id, EVENT, click.params, { eventID: click.id }],
      ]);
      const [pageView, event] = fakes.hits('meta');
      expect(params(pageView)).toMatchObject({ id, ev: 'PageView', eid: click.id });
      expect(params(event)).toMatchObject({ id, ev: EVENT, eid: click.id, 'cd[link_id]': click.params.link_id, 'cd[tags]': 'spring,sale' });
      expect(seqOf(fakes, `/signals/config/${id}`)).toBeLessThan(firstHit(fakes, 'meta'));
    },
  },
  google_ads: {
    hits: 2,
    transport: 'script',
    check(fakes, id, click) {
      const calls = fakes.callsOf('gtag');
      expect(calls[0]).toEqual(['consent', 'default', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' }]);
      expect(calls).toContainEqual(['config', id]);
      expect(calls).toContainEqual(['event', EVENT, expect.objectContaining({ ...click.params, send_to: id, transaction_id: click.id })]);
      const [config, event] = fakes.hits('google_ads');
      expect(config!.url).toContain('/pagead/viewthroughconversion/123456789/');
      expect(config!.dest).toBe('script');
      expect(params(config)).toMatchObject({ en: 'gtag.config', gcs: 'G111' });
      expect(params(event)).toMatchObject({ en: EVENT, oid: click.id, gcs: 'G111', npa: '0' });
      expect(params(event).data).toContain(`transaction_id=${click.id}`);
    },
  },
  ga4: {
    hits: 2,
    transport: 'beacon',
    check(fakes, id, click) {
      const calls = fakes.callsOf('gtag');
      expect(calls[0]?.[0]).toBe('consent');
      expect(calls).toContainEqual(['config', id]);
      expect(calls).toContainEqual(['event', EVENT, expect.objectContaining({ send_to: id, transaction_id: click.id })]);
      const [pageView, event] = fakes.hits('ga4');
      expect(pageView!.url).toMatch(/^https:\/\/region1\.google-analytics\.com\/g\/collect\?/);
      expect(params(pageView)).toMatchObject({ tid: id, en: 'page_view', gcs: 'G111' });
      expect(params(event)).toMatchObject({ tid: id, en: EVENT, 'ep.transaction_id': click.id, 'ep.link_id': click.params.link_id });
    },
  },
  linkedin: {
    // No custom events exist without a conversion rule id: the page view is the audience signal.
    hits: 1,
    transport: 'xhr',
    check(fakes, id) {
      expect(fakes.callsOf('_linkedin_data_partner_ids')).toEqual([[id]]);
      expect(fakes.callsOf('lintrk')).toEqual([]);
      const [pageView] = fakes.hits('linkedin');
      expect(pageView!.method).toBe('POST');
      expect(hitJson(pageView!)).toMatchObject({ pids: [id], signalType: 'PAGE_VISIT' });
    },
  },
  tiktok: {
    hits: 2,
    transport: 'fetch-keepalive',
    check(fakes, id, click) {
      expect(fakes.callsOf('ttq', id)).toEqual([['load', id], ['page'], ['track', EVENT, click.params, { event_id: click.id }]]);
      const [page, event] = fakes.hits('tiktok').map((r) => hitJson<Record<string, unknown>>(r));
      expect(page).toMatchObject({ event: 'Pageview', context: { pixel: { code: id } } });
      expect(event).toMatchObject({ event: EVENT, event_id: click.id, properties: click.params, context: { pixel: { code: id } } });
      // The library, then its config, then the hits (docs/vendor-fakes.md: TikTok).
      expect(seqOf(fakes, '/i18n/pixel/static/main.')).toBeLessThan(seqOf(fakes, `/i18n/pixel/config.js?sdkid=${id}`));
      expect(seqOf(fakes, `/i18n/pixel/config.js?sdkid=${id}`)).toBeLessThan(firstHit(fakes, 'tiktok'));
    },
  },
  x: {
    // An event id: the base pixel's page view plus that event with conversion_id (catalog: X).
    tagId: 'tw-o5h34-o9p5x',
    hits: 4,
    transport: 'image',
    check(fakes, id, click) {
      expect(fakes.callsOf('twq')).toEqual([
        ['config', 'o5h34'],
        ['event', id, { ...click.params, conversion_id: click.id }],
      ]);
      const hits = fakes.hits('x');
      expect(hits.map((h) => new URL(h.url).host).sort()).toEqual(['analytics.twitter.com', 'analytics.twitter.com', 't.co', 't.co']);
      for (const h of hits) expect(params(h).txn_id).toBe('o5h34');
      const events = hits.map((h) => JSON.parse(params(h).events!) as [string, Record<string, string>][]);
      expect(events).toContainEqual([['pageview', {}]]);
      expect(events).toContainEqual([[id, { ...click.params, conversion_id: click.id }]]);
    },
  },
  pinterest: {
    hits: 2,
    transport: 'fetch-keepalive',
    check(fakes, id, click) {
      expect(fakes.callsOf('pintrk')).toEqual([
        ['load', id],
        ['page'],
        ['track', 'custom', { ...click.params, event_name: EVENT, event_id: click.id }],
      ]);
      const [page, custom] = fakes.hits('pinterest');
      expect(params(page)).toMatchObject({ event: 'init', tid: id });
      expect(params(custom)).toMatchObject({ event: 'custom', tid: id });
      expect(JSON.parse(params(custom).ed!)).toMatchObject({ event_id: click.id, event_name: EVENT });
      expect(seqOf(fakes, 's.pinimg.com/ct/lib/main.')).toBeLessThan(firstHit(fakes, 'pinterest'));
    },
  },
  snapchat: {
    hits: 1,
    transport: 'beacon',
    check(fakes, id, click) {
      expect(fakes.callsOf('snaptr')).toEqual([
        ['init', id],
        ['track', 'PAGE_VIEW'],
        ['track', 'CUSTOM_EVENT_1', { ...click.params, description: EVENT, client_dedup_id: click.id }],
      ]);
      const [batch] = fakes.hits('snapchat');
      expect(hitJson(batch!)).toMatchObject([
        { pid: id, ev: 'PAGE_VIEW' },
        { pid: id, ev: 'CUSTOM_EVENT_1', client_dedup_id: click.id },
      ]);
      expect(seqOf(fakes, `tr.snapchat.com/config/1/${id}.js`)).toBeLessThan(firstHit(fakes, 'snapchat'));
    },
  },
  reddit: {
    hits: 2,
    transport: 'image',
    check(fakes, id, click) {
      expect(fakes.callsOf('rdt')).toEqual([
        ['init', id],
        ['track', 'PageVisit'],
        ['track', 'Custom', { customEventName: EVENT, conversionId: click.id }],
      ]);
      const [visit, custom] = fakes.hits('reddit');
      expect(params(visit)).toMatchObject({ id, event: 'PageVisit' });
      expect(params(custom)).toMatchObject({ id, event: 'Custom', 'm.customEventName': EVENT, 'm.conversionId': click.id });
      expect(seqOf(fakes, `pixel-config.reddit.com/pixels/${id}/config`)).toBeLessThan(firstHit(fakes, 'reddit'));
    },
  },
  microsoft: {
    hits: 2,
    transport: 'image',
    check(fakes, id, click) {
      expect(fakes.callsOf('UET', id)).toEqual([['new', { ti: id }]]);
      // A pixel on the page is a pixel allowed to fire: UET gets storage granted.
      // The custom event carries the click id as `event_id`, UET's key against its Conversions API (docs/conversions.md).
      expect(fakes.callsOf('uetq', id)).toEqual([['consent', 'default', { ad_storage: 'granted' }], ['pageLoad'], ['event', EVENT, { ...click.params, event_id: click.id }]]);
      const [pageLoad, custom] = fakes.hits('microsoft');
      expect(params(pageLoad)).toMatchObject({ ti: id, evt: 'pageLoad', asc: 'G' });
      expect(params(custom)).toMatchObject({ ti: id, evt: 'custom', ea: EVENT, link_id: click.params.link_id, event_id: click.id });
      expect(seqOf(fakes, `bat.bing.com/p/action/${id}.js`)).toBeLessThan(firstHit(fakes, 'microsoft'));
    },
  },
  quora: {
    hits: 2,
    transport: 'image',
    check(fakes, id) {
      expect(fakes.callsOf('qp')).toEqual([
        ['init', id],
        ['track', 'ViewContent'],
        ['track', 'Generic'],
      ]);
      const hits = fakes.hits('quora');
      for (const h of hits) expect(new URL(h.url).pathname).toBe(`/_/ad/${id}/pixel`);
      expect(hits.map((h) => params(h).tag)).toEqual(['ViewContent', 'Generic']);
    },
  },
};

/** The audience event params of a click on `linkId` with QUERY (arrays joined, src/http/interstitial/page-config.ts). */
const eventParams = (linkId: string) => ({ link_id: linkId, tags: 'spring,sale', utm_source: 'nl', utm_campaign: 'spring', campaign: 'spring' });

describe('each platform fires, hands its hit to the browser, leaves without an answer, and the hit arrives', () => {
  it.each(PLATFORMS)('%s', async (platform) => {
    const { tagId = CATALOG[platform].example, hits, transport, check } = CHECKS[platform];
    const link = await suite.link([[platform, tagId]], { tags: ['spring', 'sale'] });
    const v = await suite.visitor({ fakes: { holdHits: true } });

    await v.page.goto(`${link.url}?${QUERY}`, { waitUntil: 'commit' });
    await v.page.waitForURL((u) => u.href === link.landed(QUERY), { timeout: CAP_MS - 2000 });
    expectLeftOnDispatch(v.fakes, link.landed(QUERY), [{ platform, tagId }], CAP_MS);

    // Every hit the library handed over reached the fake vendor, the page gone or not.
    await expect.poll(() => v.fakes.hits(platform).length, { timeout: 5000 }).toBe(hits);
    expect(v.fakes.timeline.filter((e) => e.kind === 'sent').map((e) => e.transport)).toEqual(Array(hits).fill(transport));
    const stats = await suite.statsWhen(link.id, (s) => s.totals.pixelConfirmed > 0);
    expect(stats.pixels).toEqual([{ pixelId: link.pixelIds[0], fires: 1, confirmed: 1, yield: 1 }]);
    const [row] = await clickRows(suite.server(), link.id);
    check(v.fakes, tagId, { id: row!.click_id!, params: eventParams(link.id) });
    // Nothing but this platform was contacted.
    expect([...new Set(v.fakes.requests.map((r) => r.platform))]).toEqual([platform]);
    expect(v.problems).toEqual([]);
  });
});

describe('several pixels', () => {
  it('all platforms together, two pixels of several platforms: each gets its own init, events and hits; the page leaves after the last counted hit', async () => {
    const pixels: [Platform, string][] = [
      ...PLATFORMS.map((p): [Platform, string] => [p, CATALOG[p].example]),
      ['meta', '222222222222222'],
      ['tiktok', 'C9ZYXWVUTSRQPONMLK98'],
      ['google_ads', 'AW-987654321'],
      ['microsoft', '87654321'],
    ];
    const link = await suite.link(pixels, { tags: ['spring', 'sale'] });
    // Hits are answered here: fifteen pixels' worth of held requests would fill the browser's
    // quota of slow requests in flight, which the per-platform cases above cover one by one.
    const v = await suite.visitor();
    await v.page.goto(`${link.url}?${QUERY}`, { waitUntil: 'commit' });
    await v.page.waitForURL((u) => u.href === link.landed(QUERY), { timeout: CAP_MS - 2000 });
    expectLeftOnDispatch(v.fakes, link.landed(QUERY), pixels.map(([platform, tagId]) => ({ platform, tagId })), CAP_MS);
    const { fakes } = v;
    const stats = await suite.statsWhen(link.id, (s) => s.totals.pixelConfirmed > 0);
    expect(stats.totals).toMatchObject({ humanClicks: 1, pixelFires: 15, pixelConfirmed: 15 });
    const [row] = await clickRows(suite.server(), link.id);
    const click = { id: row!.click_id!, params: eventParams(link.id) };

    for (const id of ['123456789012345', '222222222222222']) {
      expect(fakes.callsOf('fbq')).toContainEqual(['trackSingleCustom', id, EVENT, click.params, { eventID: click.id }]);
    }
    await expect.poll(() => fakes.hits('meta').map((h) => `${params(h).id}:${params(h).ev}`).sort()).toEqual(
      [`123456789012345:${EVENT}`, '123456789012345:PageView', `222222222222222:${EVENT}`, '222222222222222:PageView'].sort(),
    );
    for (const id of ['C4ABCDEFGHIJKLMN1234', 'C9ZYXWVUTSRQPONMLK98']) {
      expect(fakes.callsOf('ttq', id)).toEqual([['load', id], ['page'], ['track', EVENT, click.params, { event_id: click.id }]]);
    }
    await expect
      .poll(() => fakes.hits('google_ads').filter((h) => params(h).en === EVENT).map((h) => new URL(h.url).pathname).sort())
      .toEqual(['/pagead/viewthroughconversion/123456789/', '/pagead/viewthroughconversion/987654321/']);
    expect(fakes.callsOf('uetq', '87654321')).toContainEqual(['event', EVENT, { ...click.params, event_id: click.id }]);
    await expect.poll(() => fakes.hits('microsoft').map((h) => `${params(h).ti}:${params(h).evt}`).sort()).toEqual([
      '12345678:custom',
      '12345678:pageLoad',
      '87654321:custom',
      '87654321:pageLoad',
    ]);
    // Every hit any library handed to the browser arrived, from every platform.
    const sent = fakes.timeline.filter((e) => e.kind === 'sent').length;
    await expect.poll(() => fakes.hits().length, { timeout: 5000 }).toBe(sent);
    expect(new Set(fakes.hits().map((h) => h.platform))).toEqual(new Set(PLATFORMS));
    // The gtag consent default reaches the dataLayer before any config.
    const gtag = fakes.callsOf('gtag').map((c) => c[0]);
    expect(gtag.indexOf('consent')).toBeLessThan(gtag.indexOf('config'));
    expect(v.problems).toEqual([]);
  });
});
