/**
 * Issue 6, docs/api.md: `GET /links/:id/stats` and `GET /stats` over a known data set sent
 * through real redirects at known (injected) times: totals, hourly and daily timeseries
 * (zero-filled; days in the workspace time zone), top lists, consent outcomes, pixel yield,
 * workspace isolation and range validation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/test-server.js';
import { createLink, createPixel, otherWorkspace, testEngines } from '../api/helpers.js';
import { analyticsServer, click, dataBlock, ShiftedClock, UA } from './support.js';

/** Monday 2026-01-12 00:00 UTC (New York is UTC−5 then). */
const D = Date.UTC(2026, 0, 12);
const H = 3_600_000;
const iso = (at: number) => new Date(at).toISOString();

describe.each(testEngines())('stats API on %s', (engine) => {
  const clock = new ShiftedClock(D);
  let s: TestServer;
  let l1: any;
  let l2: any;
  let pixel: any;

  async function send(at: number, link: any, headers: Record<string, string>, query = ''): Promise<Response> {
    clock.set(at);
    return click(s, `/${link.slug}${query}`, headers);
  }

  async function stats(path: string, params: string, key?: string) {
    const res = await s.api('GET', `${path}?${params}`, undefined, key);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  beforeAll(async () => {
    s = await analyticsServer(engine, { GEO_COUNTRY_HEADER: 'x-country', TRUST_PROXY: 'true', CLICK_FLUSH_INTERVAL_MS: '50' }, { clock });
    pixel = await createPixel(s, { platform: 'meta', tagId: '123456789012345', name: 'Meta' });
    l1 = await createLink(s, { url: 'https://shop.example/one', pixelIds: [pixel.id] });
    l2 = await createLink(s, { url: 'https://shop.example/two', pixelIds: [] });
    const visitor = (ip: string, ua: string, country: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': ip, 'user-agent': ua, 'x-country': country, ...extra });
    const campaign = '?utm_source=newsletter&utm_medium=email&utm_campaign=launch';

    // L1: two interstitial clicks by one visitor at 09:xx (pixel fires; the first confirms it).
    const first = await send(D + 9 * H + 10 * 60_000, l1, visitor('198.51.100.1', UA.chromeMac, 'US', { referer: 'https://news.example/a?id=1' }), campaign);
    expect(first.status).toBe(200);
    const { clickId } = dataBlock(await first.text());
    expect((await s.get('/_r/beacon', { method: 'POST', body: JSON.stringify({ c: clickId, ok: [pixel.id] }) })).status).toBe(204);
    expect((await send(D + 9 * H + 40 * 60_000, l1, visitor('198.51.100.1', UA.chromeMac, 'US', { referer: 'https://news.example/b' }), campaign)).status).toBe(200);
    // L1: a visitor from Germany at 14:05 (opt-in region → plain redirect, no pixels).
    expect((await send(D + 14 * H + 5 * 60_000, l1, visitor('198.51.100.2', UA.safariIphone, 'DE', { referer: 'https://www.google.com/search?q=x' }), '?utm_source=google')).status).toBe(302);
    // Bots: curl on L1 at 10:00, Googlebot on L2 at 10:01, a preview fetcher on L1 the next day.
    expect((await send(D + 10 * H, l1, visitor('192.0.2.1', UA.curl, 'US'))).status).toBe(302);
    expect((await send(D + 10 * H + 60_000, l2, visitor('192.0.2.2', UA.googlebot, 'US'))).status).toBe(302);
    expect((await send(D + 24 * H + 2 * H, l1, visitor('192.0.2.3', UA.facebook, 'US'))).status).toBe(302);
    // L2: one visitor at 23:30 and again at 01:15 the next UTC day.
    expect((await send(D + 23 * H + 30 * 60_000, l2, visitor('198.51.100.3', UA.chromeAndroid, 'FR'))).status).toBe(302);
    expect((await send(D + 25 * H + 15 * 60_000, l2, visitor('198.51.100.3', UA.chromeAndroid, 'FR'))).status).toBe(302);

    clock.set(D + 27 * H); // "now": 03:00 the next day
    await s.server.clicks.flush();
  });
  afterAll(async () => {
    await s?.close();
  });

  const twoDays = `from=${iso(D)}&to=${iso(D + 48 * H)}`;

  it('totals, top lists, consent outcomes and pixel yield of a link', async () => {
    const body = await stats(`/links/${l1.id}/stats`, twoDays);
    expect(body).toMatchObject({ from: iso(D), to: iso(D + 48 * H), interval: 'day', timeZone: 'UTC' });
    expect(body.totals).toEqual({ clicks: 5, humanClicks: 3, bots: 2, uniqueVisitors: 2, pixelFires: 2, pixelConfirmed: 1 });
    expect(body.totals.clicks).toBe(body.totals.humanClicks + body.totals.bots);
    expect(body.countries).toEqual([
      { value: 'US', clicks: 4, humanClicks: 2, bots: 2 },
      { value: 'DE', clicks: 1, humanClicks: 1, bots: 0 },
    ]);
    expect(body.devices).toEqual([
      { value: 'desktop', clicks: 2, humanClicks: 2, bots: 0 },
      { value: 'mobile', clicks: 1, humanClicks: 1, bots: 0 },
      { value: 'other', clicks: 2, humanClicks: 0, bots: 2 },
    ]);
    expect(body.browsers.slice(0, 2)).toEqual([
      { value: 'Chrome', clicks: 2, humanClicks: 2, bots: 0 },
      { value: 'Safari', clicks: 1, humanClicks: 1, bots: 0 },
    ]);
    expect(body.os.slice(0, 2)).toEqual([
      { value: 'Mac OS', clicks: 2, humanClicks: 2, bots: 0 },
      { value: 'iOS', clicks: 1, humanClicks: 1, bots: 0 },
    ]);
    expect(body.referrers).toEqual([
      { value: 'news.example', clicks: 2, humanClicks: 2, bots: 0 },
      { value: 'www.google.com', clicks: 1, humanClicks: 1, bots: 0 },
      { value: '', clicks: 2, humanClicks: 0, bots: 2 },
    ]);
    expect(body.utm.source).toEqual([
      { value: 'newsletter', clicks: 2, humanClicks: 2, bots: 0 },
      { value: 'google', clicks: 1, humanClicks: 1, bots: 0 },
    ]);
    expect(body.utm.medium).toEqual([{ value: 'email', clicks: 2, humanClicks: 2, bots: 0 }]);
    expect(body.utm.campaign).toEqual([{ value: 'launch', clicks: 2, humanClicks: 2, bots: 0 }]);
    expect(body.utm.term).toEqual([]);
    expect(body.consent).toEqual([
      { outcome: 'bot', clicks: 2 },
      { outcome: 'not_required', clicks: 2 },
      { outcome: 'suppressed_region', clicks: 1 },
    ]);
    expect(body.pixels).toEqual([{ pixelId: pixel.id, fires: 2, confirmed: 1, yield: 0.5 }]);
    // `top` limits every list.
    const top1 = await stats(`/links/${l1.id}/stats`, `${twoDays}&top=1`);
    expect(top1.countries).toHaveLength(1);
    expect(top1.referrers).toEqual([body.referrers[0]]);
  });

  it('zero-filled hourly and daily timeseries', async () => {
    const hourly = await stats(`/links/${l1.id}/stats`, `from=${iso(D)}&to=${iso(D + 24 * H)}&interval=hour`);
    expect(hourly.timeseries).toHaveLength(24);
    expect(hourly.timeseries.map((p: any) => p.t)).toEqual(Array.from({ length: 24 }, (_, h) => iso(D + h * H)));
    const nonZero = hourly.timeseries.filter((p: any) => p.clicks > 0).map((p: any) => [p.t.slice(11, 13), p.clicks, p.humanClicks, p.bots, p.uniqueVisitors]);
    expect(nonZero).toEqual([
      ['09', 2, 2, 0, 1],
      ['10', 1, 0, 1, 0],
      ['14', 1, 1, 0, 1],
    ]);
    const daily = await stats(`/links/${l1.id}/stats`, twoDays);
    expect(daily.timeseries.map((p: any) => [p.date, p.t, p.clicks, p.humanClicks, p.bots, p.uniqueVisitors])).toEqual([
      ['2026-01-12', iso(D), 4, 3, 1, 2],
      ['2026-01-13', iso(D + 24 * H), 1, 0, 1, 0],
    ]);
    // A day with nothing is still a point.
    const three = await stats(`/links/${l2.id}/stats`, `from=${iso(D - 24 * H)}&to=${iso(D + 48 * H)}`);
    expect(three.timeseries.map((p: any) => [p.date, p.clicks])).toEqual([
      ['2026-01-11', 0],
      ['2026-01-12', 2],
      ['2026-01-13', 1],
    ]);
  });

  it('the workspace sums its links; the default range is the last 30 days', async () => {
    const ws = await stats('/stats', twoDays);
    // Issue 15: distinct visitors over the range, from the sketches: L2's visitor, back the next
    // UTC day, counts once (the daily points below still show one each day).
    expect(ws.totals).toEqual({ clicks: 8, humanClicks: 5, bots: 3, uniqueVisitors: 3, pixelFires: 2, pixelConfirmed: 1 });
    const link2 = await stats(`/links/${l2.id}/stats`, twoDays);
    expect(link2.totals).toEqual({ clicks: 3, humanClicks: 2, bots: 1, uniqueVisitors: 1, pixelFires: 0, pixelConfirmed: 0 });
    expect(ws.countries).toEqual([
      { value: 'US', clicks: 5, humanClicks: 2, bots: 3 },
      { value: 'DE', clicks: 1, humanClicks: 1, bots: 0 },
      { value: 'FR', clicks: 2, humanClicks: 2, bots: 0 },
    ].sort((a, b) => b.humanClicks - a.humanClicks || b.clicks - a.clicks || a.value.localeCompare(b.value)));
    const byDefault = await stats('/stats', '');
    expect(byDefault.totals).toEqual(ws.totals);
    // The clock runs on from "now" (03:00 the next day).
    expect(Date.parse(byDefault.to) - (D + 27 * H)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(byDefault.to) - (D + 27 * H)).toBeLessThan(120_000);
    expect(Date.parse(byDefault.to) - Date.parse(byDefault.from)).toBe(30 * 24 * H);
  });

  it('groupBy splits the figures by day, link or a breakdown, and the groups add up to the totals', async () => {
    const plain = await stats('/stats', twoDays);
    expect(plain.groups).toBeUndefined();
    const sum = (groups: any[]) => groups.reduce((n, g) => ({ clicks: n.clicks + g.clicks, humanClicks: n.humanClicks + g.humanClicks, bots: n.bots + g.bots }), { clicks: 0, humanClicks: 0, bots: 0 });

    const byDay = await stats('/stats', `${twoDays}&groupBy=day&interval=hour`);
    expect(byDay.groupBy).toBe('day');
    expect(byDay.timeseries).toHaveLength(48); // the timeseries keeps its interval
    expect(byDay.groups).toEqual([
      { value: '2026-01-12', clicks: 6, humanClicks: 4, bots: 2 },
      { value: '2026-01-13', clicks: 2, humanClicks: 1, bots: 1 },
    ]);

    const byLink = await stats('/stats', `${twoDays}&groupBy=link`);
    expect(byLink.groups).toEqual([
      { value: l1.id, clicks: 5, humanClicks: 3, bots: 2 },
      { value: l2.id, clicks: 3, humanClicks: 2, bots: 1 },
    ]);
    // Exact to the hour, like the totals: the link's first hours only.
    const morning = await stats('/stats', `from=${iso(D)}&to=${iso(D + 10 * H)}&groupBy=link`);
    expect(morning.groups).toEqual([{ value: l1.id, clicks: 2, humanClicks: 2, bots: 0 }]);

    const byCountry = await stats('/stats', `${twoDays}&groupBy=country&top=1`);
    expect(byCountry.countries).toHaveLength(1); // `top` bounds the top lists, not the groups
    expect(byCountry.groups).toEqual([
      { value: 'US', clicks: 5, humanClicks: 2, bots: 3 },
      { value: 'FR', clicks: 2, humanClicks: 2, bots: 0 },
      { value: 'DE', clicks: 1, humanClicks: 1, bots: 0 },
    ]);
    const campaign = await stats(`/links/${l1.id}/stats`, `${twoDays}&groupBy=utmCampaign`);
    expect(campaign.groups).toEqual([{ value: 'launch', clicks: 2, humanClicks: 2, bots: 0 }]);
    for (const groupBy of ['day', 'link', 'device', 'referrer', 'consent']) {
      const body = await stats('/stats', `${twoDays}&groupBy=${groupBy}`);
      expect(sum(body.groups), groupBy).toEqual({ clicks: body.totals.clicks, humanClicks: body.totals.humanClicks, bots: body.totals.bots });
    }
    const bad = await s.api('GET', `/stats?groupBy=week`);
    expect([bad.status, bad.body.error.code]).toEqual([400, 'INVALID_QUERY']);
  });

  it('groups days by the workspace time zone', async () => {
    const patched = await s.api('PATCH', '/workspace', { timeZone: 'America/New_York' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    try {
      const utcRange = await stats('/stats', twoDays);
      expect(utcRange.timeZone).toBe('America/New_York');
      // 00:00–04:59 UTC on the 12th is still the 11th in New York; everything else fell on the 12th there.
      expect(utcRange.timeseries.map((p: any) => [p.date, p.t, p.clicks, p.humanClicks, p.uniqueVisitors])).toEqual([
        ['2026-01-11', iso(D), 0, 0, 0],
        ['2026-01-12', iso(D + 5 * H), 8, 5, 4],
        ['2026-01-13', iso(D + 29 * H), 0, 0, 0],
      ]);
      const localDay = await stats('/stats', `from=${encodeURIComponent('2026-01-12T00:00:00-05:00')}&to=${encodeURIComponent('2026-01-13T00:00:00-05:00')}`);
      expect(localDay.timeseries.map((p: any) => [p.date, p.clicks])).toEqual([['2026-01-12', 8]]);
      expect(localDay.totals.clicks).toBe(8);
    } finally {
      expect((await s.api('PATCH', '/workspace', { timeZone: 'UTC' })).status).toBe(200);
    }
  });

  it('another workspace’s link is 404, and its own stats hold none of ours', async () => {
    const other = await otherWorkspace(s, 'stats-other');
    const res = await s.api('GET', `/links/${l1.id}/stats?${twoDays}`, undefined, other.key);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('LINK_NOT_FOUND');
    expect((await s.api('GET', `/links/lnk_00000000000000000000000000/stats`)).status).toBe(404);
    const theirs = await stats('/stats', twoDays, other.key);
    expect(theirs.totals).toEqual({ clicks: 0, humanClicks: 0, bots: 0, uniqueVisitors: 0, pixelFires: 0, pixelConfirmed: 0 });
    expect(theirs.countries).toEqual([]);
  });

  it.each([
    ['from after to', `from=${iso(D + H)}&to=${iso(D)}`],
    ['an empty range', `from=${iso(D)}&to=${iso(D)}`],
    ['more than 400 days', `from=${iso(D - 401 * 24 * H)}&to=${iso(D)}`],
    ['hourly over more than 31 days', `from=${iso(D - 32 * 24 * H)}&to=${iso(D)}&interval=hour`],
    ['a date that is not ISO 8601', 'from=yesterday'],
    ['an unknown interval', 'interval=week'],
    ['top out of bounds', 'top=0'],
  ])('rejects %s with 400 INVALID_QUERY', async (_name, params) => {
    for (const path of ['/stats', `/links/${l1.id}/stats`]) {
      const res = await s.api('GET', `${path}?${params}`);
      expect(res.status, `${path}?${params}`).toBe(400);
      expect(res.body.error.code).toBe('INVALID_QUERY');
    }
  });
});
