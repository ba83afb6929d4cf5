/**
 * Issue 16: server events follow the same consent decision as the browser, stored with the click.
 * One row per cell: the link's policy, the visitor's signals, and what each platform receives
 * (nothing where the pixel would not have fired), with the consent fields filled from the decision.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.js';
import type { TestServer } from '../support/test-server.js';
import { encodeTcString } from '../support/tc-string.js';
import { click, dataBlock } from '../analytics/support.js';
import { conversionsServer, deliveriesSettled, lastClickId, serverPixel, startPlatformNetwork, type PlatformNetwork } from './support.js';

interface Cell {
  name: string;
  consent: { policy: 'regional' | 'always' | 'never'; optInAction?: 'skip' | 'ask' };
  headers: Record<string, string>;
  query?: string;
  /** What each platform gets: `ldu`/`full` (sent, LDU on or off) or `none`. */
  meta: 'ldu' | 'full' | 'none';
  ga4: 'sent' | 'none';
}

const TCF_GOOGLE_ONLY = encodeTcString({ purposes: [1, 3, 4, 7], vendors: [755] });

const CELLS: Cell[] = [
  { name: 'regional, US visitor, no consent needed', consent: { policy: 'regional' }, headers: { 'x-country': 'US' }, meta: 'ldu', ga4: 'sent' },
  { name: 'regional, French visitor, nothing given (skip)', consent: { policy: 'regional' }, headers: { 'x-country': 'FR' }, meta: 'none', ga4: 'none' },
  { name: 'regional, unknown country (counts as opt-in)', consent: { policy: 'regional' }, headers: {}, meta: 'none', ga4: 'none' },
  { name: 'regional, French visitor who accepted', consent: { policy: 'regional' }, headers: { 'x-country': 'FR', cookie: 'ricochet_consent=accept' }, meta: 'full', ga4: 'sent' },
  // Consent was not needed, so the stored decision is `not_required` whatever the cookie says: LDU
  // stays on (Meta restricts only in states whose law applies).
  { name: 'regional, US visitor who accepted earlier', consent: { policy: 'regional' }, headers: { 'x-country': 'US', cookie: 'ricochet_consent=accept' }, meta: 'ldu', ga4: 'sent' },
  { name: 'regional, US visitor with GPC', consent: { policy: 'regional' }, headers: { 'x-country': 'US', 'sec-gpc': '1' }, meta: 'none', ga4: 'none' },
  { name: 'never, US visitor with GPC', consent: { policy: 'never' }, headers: { 'x-country': 'US', 'sec-gpc': '1' }, meta: 'none', ga4: 'none' },
  { name: 'never, French visitor', consent: { policy: 'never' }, headers: { 'x-country': 'FR' }, meta: 'full', ga4: 'sent' },
  { name: 'always, US visitor who declined', consent: { policy: 'always' }, headers: { 'x-country': 'US', cookie: 'ricochet_consent=decline' }, meta: 'none', ga4: 'none' },
  { name: 'always, US visitor, nothing given', consent: { policy: 'always' }, headers: { 'x-country': 'US' }, meta: 'none', ga4: 'none' },
  // A TC string can grant Google (a TCF vendor), never Meta (not one).
  { name: 'regional, German visitor with a TC string granting Google', consent: { policy: 'regional' }, headers: { 'x-country': 'DE' }, query: `?gdpr=1&gdpr_consent=${TCF_GOOGLE_ONLY}`, meta: 'none', ga4: 'sent' },
  // A server-only link has no page to ask on: `ask` counts as `skip`.
  { name: 'regional + ask, French visitor, server-only link', consent: { policy: 'regional', optInAction: 'ask' }, headers: { 'x-country': 'FR' }, meta: 'none', ga4: 'none' },
];

describe.each(testEngines())('server events follow consent on %s', (engine) => {
  let platforms: PlatformNetwork;
  let s: TestServer;
  let meta: string;
  let ga4: string;
  let n = 0;

  beforeAll(async () => {
    platforms = await startPlatformNetwork();
    s = await conversionsServer(engine, { GEO_COUNTRY_HEADER: 'x-country' }, platforms);
    meta = await serverPixel(s, 'meta');
    ga4 = await serverPixel(s, 'ga4');
  });
  afterAll(async () => {
    await s?.close();
    await platforms?.close();
  });
  beforeEach(() => platforms.reset());

  it.each(CELLS)('$name', async (cell) => {
    // Server-only, so that GA4 takes the click's events too (it does not for interstitial clicks).
    const link = await s.api('POST', '/links', { url: 'https://shop.example/c', slug: `cm-${engine}-${++n}`, pixelIds: [meta, ga4], serverOnly: true, consent: cell.consent });
    expect(link.status).toBe(201);
    const res = await click(s, `/${link.body.slug}${cell.query ?? ''}`, cell.headers);
    expect(res.status).toBe(302);
    const clickId = await lastClickId(s, link.body.id);
    await deliveriesSettled(s);
    const mine = platforms.events().filter((e) => e.eventId === clickId);
    const metaEvents = mine.filter((e) => e.platform === 'meta');
    if (cell.meta === 'none') expect(metaEvents).toEqual([]);
    else {
      expect(metaEvents.map((e) => e.name).sort()).toEqual(['PageView', 'ricochet_click']);
      for (const e of metaEvents) {
        expect(e.raw.data_processing_options).toEqual(cell.meta === 'ldu' ? ['LDU'] : []);
        if (cell.meta === 'ldu') expect([e.raw.data_processing_options_country, e.raw.data_processing_options_state]).toEqual([1, 0]);
      }
    }
    const ga4Events = mine.filter((e) => e.platform === 'ga4');
    if (cell.ga4 === 'none') expect(ga4Events).toEqual([]);
    else {
      expect(ga4Events.map((e) => e.name).sort()).toEqual(['page_view', 'ricochet_click']);
      expect(ga4Events[0]!.raw.consent).toEqual({ ad_user_data: 'GRANTED', ad_personalization: 'GRANTED' });
    }
  });

  it('behind the prompt: nothing until Accept, then the pixels that fired; nothing after Decline', async () => {
    const tiktok = await serverPixel(s, 'tiktok');
    const link = await s.api('POST', '/links', { url: 'https://shop.example/p', slug: `cm-prompt-${engine}`, pixelIds: [meta, tiktok], consent: { policy: 'regional', optInAction: 'ask' } });
    const beacon = (body: unknown) => s.get('/_r/beacon', { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(body) });

    const accepted = dataBlock(await (await click(s, `/${link.body.slug}`, { 'x-country': 'FR' })).text()).clickId;
    const declined = dataBlock(await (await click(s, `/${link.body.slug}`, { 'x-country': 'FR' })).text()).clickId;
    await deliveriesSettled(s);
    expect(platforms.events().filter((e) => e.eventId === accepted || e.eventId === declined)).toEqual([]);

    // After Accept the page fired both; its beacon says so.
    await beacon({ c: accepted, ok: [meta, tiktok], ch: 'accept' });
    await beacon({ c: declined, ok: [], ch: 'decline' });
    const events = await platforms.waitFor((e) => e.eventId === accepted, { count: 3 });
    expect(events.map((e) => `${e.platform}:${e.name}`).sort()).toEqual(['meta:PageView', 'meta:ricochet_click', 'tiktok:ricochet_click']);
    // An explicit Accept: no limited data use.
    expect(events.find((e) => e.platform === 'tiktok')!.raw.limited_data_use).toBe(false);
    await deliveriesSettled(s);
    expect(platforms.events().filter((e) => e.eventId === declined)).toEqual([]);
  });
});
