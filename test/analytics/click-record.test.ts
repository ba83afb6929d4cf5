/**
 * Issue 6, docs/analytics.md: what one click stores (time, link, domain, country, device, OS,
 * browser, referrer host only, UTM, click-id names only, bot flag, consent outcome, pixels
 * fired), and pixel yield: the interstitial's beacon confirms pixels once; a replayed or forged
 * beacon changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/test-server.js';
import { createLink, createPixel, otherWorkspace, testEngines } from '../api/helpers.js';
import { analyticsServer, click, clickRows, dataBlock, decodeClickRow, scrape, UA, type ClickRow } from './support.js';

describe.each(testEngines())('what a click stores on %s', (engine) => {
  let s: TestServer;
  let meta: { id: string };
  let google: { id: string };
  beforeAll(async () => {
    s = await analyticsServer(engine, { GEO_COUNTRY_HEADER: 'x-country', CLICK_FLUSH_INTERVAL_MS: '50' });
    meta = await createPixel(s, { platform: 'meta', tagId: '123456789012345', name: 'Meta' });
    google = await createPixel(s, { platform: 'google_ads', tagId: 'AW-123456789', name: 'Google' });
  });
  afterAll(async () => {
    await s?.close();
  });

  async function rowOf(clickId: string): Promise<ClickRow> {
    await s.server.clicks.flush();
    const row = await s.testDb.database.db.selectFrom('clicks').selectAll().where('id', '=', clickId).executeTakeFirst();
    if (!row) throw new Error(`click ${clickId} not stored`);
    return decodeClickRow(row);
  }

  /** Open the interstitial of `slug` as a US visitor; returns the click id and the pixels on the page. */
  async function interstitial(slug: string, headers: Record<string, string> = {}) {
    const res = await click(s, `/${slug}`, { 'x-country': 'US', ...headers });
    expect(res.status).toBe(200);
    return dataBlock(await res.text());
  }

  /** The page's beacon; `headers` as the browser that got the page sends them (its user agent). */
  async function beacon(body: unknown, headers: Record<string, string> = {}): Promise<void> {
    const res = await s.get('/_r/beacon', { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers }, body: JSON.stringify(body) });
    expect(res.status).toBe(204);
  }

  async function linkStats(linkId: string) {
    const res = await s.api('GET', `/links/${linkId}/stats`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  it('stores every fact of an interstitial click, and only names and hosts of what the visitor sent', async () => {
    const link = await createLink(s, { url: 'https://shop.example/landing', pixelIds: [meta.id, google.id] });
    const before = Date.now();
    const page = await interstitial(
      `${link.slug}?utm_source=newsletter&utm_medium=email&utm_campaign=spring%20sale&utm_term=shoes&utm_content=hero&fbclid=FBSECRET42&gclid=GSECRET42&ref=x`,
      { 'user-agent': UA.safariIphone, referer: 'https://www.Google.com/search?q=private+search+terms&client=safari' },
    );
    const after = Date.now();
    expect(page.pixels.map((p) => p.id).sort()).toEqual([meta.id, google.id].sort());

    const row = await rowOf(page.clickId);
    expect(row.at).toBeGreaterThanOrEqual(before);
    expect(row.at).toBeLessThanOrEqual(after);
    expect(row).toMatchObject({
      link_id: link.id,
      country: 'US',
      device: 'mobile',
      os: 'iOS',
      browser: 'Safari',
      referrer_host: 'www.google.com',
      utm_source: 'newsletter',
      utm_medium: 'email',
      utm_campaign: 'spring sale',
      utm_term: 'shoes',
      utm_content: 'hero',
      click_ids: 'fbclid,gclid',
      bot: 0,
      consent: 'not_required',
      pixels_confirmed: null,
    });
    expect(row.pixels_fired.split(',').sort()).toEqual([meta.id, google.id].sort());
    // Issue 15: each pixel's consent outcome is stored (for later server-side events), and no
    // visitor value of any kind: uniques are counted in sketches.
    expect(row.pixels.split(',').sort()).toEqual([`${meta.id}:0`, `${google.id}:0`].sort());
    expect(Object.keys(row)).not.toContain('visitor_hash');
    // Click-id values and the referrer's path and query are never stored.
    const stored = JSON.stringify(row);
    for (const secret of ['FBSECRET42', 'GSECRET42', 'private', 'search', 'client=', '127.0.0.1']) expect(stored).not.toContain(secret);
  });

  it('stores the consent outcome of direct redirects (no pixels, region, GPC) and of bots', async () => {
    const plain = await createLink(s, { url: 'https://example.com/plain', pixelIds: [] });
    const pixelled = await createLink(s, { url: 'https://example.com/pixelled', pixelIds: [meta.id] });
    const cases: Array<[string, Record<string, string>, { consent: string; bot: number; pixels_fired: string }]> = [
      [plain.slug, { 'x-country': 'US' }, { consent: 'no_pixels', bot: 0, pixels_fired: '' }],
      [pixelled.slug, {}, { consent: 'suppressed_region', bot: 0, pixels_fired: '' }], // unknown country → opt-in region, skip
      [pixelled.slug, { 'x-country': 'DE' }, { consent: 'suppressed_region', bot: 0, pixels_fired: '' }],
      [pixelled.slug, { 'x-country': 'US', 'sec-gpc': '1' }, { consent: 'suppressed_gpc', bot: 0, pixels_fired: '' }],
      [pixelled.slug, { 'x-country': 'US', 'user-agent': UA.googlebot }, { consent: 'bot', bot: 1, pixels_fired: '' }],
    ];
    for (const [slug, headers, expected] of cases) {
      const res = await click(s, `/${slug}`, headers);
      expect(res.status, JSON.stringify(headers)).toBe(302);
    }
    await s.server.clicks.flush();
    const rows = [...(await clickRows(s.testDb.database, plain.id)), ...(await clickRows(s.testDb.database, pixelled.id))];
    // Sorted: clicks of one millisecond have no order among them.
    const sorted = (list: Array<{ consent: string; bot: number; pixels_fired: string }>) => list.map((x) => JSON.stringify(x)).sort();
    expect(sorted(rows.map((r) => ({ consent: r.consent, bot: r.bot, pixels_fired: r.pixels_fired })))).toEqual(sorted(cases.map(([, , e]) => e)));
    expect(rows.find((r) => r.bot === 1)).toMatchObject({ country: 'US', referrer_host: null, click_ids: '' });
  });

  it('confirms the pixels a beacon reports, once, and shows them as yield in stats', async () => {
    const link = await createLink(s, { url: 'https://shop.example/yield', pixelIds: [meta.id, google.id] });
    const page = await interstitial(link.slug);
    // Each pixel counts once, however often the beacon names it.
    await beacon({ c: page.clickId, ok: [meta.id, meta.id, meta.id], ms: 120 });
    expect((await rowOf(page.clickId)).pixels_confirmed).toBe(meta.id);
    const written = (await scrape(s.url)).get('ricochet_pixel_confirmations_written_total') as number;

    // A replay (even claiming more) changes nothing.
    await beacon({ c: page.clickId, ok: [meta.id, google.id] });
    await beacon({ c: page.clickId, ok: [] });
    const row = await rowOf(page.clickId);
    expect(row.pixels_confirmed).toBe(meta.id);
    expect(row.consent).toBe('not_required');
    expect((await scrape(s.url)).get('ricochet_pixel_confirmations_written_total')).toBe(written);

    const stats = await linkStats(link.id);
    expect(stats.totals).toMatchObject({ clicks: 1, humanClicks: 1, pixelFires: 2, pixelConfirmed: 1 });
    expect(stats.pixels).toEqual(
      [
        { pixelId: meta.id, fires: 1, confirmed: 1, yield: 1 },
        { pixelId: google.id, fires: 1, confirmed: 0, yield: 0 },
      ].sort((a, b) => a.pixelId.localeCompare(b.pixelId)),
    );
  });

  it('ignores forged beacons: unknown click ids, pixels the click did not fire, bots, junk', async () => {
    const link = await createLink(s, { url: 'https://shop.example/forged', pixelIds: [meta.id] });
    const page = await interstitial(link.slug);
    const other = await otherWorkspace(s, 'forger');
    const foreign = await createPixel(s, { platform: 'meta', tagId: '999999999999999' }, other.key);
    const botClick = await click(s, `/${link.slug}`, { 'x-country': 'US', 'user-agent': UA.curl });
    expect(botClick.status).toBe(302);
    await s.server.clicks.flush();
    const [botRow] = (await clickRows(s.testDb.database, link.id)).filter((r) => r.bot === 1);

    // A click id that does not exist (well-formed), pixels this click never fired (incl. another
    // workspace's), a bot's click, and malformed bodies.
    await beacon({ c: 'clk_0000000000zzzzzzzzzzzzzzzz', ok: [meta.id] });
    await beacon({ c: page.clickId, ok: [google.id, foreign.id], ch: 'accept' });
    await beacon({ c: botRow!.id, ok: [meta.id] });
    for (const junk of ['not json', '{"c":1}', JSON.stringify({ c: page.clickId, ok: 'x' }), JSON.stringify({ c: 'lnk_x', ok: [] })]) {
      const res = await s.get('/_r/beacon', { method: 'POST', body: junk });
      expect(res.status).toBe(204);
    }
    const row = await rowOf(page.clickId);
    expect(row.pixels_confirmed).toBe('');
    expect(row.consent).toBe('not_required');
    expect((await rowOf(botRow!.id)).pixels_confirmed).toBeNull();

    const stats = await linkStats(link.id);
    expect(stats.totals).toMatchObject({ humanClicks: 1, bots: 1, pixelFires: 1, pixelConfirmed: 0 });
    expect(stats.pixels).toEqual([{ pixelId: meta.id, fires: 1, confirmed: 0, yield: 0 }]);
    const foreignAudience = await s.api('GET', `/pixels/${foreign.id}/audience`, undefined, other.key);
    expect(foreignAudience.body.windows[0].visitors).toBe(0);
  });

  it('after Accept on the prompt confirms only the link’s own pixels and adds the visitor to their audience', async () => {
    const link = await createLink(s, { url: 'https://shop.example/ask', pixelIds: [meta.id], consent: { policy: 'always', optInAction: 'ask' } });
    const other = await otherWorkspace(s, 'prompt-forger');
    const foreign = await createPixel(s, { platform: 'meta', tagId: '888888888888888' }, other.key);
    // A visitor the meta pixel has not reached yet today (a user agent of its own).
    const page = await interstitial(link.slug, { 'user-agent': UA.chromeAndroid });
    expect(page.pixels.map((p) => p.id)).toEqual([meta.id]); // offered behind the prompt
    const asked = await rowOf(page.clickId);
    expect(asked).toMatchObject({ consent: 'prompt', pixels_fired: '' });
    const audienceBefore = (await s.api('GET', `/pixels/${meta.id}/audience`)).body.windows[0].visitors;

    await beacon({ c: page.clickId, ok: [meta.id, foreign.id], ch: 'accept' }, { 'user-agent': UA.chromeAndroid });
    const row = await rowOf(page.clickId);
    expect(row.consent).toBe('granted_prompt');
    expect(row.pixels_confirmed).toBe(meta.id);

    const stats = await linkStats(link.id);
    expect(stats.consent).toEqual([{ outcome: 'granted_prompt', clicks: 1 }]);
    expect(stats.pixels).toEqual([{ pixelId: meta.id, fires: 1, confirmed: 1, yield: 1 }]);
    expect((await s.api('GET', `/pixels/${meta.id}/audience`)).body.windows[0].visitors).toBe(audienceBefore + 1);
    // Another workspace's pixel gains nothing from a beacon on this workspace's click.
    expect((await s.api('GET', `/pixels/${foreign.id}/audience`, undefined, other.key)).body.windows[0].visitors).toBe(0);

    // Decline on another click: recorded as denied, nothing confirmed.
    const declined = await interstitial(link.slug, { 'user-agent': UA.firefoxWindows });
    await beacon({ c: declined.clickId, ok: [meta.id], ch: 'decline' });
    expect(await rowOf(declined.clickId)).toMatchObject({ consent: 'denied_prompt', pixels_confirmed: '' });
    const after = await linkStats(link.id);
    expect(after.consent).toEqual([
      { outcome: 'denied_prompt', clicks: 1 },
      { outcome: 'granted_prompt', clicks: 1 },
    ]);
  });
});
