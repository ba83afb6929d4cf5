/**
 * Issue 16: conversion tracking. A tracking link hands the click id to the destination
 * (`rc_click`); `POST /track/lead` and `/track/sale` credit leads and sales to the click, its link
 * and its campaign, idempotently, and forward them as Lead / Purchase with the click's own ad
 * click ids; bad input is refused and stores nothing; stats and CSV count them.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OWNER_KEY, otherWorkspace } from '../api/helpers.js';
import { testEngines } from '../support/engines.js';
import type { TestServer } from '../support/test-server.js';
import { click, ShiftedClock } from '../analytics/support.js';
import { conversionsServer, count, deliveriesSettled, serverPixel, startPlatformNetwork, type PlatformNetwork } from './support.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe.each(testEngines())('conversion tracking on %s', (engine) => {
  let platforms: PlatformNetwork;
  let s: TestServer;
  const clock = new ShiftedClock();
  let meta: string;
  let google: string;
  let n = 0;

  beforeAll(async () => {
    platforms = await startPlatformNetwork();
    s = await conversionsServer(engine, { GEO_COUNTRY_HEADER: 'x-country', ATTRIBUTION_WINDOW_DAYS: '30' }, platforms, { clock });
    meta = await serverPixel(s, 'meta');
    google = await serverPixel(s, 'google_ads');
  });
  afterAll(async () => {
    await s?.close();
    await platforms?.close();
  });
  beforeEach(() => {
    platforms.reset();
    clock.offsetMs = 0;
  });

  /** A tracking link's click: the click id from the destination URL. */
  async function trackedClick(query = '?utm_campaign=spring&fbclid=IwAR-lead&gclid=Cj0-lead', extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const link = await s.api('POST', '/links', { url: 'https://shop.example/landing?x=1', slug: `tr-${engine}-${++n}`, pixelIds: [meta, google], conversionTracking: true, serverOnly: true, ...extra });
    expect(link.status, JSON.stringify(link.body)).toBe(201);
    const res = await click(s, `/${link.body.slug}${query}`, { 'x-country': 'US', ...headers });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') as string);
    const clickId = location.searchParams.get('rc_click') as string;
    expect(clickId).toMatch(/^clk_[0-9a-z]{26}$/);
    await s.server.clicks.flush();
    return { linkId: link.body.id as string, slug: link.body.slug as string, clickId, location };
  }

  it('appends the click id to the destination of a tracking link, and only there', async () => {
    const { location, clickId } = await trackedClick('?utm_campaign=spring');
    expect(location.origin + location.pathname).toBe('https://shop.example/landing');
    expect(location.searchParams.get('x')).toBe('1');
    expect(location.searchParams.get('utm_campaign')).toBe('spring');
    const stored = await s.server.ctx.stores.database.db.selectFrom('clicks').select('id').where('id', '=', clickId).executeTakeFirst();
    expect(stored?.id).toBe(clickId);
    const plain = await s.api('POST', '/links', { url: 'https://shop.example/plain', slug: `tr-plain-${engine}` });
    const res = await click(s, `/${plain.body.slug}`);
    expect(res.headers.get('location')).toBe('https://shop.example/plain');
  });

  it('follows the workspace’s conversion tracking unless the link says otherwise', async () => {
    expect((await s.api('PATCH', '/workspace', { conversionTracking: true })).body.conversionTracking).toBe(true);
    try {
      const inherit = await s.api('POST', '/links', { url: 'https://shop.example/i', slug: `tr-ws-${engine}-a` });
      const off = await s.api('POST', '/links', { url: 'https://shop.example/o', slug: `tr-ws-${engine}-b`, conversionTracking: false });
      expect([inherit.body.conversionTracking, off.body.conversionTracking]).toEqual([null, false]);
      expect(new URL((await click(s, `/${inherit.body.slug}`)).headers.get('location') as string).searchParams.get('rc_click')).toMatch(/^clk_/);
      expect((await click(s, `/${off.body.slug}`)).headers.get('location')).toBe('https://shop.example/o');
    } finally {
      await s.api('PATCH', '/workspace', { conversionTracking: false });
    }
  });

  it('credits a lead to the click, its link and campaign, forwards it as a Lead with fbc and gclid, once', async () => {
    const { clickId, linkId } = await trackedClick();
    const body = { clickId, customerId: 'cus-1', email: ' Jane.Doe@Example.com ', eventName: 'Sign up' };
    const first = await s.api('POST', '/track/lead', body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ kind: 'lead', clickId, linkId, campaign: 'spring', customerId: 'cus-1', eventName: 'Sign up', duplicate: false });
    // Google Ads takes it too: the click came with a gclid and the pixel has a lead action.
    expect(first.body.forwardedTo.sort()).toEqual([meta, google].sort());
    expect(first.headers.get('location')).toBe(`/api/v1/conversions/${first.body.id}`);
    const stored = await s.api('GET', `/conversions/${first.body.id}`);
    expect(stored.body).toEqual({ id: first.body.id, kind: 'lead', eventName: 'Sign up', clickId, linkId, campaign: 'spring', customerId: 'cus-1', amount: null, currency: null, invoiceId: null, at: first.body.at });
    const [lead] = await platforms.waitFor((e) => e.platform === 'meta' && e.eventId === first.body.id);
    expect(lead!.name).toBe('Lead');
    expect(lead!.raw.user_data.fbc).toMatch(/^fb\.1\.\d{13}\.IwAR-lead$/);
    expect(lead!.raw.user_data.em).toEqual([sha('jane.doe@example.com')]);
    expect(lead!.raw.custom_data).toMatchObject({ link_id: linkId, campaign: 'spring', event_label: 'Sign up' });

    const again = await s.api('POST', '/track/lead', body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true, forwardedTo: [] });
    await deliveriesSettled(s);
    expect(platforms.events('meta').filter((e) => e.eventId === first.body.id)).toHaveLength(1);
    expect(platforms.events('google_ads').filter((e) => e.eventId === first.body.id)).toHaveLength(1);
    // The plain address is nowhere: only its hash.
    const row = await s.server.ctx.stores.database.db.selectFrom('conversions').selectAll().where('id', '=', first.body.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toMatch(/jane/i);
  });

  it('credits a sale to the customer’s lead’s click, in minor units, idempotent by invoice id', async () => {
    const { clickId, linkId } = await trackedClick();
    expect((await s.api('POST', '/track/lead', { clickId, customerId: 'cus-2' })).status).toBe(201);
    const sale = { customerId: 'cus-2', amount: 1999, currency: 'EUR', invoiceId: `INV-${engine}-1` };
    const first = await s.api('POST', '/track/sale', sale);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ kind: 'sale', clickId, linkId, campaign: 'spring', amount: 1999, currency: 'EUR', eventName: 'Purchase', duplicate: false });
    expect(first.body.forwardedTo.sort()).toEqual([meta, google].sort());
    const events = await platforms.waitFor((e) => e.eventId === first.body.id || e.eventId === sale.invoiceId, { count: 2 });
    const purchase = events.find((e) => e.platform === 'meta')!;
    expect(purchase.name).toBe('Purchase');
    expect(purchase.raw.custom_data).toMatchObject({ value: 19.99, currency: 'EUR', order_id: sale.invoiceId });
    const upload = events.find((e) => e.platform === 'google_ads')!;
    expect(upload.raw).toMatchObject({ gclid: 'Cj0-lead', conversionAction: 'customers/1234567890/conversionActions/222', conversionValue: 19.99, currencyCode: 'EUR', orderId: sale.invoiceId });

    const retry = await s.api('POST', '/track/sale', sale);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id: first.body.id, duplicate: true });
    const changed = await s.api('POST', '/track/sale', { ...sale, amount: 2999 });
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe('INVOICE_CONFLICT');
    await deliveriesSettled(s);
    expect(platforms.events('meta').filter((e) => e.eventId === first.body.id)).toHaveLength(1);
    expect(platforms.events('google_ads').filter((e) => e.eventId === sale.invoiceId)).toHaveLength(1);
  });

  it('sends a lead only to the pixels consent let fire for its click (GPC: none)', async () => {
    const { clickId } = await trackedClick(undefined, {}, { 'sec-gpc': '1' });
    const res = await s.api('POST', '/track/lead', { clickId, customerId: 'cus-gpc' });
    expect(res.status).toBe(201);
    expect(res.body.forwardedTo).toEqual([]);
    await deliveriesSettled(s);
    expect(platforms.events()).toEqual([]);
  });

  it.each([
    ['an unknown click id', { clickId: 'clk_00000000000000000000000000', customerId: 'c' }, 404, 'CLICK_NOT_FOUND', '/track/lead'],
    ['a malformed click id', { clickId: 'not-a-click', customerId: 'c' }, 422, 'VALIDATION_FAILED', '/track/lead'],
    ['no customer', { clickId: 'clk_00000000000000000000000000' }, 422, 'VALIDATION_FAILED', '/track/lead'],
    ['a bad e-mail', { clickId: 'clk_00000000000000000000000000', customerId: 'c', email: 'nope' }, 422, 'VALIDATION_FAILED', '/track/lead'],
    ['a phone not in E.164', { clickId: 'clk_00000000000000000000000000', customerId: 'c', phone: '030 1234' }, 422, 'VALIDATION_FAILED', '/track/lead'],
    ['an unknown field', { clickId: 'clk_00000000000000000000000000', customerId: 'c', ip: '1.2.3.4' }, 422, 'VALIDATION_FAILED', '/track/lead'],
    ['a negative amount', { customerId: 'cus-2', amount: -1, currency: 'EUR', invoiceId: 'x1' }, 422, 'VALIDATION_FAILED', '/track/sale'],
    ['a fractional amount', { customerId: 'cus-2', amount: 19.99, currency: 'EUR', invoiceId: 'x2' }, 422, 'VALIDATION_FAILED', '/track/sale'],
    ['a bad currency', { customerId: 'cus-2', amount: 100, currency: 'EURO', invoiceId: 'x3' }, 422, 'VALIDATION_FAILED', '/track/sale'],
    ['an unknown currency', { customerId: 'cus-2', amount: 100, currency: 'ABC', invoiceId: 'x4' }, 422, 'VALIDATION_FAILED', '/track/sale'],
    ['a customer without a lead', { customerId: 'nobody', amount: 100, currency: 'EUR', invoiceId: 'x5' }, 404, 'CUSTOMER_NOT_FOUND', '/track/sale'],
  ])('refuses %s with %i %s and stores nothing', async (_label, body, status, code, path) => {
    const before = [await count(s, 'conversions'), await count(s, 'outbox')];
    const res = await s.api('POST', path, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect([await count(s, 'conversions'), await count(s, 'outbox')]).toEqual(before);
  });

  it('refuses a huge body (413) and a body that is not JSON (400/415), storing nothing', async () => {
    const before = await count(s, 'conversions');
    const huge = await s.api('POST', '/track/lead', JSON.stringify({ clickId: 'clk_00000000000000000000000000', customerId: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await s.api('POST', '/track/sale', '{"customerId":');
    expect(broken.status).toBe(400);
    // An empty body declared as a form (a fuzzing find: it was a 500), and no body at all.
    for (const path of ['/track/lead', '/track/sale']) {
      const form = await fetch(`${s.url}/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${OWNER_KEY}`, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
      expect(form.status).toBe(415);
      expect(((await form.json()) as { error: { code: string } }).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      const none = await fetch(`${s.url}/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${OWNER_KEY}` } });
      expect(none.status).toBe(422);
    }
    expect(await count(s, 'conversions')).toBe(before);
  });

  it('refuses a click older than the attribution window', async () => {
    const { clickId } = await trackedClick();
    clock.offsetMs = 31 * 86_400_000;
    const res = await s.api('POST', '/track/lead', { clickId, customerId: 'late' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('ATTRIBUTION_EXPIRED');
  });

  it('keeps one workspace’s clicks invisible to another', async () => {
    const { clickId } = await trackedClick();
    const other = await otherWorkspace(s, `other-${engine}`);
    const res = await s.api('POST', '/track/lead', { clickId, customerId: 'x' }, other.key);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('CLICK_NOT_FOUND');
  });

  it('counts leads, sales, revenue and conversion rate per link, campaign and day, and exports them as CSV', async () => {
    const a = await trackedClick('?utm_campaign=autumn');
    await click(s, `/${a.slug}?utm_campaign=autumn`, { 'x-country': 'US' });
    await s.server.clicks.flush();
    expect((await s.api('POST', '/track/lead', { clickId: a.clickId, customerId: 'cus-stats' })).status).toBe(201);
    expect((await s.api('POST', '/track/sale', { customerId: 'cus-stats', amount: 500, currency: 'USD', invoiceId: `S-${engine}` })).status).toBe(201);
    const byLink = await s.api('GET', `/stats/conversions?groupBy=link&linkId=${a.linkId}`);
    expect(byLink.status).toBe(200);
    expect(byLink.body.rows).toEqual([{ key: a.linkId, label: a.slug, humanClicks: 2, leads: 1, sales: 1, revenue: { USD: 500 }, conversionRate: 0.5, saleRate: 0.5 }]);
    const byCampaign = await s.api('GET', '/stats/conversions?groupBy=campaign');
    expect(byCampaign.body.rows.find((r: any) => r.key === 'autumn')).toMatchObject({ humanClicks: 2, leads: 1, sales: 1, revenue: { USD: 500 } });
    const byDay = await s.api('GET', `/stats/conversions?groupBy=day&range=7d&linkId=${a.linkId}`);
    expect(byDay.body.rows.at(-1)).toMatchObject({ humanClicks: 2, leads: 1, sales: 1 });
    expect(byDay.body.totals).toMatchObject({ humanClicks: 2, leads: 1, sales: 1, revenue: { USD: 500 }, conversionRate: 0.5 });
    const csv = await fetch(`${s.url}/api/v1/stats/conversions.csv?groupBy=link&linkId=${a.linkId}`, { headers: { authorization: `Bearer rk_test_owner_key_0123456789abcdef` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n').filter(Boolean)).toEqual([
      'group,key,label,human_clicks,leads,sales,currency,revenue,conversion_rate,sale_rate',
      `link,${a.linkId},${a.slug},2,1,1,USD,5.00,0.500000,0.500000`,
    ]);
  });
});
