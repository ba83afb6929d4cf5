/**
 * Each platform in real Chromium: the official snippet initialises the pixel with the right id and
 * events, the fake library (which, like the real one, makes its config round trip first) sends its
 * hits with the click id as dedup key, and the browser lands on the destination with its query intact
 * because the pixel's counted hit was seen, long before the 10 s cap.
 */
import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform, type PixelRef } from '../../src/core/pixels/platform.js';
import { CLICK_ID, DESTINATION, EVENT_NAME, pixel, renderPage } from './support/interstitial-fixture.js';
import { useInterstitialSuite, type Session } from './support/interstitial-harness.js';
import { hitJson, hitParams, type VendorFakes, type VendorRequest } from './support/vendor-fakes.js';

const suite = useInterstitialSuite();
const CAP_MS = 10_000;
const LANDED = new URL(DESTINATION).href;
/** The audience event params as every platform receives them (arrays joined, page-config.ts). */
const PARAMS = { link_id: 'lnk_42', tags: 'spring,sale', utm_campaign: 'spring sale' };

type Check = (fakes: VendorFakes, tagId: string) => void;

const params = (r: VendorRequest | undefined) => Object.fromEntries(hitParams(r!));
const seqOf = (fakes: VendorFakes, part: string) => fakes.requests.find((r) => r.url.includes(part))?.seq ?? Infinity;
const firstHit = (fakes: VendorFakes, p: Platform) => Math.min(...fakes.hits(p).map((r) => r.seq));

