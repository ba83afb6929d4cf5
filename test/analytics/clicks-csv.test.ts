/**
 * Issue 6, docs/api.md: `GET /clicks.csv` streams one row per click (never an IP): header row,
 * filters (linkId, from/to, bots), spreadsheet-formula protection for values strangers control,
 * workspace isolation, and a 20,000-click export that is read from the database page by page
 * while the response is already flowing.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Click } from '../../src/core/clicks/click.js';
import { ClickStore } from '../../src/storage/click-store.js';
import { newId } from '../../src/core/ids.js';
import { CSV_COLUMNS } from '../../src/http/api/routes/clicks.js';
import { OWNER_KEY, type TestServer } from '../support/test-server.js';
import { createLink, otherWorkspace, ownerWorkspaceId, testEngines } from '../api/helpers.js';
import { csvRecords } from './csv.js';
import { analyticsServer, click, ShiftedClock, UA } from './support.js';

const T0 = Date.UTC(2026, 1, 2, 8);
const H = 3_600_000;
const iso = (at: number) => new Date(at).toISOString();
/** The suite's clock runs on from each `set`: compare click times to the minute. */
const minute = (at: number | string) => (typeof at === 'number' ? iso(at) : at).slice(0, 16);

describe.each(testEngines())('CSV export on %s', (engine) => {
  const clock = new ShiftedClock(T0);
  let s: TestServer;
  let l1: any;
  let l2: any;

  async function csv(params: string, key = OWNER_KEY) {
    const res = await fetch(`${s.url}/api/v1/clicks.csv?${params}`, { headers: { authorization: `Bearer ${key}` } });
    return { res, text: await res.text() };
  }

  beforeAll(async () => {
    s = await analyticsServer(engine, { GEO_COUNTRY_HEADER: 'x-country', CLICK_FLUSH_INTERVAL_MS: '50' }, { clock });
    l1 = await createLink(s, { url: 'https://shop.example/csv1', pixelIds: [] });
    l2 = await createLink(s, { url: 'https://shop.example/csv2', pixelIds: [] });
    const hostile = new URLSearchParams({
      utm_source: '=HYPERLINK("http://evil.example","click me")',
      utm_medium: '+SUM(1,2)',
      utm_campaign: '-2+3',
      utm_term: '@cmd',
      utm_content: 'plain, with "quotes"',
      gclid: 'SECRETVALUE',
    }).toString();
    clock.set(T0 + H);
    expect((await click(s, `/${l1.slug}?${hostile}`, { 'x-country': 'US', referer: 'https://forum.example/t/1?u=me' })).status).toBe(302);
    clock.set(T0 + 2 * H);
    expect((await click(s, `/${l1.slug}`, { 'x-country': 'US', 'user-agent': UA.curl })).status).toBe(302);
    clock.set(T0 + 3 * H);
    expect((await click(s, `/${l2.slug}`, { 'x-country': 'FR', 'user-agent': UA.safariIphone })).status).toBe(302);
    clock.set(T0 + 4 * H);
    await s.server.clicks.flush();
  });
  afterAll(async () => {
    await s?.close();
  });

  const range = `from=${iso(T0)}&to=${iso(T0 + 24 * H)}`;

  it('answers a streamed text/csv attachment: header row, one row per click, no IP and no visitor hash', async () => {
    const { res, text } = await csv(range);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ricochet-clicks.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { header, records } = csvRecords(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(records.map((r) => [r.link_id, r.slug, minute(r.time as string), r.bot])).toEqual([
      [l1.id, l1.slug, minute(T0 + H), 'false'],
      [l1.id, l1.slug, minute(T0 + 2 * H), 'true'],
      [l2.id, l2.slug, minute(T0 + 3 * H), 'false'],
    ]);
    expect(records.every((r) => r.time === new Date(Date.parse(r.time as string)).toISOString())).toBe(true);
    expect(records[0]).toMatchObject({ country: 'US', device: 'desktop', browser: 'Chrome', referrer_host: 'forum.example', click_ids: 'gclid', consent: 'no_pixels', domain: s.config.defaultHost });
    expect(records[2]).toMatchObject({ country: 'FR', device: 'mobile', os: 'iOS' });
    expect(records.every((r) => /^clk_[0-9a-z]{26}$/.test(r.click_id as string))).toBe(true);
    for (const forbidden of ['127.0.0.1', 'visitor', 'SECRETVALUE', 'u=me']) expect(text).not.toContain(forbidden);
  });

  it('defuses spreadsheet formulas in values strangers control, and quotes per RFC 4180', async () => {
    const { text } = await csv(`${range}&linkId=${l1.id}&bots=exclude`);
    const [row] = csvRecords(text).records;
    expect(row).toMatchObject({
      utm_source: `'=HYPERLINK("http://evil.example","click me")`,
      utm_medium: `'+SUM(1,2)`,
      utm_campaign: `'-2+3`,
      utm_term: `'@cmd`,
      utm_content: 'plain, with "quotes"',
    });
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click me"")"`);
    // No field of the file starts with a formula character.
    for (const line of text.split('\r\n')) for (const field of line.split(',')) expect(field.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('filters by link, time range and bots', async () => {
    const ids = async (params: string) => csvRecords((await csv(params)).text).records.map((r) => minute(r.time as string));
    expect(await ids(`${range}&linkId=${l1.id}`)).toEqual([minute(T0 + H), minute(T0 + 2 * H)]);
    expect(await ids(`${range}&linkId=${l1.id}&bots=only`)).toEqual([minute(T0 + 2 * H)]);
    expect(await ids(`${range}&bots=exclude`)).toEqual([minute(T0 + H), minute(T0 + 3 * H)]);
    expect(await ids(`from=${iso(T0 + 2 * H)}&to=${iso(T0 + 3 * H)}`)).toEqual([minute(T0 + 2 * H)]); // [from, to)
    expect(await ids(`from=${iso(T0 + 5 * H)}&to=${iso(T0 + 6 * H)}`)).toEqual([]);
    const named = await csv(`${range}&linkId=${l1.id}`);
    expect(named.res.headers.get('content-disposition')).toBe(`attachment; filename="ricochet-clicks-${l1.slug}.csv"`);
    const bad = await csv(`from=${iso(T0 + H)}&to=${iso(T0)}`);
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.text).error.code).toBe('INVALID_QUERY');
    expect((await csv(`${range}&bots=maybe`)).res.status).toBe(400);
  });

  it('never shows another workspace’s clicks', async () => {
    const other = await otherWorkspace(s, 'csv-other');
    const theirs = await csv(range, other.key);
    expect(theirs.res.status).toBe(200);
    expect(csvRecords(theirs.text).records).toEqual([]);
    const ours = await csv(`${range}&linkId=${l1.id}`, other.key);
    expect(ours.res.status).toBe(404);
  });

  it('streams 20,000 clicks page by page: the response flows before the last page is read', { timeout: 120_000 }, async () => {
    const link = await createLink(s, { url: 'https://shop.example/big', pixelIds: [] });
    const workspaceId = await ownerWorkspaceId(s);
    const start = T0 + 30 * 24 * H;
    const long = (c: string) => c.repeat(120); // wide rows: 20,000 of them are ~15 MB, far more than socket buffers hold
    const make = (at: number): Click => ({
      id: newId('click', at, s.server.ctx.random),
      workspaceId,
      linkId: link.id,
      at,
      address: '',
      userAgent: '',
      referer: '',
      query: '',
      country: 'NL',
      device: 'desktop',
      os: 'Windows',
      browser: 'Firefox',
      referrerHost: 'big.example',
      utm: { utm_source: long('s'), utm_medium: long('m'), utm_campaign: long('c'), utm_term: long('t'), utm_content: long('x') },
      clickIds: 0,
      bot: false,
      consent: 'no_pixels',
      pixels: [],
    });
    // The click rows as the writer stores them (its store, on the server's own connection).
    const store = new ClickStore(s.server.ctx.stores.database);
    const N = 20_000;
    const seeded = Date.now();
    // Seven clicks per millisecond: keyset pages (2,000 rows) must split runs of equal times.
    for (let i = 0; i < N; i += 1000) {
      await store.insert(Array.from({ length: 1000 }, (_, k) => make(start + Math.floor((i + k) / 7))), false);
    }

    // Once the response is flowing, a click arrives that sorts last. Were the export read whole
    // before sending, it would be missing; read page by page as the client consumes, it is there.
    // (A connection of its own: the seeding above kept the event loop busy past keep-alive.)
    const late = make(start + N);
    const exported = Date.now();
    const { status, headers, text, chunks } = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string; chunks: number }>(
      (resolve, reject) => {
        const url = `${s.url}/api/v1/clicks.csv?linkId=${link.id}&from=${iso(start)}&to=${iso(start + H)}`;
        const req = http.get(url, { agent: false, headers: { authorization: `Bearer ${OWNER_KEY}` } }, (res) => {
          let body = '';
          let n = 0;
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
            if (++n === 1) {
              res.pause();
              store.insert([late], false).then(() => res.resume(), reject);
            }
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: body, chunks: n }));
          res.on('error', reject);
        });
        req.on('error', reject);
      },
    );
    expect(status).toBe(200);
    expect(headers['content-length']).toBeUndefined();
    expect(headers['transfer-encoding']).toBe('chunked');
    const { header, records } = csvRecords(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(N + 1);
    expect(records[0]?.time).toBe(iso(start));
    expect(records.at(-1)?.click_id).toBe(late.id);
    expect(new Set(records.map((r) => r.click_id)).size).toBe(N + 1);
    const order = records.map((r) => `${r.time}|${r.click_id}`);
    expect(order).toEqual([...order].sort());
    expect(chunks).toBeGreaterThan(10);
    console.info(`[csv ${engine}] seeded ${N} clicks in ${exported - seeded} ms; exported ${records.length} rows, ${(text.length / 1e6).toFixed(1)} MB in ${chunks} chunks, ${Date.now() - exported} ms`);
  });
});
