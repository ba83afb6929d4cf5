/**
 * Issue 16, in real Chromium: for every platform, the browser hit (captured by the vendor fakes,
 * docs/vendor-fakes.md) and the server event (captured by the platform API fakes) carry the same
 * dedup id — the click id the interstitial was given — so the platform keeps one of the two. And
 * the destination's tracking script keeps the click id of a tracking link in a first-party cookie.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/pixels/catalog.js';
import type { Platform } from '../../src/core/pixels/platform.js';
import { SERVER_SETUPS } from '../conversions/support.js';
import { startPlatformNetwork } from '../support/platform-fakes/platform-network.js';
import { clickRows } from './support/live-server.js';
import { useLiveSuite } from './support/live-suite.js';
import { hitJson, hitParams, type VendorFakes } from './support/vendor-fakes.js';

const platforms = await startPlatformNetwork();
afterAll(() => platforms.close());
const suite = useLiveSuite({ OUTBOUND_TEST_NETWORK: platforms.env, CLICK_FLUSH_INTERVAL_MS: '50' });
const EVENT = 'ricochet_click';
const params = (fakes: VendorFakes, p: Platform, pick: (q: URLSearchParams) => boolean) => {
  const hit = fakes.hits(p).find((h) => pick(hitParams(h)));
  return hit ? hitParams(hit) : null;
};

/** Where each platform's browser hit carries the dedup id, and the server event that must carry the same. */
const BROWSER_KEY: Partial<Record<Platform, { tagId?: string; key(fakes: VendorFakes): string | null | undefined; serverName: string }>> = {
  meta: { key: (f) => params(f, 'meta', (q) => q.get('ev') === EVENT)?.get('eid'), serverName: EVENT },
  tiktok: { key: (f) => f.hits('tiktok').map((h) => hitJson<{ event: string; event_id?: string }>(h)).find((e) => e.event === EVENT)?.event_id, serverName: EVENT },
  pinterest: { key: (f) => JSON.parse(params(f, 'pinterest', (q) => q.get('event') === 'custom')?.get('ed') ?? '{}').event_id, serverName: 'custom' },
  snapchat: { key: (f) => hitJson<Array<{ ev: string; client_dedup_id?: string }>>(f.hits('snapchat')[0]!).find((e) => e.ev === 'CUSTOM_EVENT_1')?.client_dedup_id, serverName: 'CUSTOM_EVENT_1' },
  reddit: { key: (f) => params(f, 'reddit', (q) => q.get('event') === 'Custom')?.get('m.conversionId'), serverName: EVENT },
  microsoft: { key: (f) => params(f, 'microsoft', (q) => q.get('evt') === 'custom')?.get('event_id'), serverName: EVENT },
  x: {
    tagId: 'tw-o5h34-o9p5x',
    key: (f) => {
      for (const h of f.hits('x')) {
        const events = JSON.parse(hitParams(h).get('events') ?? '[]') as Array<[string, Record<string, string>]>;
        const found = events.find(([name]) => name === 'tw-o5h34-o9p5x');
        if (found) return found[1].conversion_id;
      }
      return null;
    },
    serverName: 'tw-o5h34-o9p5x',
  },
};

describe('the browser hit and the server event carry the same dedup id', () => {
  it.each(Object.keys(BROWSER_KEY) as Platform[])('%s', async (platform) => {
    const spec = BROWSER_KEY[platform]!;
    const tagId = spec.tagId ?? CATALOG[platform].example;
    const link = await suite.link([[platform, tagId]], { tags: ['spring'] });
    const setup = SERVER_SETUPS[platform as keyof typeof SERVER_SETUPS];
    const put = await suite.server().api('PUT', `/pixels/${link.pixelIds[0]}/server`, { credentials: setup.credentials, settings: setup.settings ?? {} });
    expect(put.status, JSON.stringify(put.body)).toBe(200);

    const v = await suite.visitor();
    await v.page.goto(`${link.url}?utm_campaign=spring&twclid=tw-e2e`, { waitUntil: 'commit' });
    await v.page.waitForURL((u) => u.href.startsWith(link.landed()), { timeout: 8000 });
    const [row] = await clickRows(suite.server(), link.id);
    const clickId = row!.click_id!;
    await expect.poll(() => spec.key(v.fakes), { timeout: 5000 }).toBe(clickId);
    // The server's copy of the same event (its name as the platform's API spells it) carries the same id.
    const [server] = await platforms.waitFor((e) => e.platform === platform && (platform === 'x' ? e.account : e.name) === spec.serverName && e.eventId === clickId);
    expect(server!.test).toBe(false);
  });

  it('LinkedIn: the Insight Tag sends its page view without an id; the server event for an li_fat_id click carries the click id', async () => {
    const link = await suite.link([['linkedin', CATALOG.linkedin.example]]);
    await suite.server().api('PUT', `/pixels/${link.pixelIds[0]}/server`, { credentials: SERVER_SETUPS.linkedin.credentials, settings: SERVER_SETUPS.linkedin.settings });
    const v = await suite.visitor();
    await v.page.goto(`${link.url}?li_fat_id=e2e-member`, { waitUntil: 'commit' });
    await v.page.waitForURL((u) => u.href.startsWith(link.landed()), { timeout: 8000 });
    const [row] = await clickRows(suite.server(), link.id);
    await expect.poll(() => v.fakes.hits('linkedin').length, { timeout: 5000 }).toBe(1);
    const [event] = await platforms.waitFor((e) => e.platform === 'linkedin' && e.eventId === row!.click_id);
    expect(event!.raw.user.userIds[0].idValue).toBe('e2e-member');
  });

  it('a tracking link: the destination’s script keeps the click id in a first-party cookie and takes it out of the address bar', async () => {
    const server = suite.server();
    const page = suite.dest().page(`/shop-${process.pid}`, `<!doctype html><title>shop</title><script src="${server.url}/_r/track.js"></script><p>shop</p>`);
    const link = await suite.link([], { url: page, conversionTracking: true });
    const v = await suite.visitor();
    await v.page.goto(`${link.url}?utm_campaign=spring`, { waitUntil: 'load' });
    await v.page.waitForURL((u) => u.href.startsWith(page) && !u.searchParams.has('rc_click'), { timeout: 8000 });
    const [row] = await clickRows(server, link.id);
    expect(await v.page.evaluate('window.ricochet.clickId()')).toBe(row!.click_id);
    const cookies = await v.page.context().cookies(page);
    expect(cookies.find((c) => c.name === 'rc_click')).toMatchObject({ value: row!.click_id, sameSite: 'Lax' });
    expect(new URL(v.page.url()).searchParams.get('utm_campaign')).toBe('spring');
  });
});