const CHECKS: Record<Platform, { tagId?: string; hits: number; check: Check }> = {
  meta: {
    hits: 2,
    check(fakes, id) {
      expect(fakes.callsOf('fbq')).toEqual([
        ['consent', 'grant'],
        ['init', id],
        ['trackSingle', id, 'PageView', {}, { eventID: CLICK_ID }],
        ['trackSingleCustom', id, EVENT_NAME, PARAMS, { eventID: CLICK_ID }],
      ]);
      const [pageView, event] = fakes.hits('meta');
      expect(params(pageView)).toMatchObject({ id, ev: 'PageView', eid: CLICK_ID });
      expect(params(event)).toMatchObject({ id, ev: EVENT_NAME, eid: CLICK_ID, 'cd[link_id]': 'lnk_42', 'cd[tags]': 'spring,sale' });
      expect(seqOf(fakes, `/signals/config/${id}`)).toBeLessThan(firstHit(fakes, 'meta'));
    },
  },
  google_ads: {
    hits: 2,
    check(fakes, id) {
      const calls = fakes.callsOf('gtag');
      expect(calls[0]).toEqual(['consent', 'default', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' }]);
      expect(calls).toContainEqual(['config', id]);
      expect(calls).toContainEqual(['event', EVENT_NAME, expect.objectContaining({ ...PARAMS, send_to: id, transaction_id: CLICK_ID })]);
      const [config, event] = fakes.hits('google_ads');
      expect(config!.url).toContain('/pagead/viewthroughconversion/123456789/');
      expect(params(config)).toMatchObject({ en: 'gtag.config', gcs: 'G111' });
      expect(params(event)).toMatchObject({ en: EVENT_NAME, oid: CLICK_ID, gcs: 'G111', npa: '0' });
      expect(params(event).data).toContain(`transaction_id=${CLICK_ID}`);
    },
  },
  ga4: {
    hits: 2,
    check(fakes, id) {
      const calls = fakes.callsOf('gtag');
      expect(calls[0]?.[0]).toBe('consent');
      expect(calls).toContainEqual(['config', id]);
      expect(calls).toContainEqual(['event', EVENT_NAME, expect.objectContaining({ send_to: id, transaction_id: CLICK_ID })]);
      const [pageView, event] = fakes.hits('ga4');
      expect(pageView!.url).toMatch(/^https:\/\/region1\.google-analytics\.com\/g\/collect\?/);
      expect(params(pageView)).toMatchObject({ tid: id, en: 'page_view', gcs: 'G111' });
      expect(params(event)).toMatchObject({ tid: id, en: EVENT_NAME, 'ep.transaction_id': CLICK_ID, 'ep.link_id': 'lnk_42' });
    },
  },
  linkedin: {
    // No custom events exist without a conversion rule id: the page view is the audience signal.
    hits: 1,
    check(fakes, id) {
      expect(fakes.callsOf('_linkedin_data_partner_ids')).toEqual([[id]]);
      expect(fakes.callsOf('lintrk')).toEqual([]);
      const [pageView] = fakes.hits('linkedin');
      expect(pageView!.method).toBe('POST');
      expect(pageView!.resourceType).toBe('xhr');
      expect(hitJson(pageView!)).toMatchObject({ pids: [id], signalType: 'PAGE_VISIT' });
    },
  },
  tiktok: {
    hits: 2,
    check(fakes, id) {
      expect(fakes.callsOf('ttq', id)).toEqual([
        ['load', id],
        ['page'],
        ['track', EVENT_NAME, PARAMS, { event_id: CLICK_ID }],
      ]);
      const [page, event] = fakes.hits('tiktok').map((r) => hitJson<Record<string, unknown>>(r));
      expect(page).toMatchObject({ event: 'Pageview', context: { pixel: { code: id } } });
      expect(event).toMatchObject({ event: EVENT_NAME, event_id: CLICK_ID, properties: PARAMS, context: { pixel: { code: id } } });
      expect(seqOf(fakes, `/i18n/pixel/config.js?sdkid=${id}`)).toBeLessThan(firstHit(fakes, 'tiktok'));
    },
  },
  x: {
    // An event id: the base pixel's page view plus that event with conversion_id (catalog: X).
    tagId: 'tw-o5h34-o9p5x',
    hits: 4,
    check(fakes, id) {
      expect(fakes.callsOf('twq')).toEqual([
        ['config', 'o5h34'],
        ['event', id, { ...PARAMS, conversion_id: CLICK_ID }],
      ]);
      const hits = fakes.hits('x');
      expect(hits.map((h) => new URL(h.url).host).sort()).toEqual(['analytics.twitter.com', 'analytics.twitter.com', 't.co', 't.co']);
      for (const h of hits) expect(params(h).txn_id).toBe('o5h34');
      const events = hits.map((h) => JSON.parse(params(h).events!) as [string, Record<string, string>][]);
      expect(events).toContainEqual([['pageview', {}]]);
      expect(events).toContainEqual([[id, { ...PARAMS, conversion_id: CLICK_ID }]]);
    },
  },
  pinterest: {
    hits: 2,
    check(fakes, id) {
      expect(fakes.callsOf('pintrk')).toEqual([
        ['load', id],
        ['page'],
        ['track', 'custom', { ...PARAMS, event_name: EVENT_NAME, event_id: CLICK_ID }],
      ]);
      const [page, custom] = fakes.hits('pinterest');
      expect(page!.resourceType).toBe('fetch');
      expect(params(page)).toMatchObject({ event: 'init', tid: id });
      expect(params(custom)).toMatchObject({ event: 'custom', tid: id });
      expect(JSON.parse(params(custom).ed!)).toMatchObject({ event_id: CLICK_ID, event_name: EVENT_NAME });
      expect(seqOf(fakes, 's.pinimg.com/ct/lib/main.')).toBeLessThan(firstHit(fakes, 'pinterest'));
    },
  },
  snapchat: {
    hits: 1,
    check(fakes, id) {
      expect(fakes.callsOf('snaptr')).toEqual([
        ['init', id],
        ['track', 'PAGE_VIEW'],
        ['track', 'CUSTOM_EVENT_1', { ...PARAMS, description: EVENT_NAME, client_dedup_id: CLICK_ID }],
      ]);
      const [batch] = fakes.hits('snapchat');
      expect(batch!.resourceType).toBe('ping');
      expect(hitJson(batch!)).toMatchObject([
        { pid: id, ev: 'PAGE_VIEW' },
        { pid: id, ev: 'CUSTOM_EVENT_1', client_dedup_id: CLICK_ID },
      ]);
      expect(seqOf(fakes, `tr.snapchat.com/config/1/${id}.js`)).toBeLessThan(firstHit(fakes, 'snapchat'));
    },
  },
  reddit: {
    hits: 2,
    check(fakes, id) {
      expect(fakes.callsOf('rdt')).toEqual([
        ['init', id],
        ['track', 'PageVisit'],
        ['track', 'Custom', { customEventName: EVENT_NAME, conversionId: CLICK_ID }],
      ]);
      const [visit, custom] = fakes.hits('reddit');
      expect(params(visit)).toMatchObject({ id, event: 'PageVisit' });
      expect(params(custom)).toMatchObject({ id, event: 'Custom', 'm.customEventName': EVENT_NAME, 'm.conversionId': CLICK_ID });
      expect(seqOf(fakes, `pixel-config.reddit.com/pixels/${id}/config`)).toBeLessThan(firstHit(fakes, 'reddit'));
    },
  },
  microsoft: {
    hits: 2,
    check(fakes, id) {
      expect(fakes.callsOf('UET', id)).toEqual([['new', { ti: id }]]);
      expect(fakes.callsOf('uetq', id)).toEqual([
        ['consent', 'default', { ad_storage: 'granted' }],
        ['pageLoad'],
        ['event', EVENT_NAME, PARAMS],
      ]);
      const [pageLoad, custom] = fakes.hits('microsoft');
      expect(params(pageLoad)).toMatchObject({ ti: id, evt: 'pageLoad', asc: 'G' });
      expect(params(custom)).toMatchObject({ ti: id, evt: 'custom', ea: EVENT_NAME, link_id: 'lnk_42' });
      expect(seqOf(fakes, `bat.bing.com/p/action/${id}.js`)).toBeLessThan(firstHit(fakes, 'microsoft'));
    },
  },
  quora: {
    hits: 2,
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

/**
 * Whether every hit was issued before the page started leaving: in the page's own order (see
 * `PageEvent`), so a page that left on script `onload` fails even where its hits still escaped.
 */
function hitsBeforeLeaving(fakes: VendorFakes): void {
  const leave = fakes.timeline.find((e) => e.kind === 'navigate' && e.url === LANDED);
  const sent = fakes.timeline.filter((e) => e.kind === 'sent');
  expect(leave).toBeDefined();
  expect(sent.length).toBeGreaterThan(0);
  for (const e of sent) expect(e.seq).toBeLessThan(leave!.seq);
}

/** Opens a fresh interstitial for `pixels`; resolves on the destination with the page URL and the time taken. */
async function visit(session: Session, pixels: PixelRef[]): Promise<{ url: string; elapsed: number }> {
  const url = suite.server().serve(await renderPage({ pixels, timeoutMs: CAP_MS }));
  const started = Date.now();
  await session.page.goto(url);
  await session.page.waitForURL((u) => u.href === LANDED, { timeout: CAP_MS - 2000 });
  return { url, elapsed: Date.now() - started };
}

describe('each platform fires, dispatches and lands on the destination', () => {
  it.each(PLATFORMS)('%s', async (platform) => {
    const { tagId, hits, check } = CHECKS[platform];
    const px = pixel(platform, 1, tagId);
    const session = await suite.open();
    const { url, elapsed } = await visit(session, [px]);

    expect(session.page.url()).toBe(LANDED);
    // Left because the hit was seen, not because of the cap.
    expect(elapsed).toBeLessThan(CAP_MS - 2000);
    await expect.poll(() => session.fakes.hits(platform).length).toBe(hits);
    check(session.fakes, px.tagId);
    expect(session.fakes.timeline.filter((e) => e.kind === 'sent')).toHaveLength(hits);
    hitsBeforeLeaving(session.fakes);
    await expect.poll(() => suite.server().beaconsFor(url).at(-1)).toEqual({ c: CLICK_ID, ok: [px.id], ms: expect.any(Number) });
    expect(session.problems).toEqual([]);
  });
});

describe('several pixels', () => {
  it('all platforms together, two pixels of several platforms: each pixel gets its own init, events and hits', async () => {
    const pixels = [
      ...PLATFORMS.map((p) => pixel(p)),
      pixel('meta', 2, '222222222222222'),
      pixel('tiktok', 2, 'C9ZYXWVUTSRQPONMLK98'),
      pixel('google_ads', 2, 'AW-987654321'),
      pixel('microsoft', 2, '87654321'),
    ];
    const session = await suite.open();
    const { url } = await visit(session, pixels);
    const { fakes } = session;

    for (const id of ['123456789012345', '222222222222222']) {
      expect(fakes.callsOf('fbq')).toContainEqual(['trackSingleCustom', id, EVENT_NAME, PARAMS, { eventID: CLICK_ID }]);
    }
    await expect.poll(() => fakes.hits('meta').map((h) => `${params(h).id}:${params(h).ev}`).sort()).toEqual(
      [`123456789012345:${EVENT_NAME}`, '123456789012345:PageView', `222222222222222:${EVENT_NAME}`, '222222222222222:PageView'].sort(),
    );
    for (const id of ['C4ABCDEFGHIJKLMN1234', 'C9ZYXWVUTSRQPONMLK98']) {
      expect(fakes.callsOf('ttq', id)).toEqual([['load', id], ['page'], ['track', EVENT_NAME, PARAMS, { event_id: CLICK_ID }]]);
    }
    await expect
      .poll(() => fakes.hits('google_ads').filter((h) => params(h).en === EVENT_NAME).map((h) => new URL(h.url).pathname).sort())
      .toEqual(['/pagead/viewthroughconversion/123456789/', '/pagead/viewthroughconversion/987654321/']);
    expect(fakes.callsOf('uetq', '87654321')).toContainEqual(['event', EVENT_NAME, PARAMS]);
    await expect.poll(() => fakes.hits('microsoft').map((h) => `${params(h).ti}:${params(h).evt}`).sort()).toEqual([
      '12345678:custom',
      '12345678:pageLoad',
      '87654321:custom',
      '87654321:pageLoad',
    ]);
    // The gtag consent default reaches the dataLayer before any config.
    const gtag = fakes.callsOf('gtag').map((c) => c[0]);
    expect(gtag.indexOf('consent')).toBeLessThan(gtag.indexOf('config'));

    await expect.poll(() => suite.server().beaconsFor(url).length).toBeGreaterThan(0);
    hitsBeforeLeaving(fakes);
    const beacon = suite.server().beaconsFor(url).at(-1) as { ok: string[] };
    expect([...beacon.ok].sort()).toEqual(pixels.map((p) => p.id).sort());
    expect(session.page.url()).toBe(LANDED);
    expect(session.problems).toEqual([]);
  });
});
