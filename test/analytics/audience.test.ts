/**
 * Issues 6 and 15, docs/analytics.md: `GET /pixels/:id/audience`: distinct visitors a pixel reached
 * over 30/90/180 days (from sketches: a returning person counts once), return visitors (reached
 * in both halves of the window), growth per day, and readiness against the platform's minimum
 * audience (catalogue default, or AUDIENCE_MINIMUMS).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/core/clicks/click.js';
import type { TestServer } from '../support/test-server.js';
import { createLink, createPixel, otherWorkspace, testEngines } from '../api/helpers.js';
import { analyticsServer, click, ShiftedClock, UA } from './support.js';

/** "Today" in this suite: 2026-06-30 12:00 UTC. */
const TODAY = Date.UTC(2026, 5, 30, 12);
const dateOf = (at: number) => new Date(at).toISOString().slice(0, 10);

describe.each(testEngines())('pixel audiences on %s', (engine) => {
  const clock = new ShiftedClock(TODAY);
  let s: TestServer;
  let meta: any;
  let tiktok: any;
  let google: any;
  let unused: any;

  beforeAll(async () => {
    s = await analyticsServer(
      engine,
      { GEO_COUNTRY_HEADER: 'x-country', TRUST_PROXY: 'true', CLICK_FLUSH_INTERVAL_MS: '50', AUDIENCE_MINIMUMS: 'meta=3,tiktok=5' },
      { clock },
    );
    meta = await createPixel(s, { platform: 'meta', tagId: '123456789012345' });
    tiktok = await createPixel(s, { platform: 'tiktok', tagId: 'C4ABCDEFGHIJKLMN1234' });
    google = await createPixel(s, { platform: 'google_ads', tagId: 'AW-123456789' });
    unused = await createPixel(s, { platform: 'linkedin', tagId: '1234567' });
    const link = await createLink(s, { url: 'https://shop.example/aud', pixelIds: [meta.id, tiktok.id, google.id] });
    // The interstitial fires the pixels; its beacon (from the same browser) reports which hits left.
    const visit = async (at: number, ip: string, ua: string = UA.chromeMac, confirm = [meta.id, tiktok.id, google.id]) => {
      clock.set(at);
      const headers = { 'x-country': 'US', 'x-forwarded-for': ip, 'user-agent': ua };
      const res = await click(s, `/${link.slug}`, headers);
      expect(res.status).toBe(200);
      const clickId = /"clickId":"(clk_[0-9a-z]+)"/.exec(await res.text())?.[1];
      const beacon = await s.get('/_r/beacon', { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: JSON.stringify({ c: clickId, ok: confirm, ms: 300 }) });
      expect(beacon.status).toBe(204);
    };
    await visit(TODAY - 60 * DAY_MS, '198.51.100.4'); // first half of the 90-day window…
    await visit(TODAY - 40 * DAY_MS, '198.51.100.1'); // outside the 30-day window
    await visit(TODAY - DAY_MS, '198.51.100.2');
    await visit(TODAY - DAY_MS + 60_000, '198.51.100.2'); // back the same day: still one person
    await visit(TODAY - DAY_MS, '198.51.100.3');
    await visit(TODAY, '198.51.100.2'); // back the next day: still one person
    await visit(TODAY, '198.51.100.4'); // …and its second half: a return visitor over 90 days
    // Issue 22: pixels that were served but never sent their hit put nobody in an audience.
    await visit(TODAY, '198.51.100.7', UA.chromeMac, []);
    // Bots and blocked visitors never join an audience.
    clock.set(TODAY);
    expect((await click(s, `/${link.slug}`, { 'x-country': 'US', 'user-agent': UA.googlebot })).status).toBe(302);
    expect((await click(s, `/${link.slug}`, { 'x-country': 'DE', 'x-forwarded-for': '198.51.100.9' })).status).toBe(302);
    await s.server.clicks.flush();
  });
  afterAll(async () => {
    await s?.close();
  });

  async function audience(pixelId: string, key?: string) {
    const res = await s.api('GET', `/pixels/${pixelId}/audience`, undefined, key);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  it('counts distinct people per window, with the ones reached in both halves as return visitors', async () => {
    const body = await audience(meta.id);
    expect(body).toMatchObject({ pixelId: meta.id, platform: 'meta' });
    expect(body.windows).toEqual([
      { days: 30, visitors: 3, returnVisitors: 0 },
      { days: 90, visitors: 4, returnVisitors: 1 },
      { days: 180, visitors: 4, returnVisitors: 0 },
    ]);
  });

  it('grows day by day over 180 days, ending today', async () => {
    const { growth } = await audience(meta.id);
    expect(growth).toHaveLength(180);
    expect(growth[179].date).toBe(dateOf(TODAY));
    expect(growth[0].date).toBe(dateOf(TODAY - 179 * DAY_MS));
    const nonZero = growth.filter((g: any) => g.visitors > 0);
    // Each day's visitors, and the distinct people since the window began (a return adds none).
    expect(nonZero).toEqual([
      { date: dateOf(TODAY - 60 * DAY_MS), visitors: 1, cumulative: 1 },
      { date: dateOf(TODAY - 40 * DAY_MS), visitors: 1, cumulative: 2 },
      { date: dateOf(TODAY - DAY_MS), visitors: 2, cumulative: 4 },
      { date: dateOf(TODAY), visitors: 2, cumulative: 4 },
    ]);
    // cumulative never decreases and ends at the 180-day total
    for (let i = 1; i < growth.length; i++) expect(growth[i].cumulative).toBeGreaterThanOrEqual(growth[i - 1].cumulative);
  });

  it('judges readiness against AUDIENCE_MINIMUMS, or the catalogue default', async () => {
    expect((await audience(meta.id)).readiness).toMatchObject({ minimum: 3, lookbackDays: 180, visitors: 4, progress: 1, ready: true });
    expect((await audience(tiktok.id)).readiness).toMatchObject({ minimum: 5, lookbackDays: 180, visitors: 4, progress: 0.8, ready: false });
    // Google Ads: catalogue minimum (100) over its 30-day lookback.
    expect((await audience(google.id)).readiness).toMatchObject({ minimum: 100, lookbackDays: 30, visitors: 3, progress: 0.03, ready: false });
  });

  it('is empty for a pixel no click fired, and 404 for another workspace’s pixel', async () => {
    const body = await audience(unused.id);
    expect(body.windows.map((w: any) => w.visitors)).toEqual([0, 0, 0]);
    expect(body.growth.at(-1)).toEqual({ date: dateOf(TODAY), visitors: 0, cumulative: 0 });
    expect(body.readiness).toMatchObject({ visitors: 0, progress: 0, ready: false });
    const other = await otherWorkspace(s, 'audience-other');
    const res = await s.api('GET', `/pixels/${meta.id}/audience`, undefined, other.key);
    expect(res.status).toBe(404);
  });
});
