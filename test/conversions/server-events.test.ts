/**
 * Issue 16: server-side events per human click, to every platform with a server API, carrying the
 * click id the interstitial gave the browser's hit (the dedup key), with the visitor's address
 * where the platform uses it; server-only links; what each platform does not take.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.js';
import type { TestServer } from '../support/test-server.js';
import { click, dataBlock, UA } from '../analytics/support.js';
import { conversionsServer, deliveriesSettled, lastClickId, serverPixel, startPlatformNetwork, type PlatformNetwork } from './support.js';

/** What each platform receives for an interstitial click: the events carrying the click id. */
const DEDUPED = {
  meta: ['PageView', 'ricochet_click'],
  tiktok: ['ricochet_click'],
  pinterest: ['custom'],
  snapchat: ['CUSTOM_EVENT_1'],
  reddit: ['ricochet_click'],
  microsoft: ['ricochet_click'],
  x: ['tw-event'],
} as const;

const VISITOR = '198.51.100.7';

describe.each(testEngines())('server-side events on %s', (engine) => {
  let platforms: PlatformNetwork;
  let s: TestServer;
  let n = 0;

  beforeAll(async () => {
    platforms = await startPlatformNetwork();
    s = await conversionsServer(engine, { GEO_COUNTRY_HEADER: 'x-country', TRUST_PROXY: 'true' }, platforms);
  });
  afterAll(async () => {
    await s?.close();
    await platforms?.close();
  });
  beforeEach(() => platforms.reset());

  async function linkWith(pixelIds: string[], extra: Record<string, unknown> = {}) {
    const res = await s.api('POST', '/links', { url: 'https://shop.example/p', slug: `se-${engine}-${++n}`, pixelIds, ...extra });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; slug: string };
  }
  const visit = (slug: string, query = '', headers: Record<string, string> = {}) =>
    click(s, `/${slug}${query}`, { 'x-country': 'US', 'x-forwarded-for': VISITOR, ...headers });

  it.each(Object.entries(DEDUPED))('%s gets the audience event with the click id the browser hit carries', async (platform, names) => {
    const pixel = await serverPixel(s, platform as keyof typeof DEDUPED);
    const link = await linkWith([pixel]);
    const res = await visit(link.slug, '?fbclid=IwAR0abc&ttclid=E.C.P.x&ScCid=sc1&rdt_cid=rd1&msclkid=ms1&twclid=tw1&epik=ep1');
    expect(res.status).toBe(200);
    const { clickId } = dataBlock(await res.text());
    const events = await platforms.waitFor((e) => e.platform === platform && e.eventId === clickId, { count: names.length });
    expect(events.map((e) => (platform === 'x' ? 'tw-event' : e.name)).sort()).toEqual([...names].sort());
    expect(events.every((e) => e.test === false)).toBe(true);
    // The address went to the platform (it lives sealed in the outbox, docs/conversions.md "Privacy").
    expect(events[0]!.ip).toBe(VISITOR);
    await deliveriesSettled(s);
    expect(platforms.events(platform as keyof typeof DEDUPED).length).toBe(names.length);
  });

  it('passes the ad click ids on: fbc, ttclid, ScCid, rdt_cid, msclkid, twclid, epik', async () => {
    const pixels = await Promise.all((['meta', 'tiktok', 'snapchat', 'reddit', 'microsoft', 'x', 'pinterest'] as const).map((p) => serverPixel(s, p)));
    const link = await linkWith(pixels);
    const res = await visit(link.slug, '?fbclid=IwAR-Case&ttclid=E.C.P.tt&ScCid=sc-1&rdt_cid=rd-1&msclkid=ms-1&twclid=tw-1&epik=ep-1');
    const { clickId } = dataBlock(await res.text());
    await deliveriesSettled(s);
    const mine = platforms.events().filter((e) => e.eventId === clickId);
    const by = (p: string) => mine.find((e) => e.platform === p)?.raw;
    expect(by('meta').user_data.fbc).toMatch(/^fb\.1\.\d{13}\.IwAR-Case$/);
    expect(by('tiktok').user.ttclid).toBe('E.C.P.tt');
    expect(by('snapchat').user_data.sc_click_id).toBe('sc-1');
    expect(by('reddit').click_id).toBe('rd-1');
    expect(by('microsoft').userData.msclkid).toBe('ms-1');
    expect(by('x').identifiers[0].twclid).toBe('tw-1');
    expect(by('pinterest').user_data.click_id).toBe('ep-1');
  });

  it('sends LinkedIn only clicks that carry li_fat_id (it has no other key for an anonymous visitor)', async () => {
    const pixel = await serverPixel(s, 'linkedin');
    const link = await linkWith([pixel]);
    const without = dataBlock(await (await visit(link.slug)).text()).clickId;
    const withId = dataBlock(await (await visit(link.slug, '?li_fat_id=abc-123')).text()).clickId;
    const [event] = await platforms.waitFor((e) => e.platform === 'linkedin' && e.eventId === withId);
    expect(event!.raw.user.userIds).toEqual([{ idType: 'LINKEDIN_FIRST_PARTY_ADS_TRACKING_UUID', idValue: 'abc-123' }]);
    expect(event!.account).toBe('urn:lla:llaPartnerConversion:101');
    await deliveriesSettled(s);
    expect(platforms.events('linkedin').filter((e) => e.eventId === without)).toEqual([]);
  });

  it('sends GA4 nothing for an interstitial click (gtag sent it, and GA4 does not deduplicate), all of a server-only click', async () => {
    const pixel = await serverPixel(s, 'ga4');
    const browser = await linkWith([pixel]);
    const clickId = dataBlock(await (await visit(browser.slug)).text()).clickId;
    const serverOnly = await linkWith([pixel], { serverOnly: true });
    const res = await visit(serverOnly.slug);
    expect(res.status).toBe(302);
    const stored = await lastClickId(s, serverOnly.id);
    const events = await platforms.waitFor((e) => e.platform === 'ga4' && e.eventId === stored, { count: 2 });
    expect(events.map((e) => e.name).sort()).toEqual(['page_view', 'ricochet_click']);
    expect(events[0]!.raw.client_id).toBe(stored);
    await deliveriesSettled(s);
    expect(platforms.events('ga4').filter((e) => e.eventId === clickId)).toEqual([]);
  });

  it('a server-only link answers a plain 302 and still sends the page view and the audience event', async () => {
    const [meta, tiktok] = [await serverPixel(s, 'meta'), await serverPixel(s, 'tiktok')];
    const link = await linkWith([meta, tiktok], { serverOnly: true, event: { name: 'read_article', params: { topic: 'running' } } });
    const res = await visit(link.slug, '?utm_campaign=spring');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://shop.example/p?utm_campaign=spring');
    expect(res.headers.get('content-type') ?? '').not.toContain('html');
    const stored = await lastClickId(s, link.id);
    const events = await platforms.waitFor((e) => e.eventId === stored, { count: 4 });
    expect(events.map((e) => `${e.platform}:${e.name}`).sort()).toEqual(['meta:PageView', 'meta:read_article', 'tiktok:Pageview', 'tiktok:read_article']);
    const audience = events.find((e) => e.platform === 'meta' && e.name === 'read_article')!.raw;
    expect(audience.custom_data).toMatchObject({ link_id: link.id, topic: 'running', utm_campaign: 'spring', campaign: 'spring' });
    expect(audience.event_source_url).toBe(`${s.config.publicUrl}/${link.slug}`);
  });

  it('sends nothing for bots, HEAD requests and prefetches', async () => {
    const pixel = await serverPixel(s, 'meta');
    const link = await linkWith([pixel], { serverOnly: true });
    await visit(link.slug, '', { 'user-agent': UA.googlebot });
    await s.get(`/${link.slug}`, { method: 'HEAD', headers: { 'user-agent': UA.chromeMac } });
    await visit(link.slug, '', { 'sec-purpose': 'prefetch' });
    await deliveriesSettled(s);
    expect(platforms.events('meta')).toEqual([]);
  });

  it('stops sending when the setup is turned off or removed, and drops what was queued', async () => {
    const pixel = await serverPixel(s, 'meta');
    const link = await linkWith([pixel], { serverOnly: true });
    expect((await s.api('PUT', `/pixels/${pixel}/server`, { enabled: false })).status).toBe(200);
    await visit(link.slug);
    await deliveriesSettled(s);
    expect(platforms.events('meta')).toEqual([]);
    expect((await s.api('PUT', `/pixels/${pixel}/server`, { enabled: true })).status).toBe(200);
    await visit(link.slug);
    await platforms.waitFor((e) => e.platform === 'meta', { count: 2 });
  });
});
