/**
 * Issue 20, docs/api.md: `GET /events` lists recorded clicks as JSON, newest first, paged by
 * cursor, with the CSV export's filters and field names (each CSV row is its event's fields in
 * snake_case); no IP, no visitor value; one workspace never sees another's clicks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvValues } from '../../src/app/stats/click-event.js';
import { CSV_COLUMNS } from '../../src/http/api/routes/clicks.js';
import { OWNER_KEY, type TestServer } from '../support/test-server.js';
import { createLink, otherWorkspace, testEngines } from '../api/helpers.js';
import { csvRecords } from './csv.js';
import { analyticsServer, click, ShiftedClock, UA } from './support.js';

const T0 = Date.UTC(2026, 2, 2, 8);
const H = 3_600_000;
const iso = (at: number) => new Date(at).toISOString();
const minute = (at: number | string) => (typeof at === 'number' ? iso(at) : at).slice(0, 16);

describe.each(testEngines())('click events list on %s', (engine) => {
  const clock = new ShiftedClock(T0);
  let s: TestServer;
  let shop: any;
  let blog: any;
  const range = `from=${iso(T0)}&to=${iso(T0 + 24 * H)}`;
  const events = (params: string, key = OWNER_KEY) => s.api('GET', `/events?${params}`, undefined, key);
  const times = async (params: string) => {
    const res = await events(params);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.data.map((e: any) => minute(e.time));
  };

  beforeAll(async () => {
    s = await analyticsServer(engine, { GEO_COUNTRY_HEADER: 'x-country', CLICK_FLUSH_INTERVAL_MS: '50' }, { clock });
    shop = await createLink(s, { url: 'https://shop.example/events', pixelIds: [] });
    blog = await createLink(s, { url: 'https://blog.example/events', pixelIds: [] });
    const visits: Array<[number, string, Record<string, string>]> = [
      [1, `/${shop.slug}?utm_source=news&utm_campaign=spring&fbclid=SECRETVALUE`, { 'x-country': 'DE', referer: 'https://news.example/a?u=me' }],
      [2, `/${shop.slug}?utm_campaign=spring`, { 'x-country': 'DE', 'user-agent': UA.safariIphone }],
      [3, `/${shop.slug}`, { 'x-country': 'US', 'user-agent': UA.curl }],
      [4, `/${blog.slug}?utm_campaign=autumn`, { 'x-country': 'FR', 'user-agent': UA.chromeAndroid }],
      [5, `/${blog.slug}`, { 'x-country': 'DE' }],
    ];
    for (const [hour, path, headers] of visits) {
      clock.set(T0 + hour * H);
      expect((await click(s, path, headers)).status).toBe(302);
    }
    clock.set(T0 + 6 * H);
    await s.server.clicks.flush();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists clicks newest first with every field the CSV has, and nothing that identifies a visitor', async () => {
    const res = await events(range);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ nextCursor: null, hasMore: false });
    expect(res.body.data.map((e: any) => [e.linkId, minute(e.time)])).toEqual([5, 4, 3, 2, 1].map((h) => [h >= 4 ? blog.id : shop.id, minute(T0 + h * H)]));
    const first = res.body.data.at(-1);
    expect(first).toEqual({
      id: expect.stringMatching(/^clk_[0-9a-z]{26}$/),
      time: expect.any(String),
      linkId: shop.id,
      slug: shop.slug,
      domain: s.config.defaultHost,
      country: 'DE',
      device: 'desktop',
      os: expect.any(String),
      browser: 'Chrome',
      referrerHost: 'news.example',
      utm: { source: 'news', medium: null, campaign: 'spring', term: null, content: null },
      clickIds: ['fbclid'],
      bot: false,
      consent: 'no_pixels',
      pixelsFired: [],
      pixelsConfirmed: null,
    });
    expect(res.body.data[2]).toMatchObject({ bot: true, country: 'US', consent: 'bot' });
    const text = JSON.stringify(res.body);
    for (const forbidden of ['127.0.0.1', 'SECRETVALUE', 'u=me', 'visitor', 'Mozilla']) expect(text).not.toContain(forbidden);
  });

  it('says the same as the CSV export, field for field', async () => {
    const json = (await events(range)).body.data.reverse();
    const csv = await fetch(`${s.url}/api/v1/clicks.csv?${range}`, { headers: { authorization: `Bearer ${OWNER_KEY}` } });
    const { records } = csvRecords(await csv.text());
    expect(records.map((r) => CSV_COLUMNS.map((c) => r[c]))).toEqual(json.map((e: any) => csvValues(e).map((v) => v ?? '')));
  });

  it('pages with limit and cursor without losing or repeating a click', async () => {
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 5; page++) {
      const res = await events(`${range}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.data.map((e: any) => e.id));
      expect(res.body.hasMore).toBe(res.body.nextCursor !== null);
      if (!res.body.hasMore) break;
      expect(res.body.data).toHaveLength(2);
      cursor = res.body.nextCursor;
    }
    expect(seen).toHaveLength(5);
    expect(seen).toEqual([...seen].sort().reverse());
    expect((await events(`${range}&cursor=bm90LWFuLWlk`)).body.error.code).toBe('INVALID_CURSOR');
  });

  it('filters by link, country, device, bots, consent, referrer and UTM, and combines them', async () => {
    const at = (...hours: number[]) => hours.map((h) => minute(T0 + h * H));
    expect(await times(`${range}&linkId=${blog.id}`)).toEqual(at(5, 4));
    expect(await times(`${range}&country=DE`)).toEqual(at(5, 2, 1));
    expect(await times(`${range}&device=mobile`)).toEqual(at(4, 2));
    expect(await times(`${range}&bots=only`)).toEqual(at(3));
    expect(await times(`${range}&bots=exclude&linkId=${shop.id}`)).toEqual(at(2, 1));
    expect(await times(`${range}&consent=bot`)).toEqual(at(3));
    expect(await times(`${range}&referrerHost=news.example`)).toEqual(at(1));
    expect(await times(`${range}&utmCampaign=spring`)).toEqual(at(2, 1));
    expect(await times(`${range}&utmCampaign=spring&country=DE&device=desktop`)).toEqual(at(1));
    expect(await times(`${range}&utmSource=news&linkId=${blog.id}`)).toEqual([]);
    expect(await times(`from=${iso(T0 + 2 * H)}&to=${iso(T0 + 4 * H)}`)).toEqual(at(3, 2));
    // A relative range ends now (T0 + 6.5 h on the test clock): the last 3 hours hold the clicks of hours 4 and 5.
    clock.set(T0 + 6.5 * H);
    expect(await times('range=3h')).toEqual(at(5, 4));
    expect(await times('range=all')).toEqual(at(5, 4, 3, 2, 1));
  });

  it('refuses bad filters with a clear error', async () => {
    for (const params of ['country=de', 'device=fridge', 'consent=maybe', 'bots=some', 'limit=0', 'limit=101', `range=7d&from=${iso(T0)}`, 'range=7w']) {
      const res = await events(params);
      expect(res.status, params).toBe(400);
      expect(res.body.error.code, params).toBe('INVALID_QUERY');
    }
    expect((await events(`linkId=lnk_${'0'.repeat(26)}`)).status).toBe(404);
  });

  it('never shows another workspace’s clicks', async () => {
    const other = await otherWorkspace(s, 'events-other');
    expect((await events(range, other.key)).body.data).toEqual([]);
    expect((await events(`${range}&linkId=${shop.id}`, other.key)).status).toBe(404);
  });
});
