/**
 * Issue 6, docs/architecture.md, docs/analytics.md: bots and link-preview fetchers never count as human clicks or
 * unique visitors, never fire pixels, but are recorded (`bot=true`) so users can see them:
 * `clicks = humanClicks + bots` everywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/test-server.js';
import { OWNER_KEY } from '../support/test-server.js';
import { createLink, createPixel, testEngines } from '../api/helpers.js';
import { csvRecords } from './csv.js';
import { analyticsServer, click, clickRows, UA } from './support.js';

const BOTS = [UA.curl, UA.googlebot, UA.facebook, ''] as const;

describe.each(testEngines())('bots on %s', (engine) => {
  let s: TestServer;
  let link: any;
  let preview: any;

  beforeAll(async () => {
    s = await analyticsServer(engine, { GEO_COUNTRY_HEADER: 'x-country', CLICK_FLUSH_INTERVAL_MS: '50' });
    const pixel = await createPixel(s);
    link = await createLink(s, { url: 'https://shop.example/bots', pixelIds: [pixel.id] });
    preview = await createLink(s, { url: 'https://shop.example/og', pixelIds: [pixel.id], og: { title: 'A title', description: 'Shared' } });
    // Two human visits from one browser (one visitor), then each bot twice.
    for (let i = 0; i < 2; i++) expect((await click(s, `/${link.slug}`, { 'x-country': 'US' })).status).toBe(200);
    for (const ua of BOTS) {
      for (let i = 0; i < 2; i++) {
        const res = await click(s, `/${link.slug}`, { 'x-country': 'US', 'user-agent': ua });
        expect(res.status, ua).toBe(302); // straight to the destination, no interstitial, no pixels
      }
    }
    // A preview fetcher on a link with Open Graph fields gets the preview page, still as a bot.
    const page = await click(s, `/${preview.slug}`, { 'x-country': 'US', 'user-agent': UA.facebook });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('A title');
    await s.server.clicks.flush();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('stores bot hits with bot=true, consent "bot" and no pixels', async () => {
    const rows = await clickRows(s.testDb.database, link.id);
    expect(rows).toHaveLength(2 + 2 * BOTS.length);
    const bots = rows.filter((r) => r.bot === 1);
    expect(bots).toHaveLength(2 * BOTS.length);
    for (const r of bots) expect(r).toMatchObject({ consent: 'bot', pixels_fired: '' });
    expect((await clickRows(s.testDb.database, preview.id)).map((r) => [r.bot, r.consent])).toEqual([[1, 'bot']]);
  });

  it('keeps bots out of humanClicks, uniqueVisitors, pixel fires and the link counter, and shows them as bots', async () => {
    const stats = (await s.api('GET', `/links/${link.id}/stats`)).body;
    expect(stats.totals).toEqual({ clicks: 10, humanClicks: 2, bots: 8, uniqueVisitors: 1, pixelFires: 2, pixelConfirmed: 0 });
    expect(stats.totals.clicks).toBe(stats.totals.humanClicks + stats.totals.bots);
    expect(stats.consent).toEqual([
      { outcome: 'bot', clicks: 8 },
      { outcome: 'not_required', clicks: 2 },
    ]);
    expect(stats.devices).toEqual([
      { value: 'desktop', clicks: 2, humanClicks: 2, bots: 0 },
      { value: 'other', clicks: 8, humanClicks: 0, bots: 8 },
    ]);
    const series = stats.timeseries.reduce(
      (acc: any, p: any) => ({ clicks: acc.clicks + p.clicks, humanClicks: acc.humanClicks + p.humanClicks, bots: acc.bots + p.bots }),
      { clicks: 0, humanClicks: 0, bots: 0 },
    );
    expect(series).toEqual({ clicks: 10, humanClicks: 2, bots: 8 });
    expect((await s.api('GET', `/links/${link.id}`)).body.clicks).toBe(2);
    const ws = (await s.api('GET', '/stats')).body.totals;
    expect(ws).toMatchObject({ clicks: 11, humanClicks: 2, bots: 9, uniqueVisitors: 1 });
  });

  it('exports bots with bot=true and filters them', async () => {
    const get = async (q: string) =>
      csvRecords(await (await fetch(`${s.url}/api/v1/clicks.csv?linkId=${link.id}${q}`, { headers: { authorization: `Bearer ${OWNER_KEY}` } })).text()).records;
    const all = await get('');
    expect(all.map((r) => r.bot).sort()).toEqual([...Array(2).fill('false'), ...Array(8).fill('true')]);
    expect((await get('&bots=only')).every((r) => r.bot === 'true' && r.consent === 'bot')).toBe(true);
    expect((await get('&bots=exclude')).map((r) => r.bot)).toEqual(['false', 'false']);
  });
});
