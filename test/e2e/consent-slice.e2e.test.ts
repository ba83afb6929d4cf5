/**
 * Issue 5's "representative slice of the consent matrix in real Chromium": one workspace, a Google
 * Ads, a LinkedIn and a Meta pixel on every link, short links opened through the real server. The
 * full matrix is a table test of the pure function (src/core/consent/decide-consent.test.ts); this
 * file proves the wiring: the country header, `Sec-GPC`, the choice cookie, TC strings in the URL,
 * workspace defaults and per-link overrides reach the decision, and the decision reaches the
 * browser. Every row asserts exactly which vendor calls and hits happened, where the browser ended
 * up, and the consent outcome the server stored.
 *
 * Workspace default for the whole file: `regional` + `ask` (so the default is visibly not the
 * built-in `skip`); rows that need something else say so with a per-link override.
 */
import type { Cookie } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../src/core/pixels/platform.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { startDestinationServer, type DestinationServer } from './support/destination-server.js';
import {
  createLink,
  createPixel,
  launchLiveBrowser,
  LIVE_ENV,
  linkStats,
  openLiveVisitor,
  type CreatedLink,
  type LinkStats,
  type LiveBrowser,
  type LiveVisitor,
  type LiveVisitorOptions,
} from './support/live-server.js';
import { encodeTcString } from '../support/tc-string.js';
import type { VendorFakes } from './support/vendor-fakes.js';

/** A cap far above any dispatch time: a visit that fires leaves on its hits, never on the cap. */
const CAP_MS = 10_000;
const QUERY = 'utm_source=nl&utm_campaign=spring&gclid=Cj0KCQ';
const COOKIE = 'ricochet_consent';
const IDS = { google_ads: 'AW-123456789', linkedin: '1234567', meta: '123456789012345' } as const;
const ALL_THREE: Platform[] = ['google_ads', 'linkedin', 'meta'];
const GRANTED = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' };

let server: TestServer;
let browser: LiveBrowser;
let dest: DestinationServer;
let pixelIds: string[];
const open: LiveVisitor[] = [];
let links = 0;

beforeAll(async () => {
  [server, browser, dest] = await Promise.all([
    startTestServer('sqlite', { ...LIVE_ENV, PIXEL_TIMEOUT_MS: String(CAP_MS) }),
    launchLiveBrowser(),
    startDestinationServer(),
  ]);
  const ws = await server.api('PATCH', '/workspace', {
    consent: { policy: 'regional', optInAction: 'ask' },
    privacyPolicyUrl: 'https://brand.example/privacy',
  });
  expect(ws.status).toBe(200);
  pixelIds = [await createPixel(server, 'google_ads', IDS.google_ads), await createPixel(server, 'linkedin', IDS.linkedin), await createPixel(server, 'meta', IDS.meta)];
});
afterEach(async () => {
  for (const v of open.splice(0)) await v.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await dest?.close();
});

interface SliceLink extends CreatedLink {
  destination: string;
  /** Where a click with `query` lands: the destination with the query appended (minus gdpr params). */
  landed(query?: string): string;
}

/** A link with the three pixels and an optional per-link consent override. */
async function sliceLink(consent?: { policy?: string; optInAction?: string }): Promise<SliceLink> {
  const destination = `${dest.origin}/article/${++links}`;
  const link = await createLink(server, { url: destination, pixelIds, slug: 'consent', ...(consent ? { consent } : {}) });
  return { ...link, destination, landed: (query = QUERY) => `${destination}?${query}` };
}

async function visitor(options: LiveVisitorOptions): Promise<LiveVisitor> {
  const v = await openLiveVisitor(browser, server, options);
  open.push(v);
  return v;
}

/** Opens the short link and waits for the destination (no interaction: a prompt would stop it). */
async function visitAndLand(v: LiveVisitor, link: SliceLink, query = QUERY, landedQuery = query): Promise<void> {
  await v.page.goto(`${link.url}?${query}`, { waitUntil: 'commit' });
  await v.page.waitForURL((u) => u.href === link.landed(landedQuery), { timeout: CAP_MS });
}

/** Hits one visit sends per platform (the fakes: PageView + audience event; LinkedIn's page view only). */
const HITS_PER_VISIT: Partial<Record<Platform, number>> = { google_ads: 2, linkedin: 1, meta: 2 };

const requestedPlatforms = (f: VendorFakes) => [...new Set(f.requests.map((r) => r.platform))].sort();
const hitCounts = (f: VendorFakes) => {
  const counts: Partial<Record<Platform, number>> = {};
  for (const h of f.hits()) counts[h.platform] = (counts[h.platform] ?? 0) + 1;
  return counts;
};

/**
 * Exactly these platforms were initialised with their ids (once per visit) and sent their hits
 * (`visits` visits' worth in this context); no other vendor was contacted at all.
 */
async function expectFired(f: VendorFakes, platforms: Platform[], visits = 1): Promise<void> {
  await expect.poll(() => hitCounts(f)).toEqual(Object.fromEntries(platforms.map((p) => [p, HITS_PER_VISIT[p]! * visits])));
  expect(requestedPlatforms(f)).toEqual([...platforms].sort());
  const times = (p: Platform) => (platforms.includes(p) ? visits : 0);
  expect(f.callsOf('fbq').filter((c) => c[0] === 'init' && c[1] === IDS.meta)).toHaveLength(times('meta'));
  expect(f.callsOf('gtag').filter((c) => c[0] === 'config' && c[1] === IDS.google_ads)).toHaveLength(times('google_ads'));
  expect(f.callsOf('_linkedin_data_partner_ids')).toEqual(Array.from({ length: times('linkedin') }, () => [IDS.linkedin]));
}

function expectNothing(f: VendorFakes): void {
  expect(f.requests).toEqual([]);
  expect(f.calls).toEqual([]);
}

/** Polls until the link's consent outcomes equal `outcomes` (order-insensitive). */
async function expectOutcomes(link: CreatedLink, outcomes: Record<string, number>): Promise<LinkStats> {
  let last: LinkStats | undefined;
  const sorted = (s: LinkStats) => Object.fromEntries(s.consent.filter((c) => c.clicks !== 0).map((c) => [c.outcome, c.clicks]));
  await expect.poll(async () => sorted((last = await linkStats(server, link.id))), { timeout: 10_000, interval: 100 }).toEqual(outcomes);
  return last!;
}

/** The status codes the short link answered with, in order. */
const statuses = (v: LiveVisitor, link: CreatedLink) => v.responsesFor(link.path).map((r) => r.status);

async function choiceCookie(v: LiveVisitor): Promise<Cookie | undefined> {
  return (await v.context.cookies(server.url)).find((c) => c.name === COOKIE);
}

const dialog = (v: LiveVisitor) => v.page.getByRole('dialog', { name: 'Before you continue' });

describe('no consent needed', () => {
  it('US, no signal, regional: all three fire without a prompt, Google with consent granted', async () => {
    const link = await sliceLink();
    const v = await visitor({ country: 'US' });
    await visitAndLand(v, link);

    expect(statuses(v, link)).toEqual([200]);
    await expectFired(v.fakes, ALL_THREE);
    expect(v.fakes.callsOf('gtag')[0]).toEqual(['consent', 'default', GRANTED]);
    expect(v.fakes.callsOf('fbq').slice(0, 2)).toEqual([['consent', 'grant'], ['init', IDS.meta]]);
    expect(await choiceCookie(v)).toBeUndefined();
    const stats = await expectOutcomes(link, { not_required: 1 });
    expect(stats.totals).toMatchObject({ humanClicks: 1, pixelFires: 3 });
  });
});

describe('opt-in region', () => {
  it('DE, regional + skip (link override): plain redirect, zero vendor requests', async () => {
    const link = await sliceLink({ optInAction: 'skip' });
    const v = await visitor({ country: 'DE' });
    await v.page.goto(`${link.url}?${QUERY}`);

    expect(v.page.url()).toBe(link.landed());
    expect(v.responsesFor(link.path).map((r) => [r.status, r.headers['location']])).toEqual([[302, link.landed()]]);
    expectNothing(v.fakes);
    const stats = await expectOutcomes(link, { suppressed_region: 1 });
    expect(stats.totals).toMatchObject({ humanClicks: 1, pixelFires: 0 });
  });

  it('DE, regional + ask (workspace default): the prompt names the platforms; no vendor request before a choice', async () => {
    const link = await sliceLink();
    const v = await visitor({ country: 'DE' });
    await v.page.goto(`${link.url}?${QUERY}`);

    await expect.poll(() => dialog(v).isVisible()).toBe(true);
    const body = await v.page.locator('#rc-body').textContent();
    for (const name of ['Google Ads', 'LinkedIn', 'Meta']) expect(body).toContain(name);
    // Nothing more is coming: the page is idle, still here, and no vendor code was loaded.
    await v.page.waitForLoadState('networkidle');
    expect(v.page.url()).toBe(`${link.url}?${QUERY}`);
    expect(await v.page.evaluate('[typeof window.fbq, typeof window.gtag, typeof window._linkedin_data_partner_ids]')).toEqual([
      'undefined',
      'undefined',
      'undefined',
    ]);
    expectNothing(v.fakes);
    expect(v.problems).toEqual([]);
    const stats = await expectOutcomes(link, { prompt: 1 });
    expect(stats.totals).toMatchObject({ humanClicks: 1, pixelFires: 0 });
  });

  it('Decline: destination at once, zero vendor requests, `decline` cookie; the next visit is a plain redirect', async () => {
    const link = await sliceLink();
    const v = await visitor({ country: 'DE' });
    await v.page.goto(`${link.url}?${QUERY}`);
    await dialog(v).waitFor();
    const clicked = Date.now();
    await v.page.getByRole('button', { name: 'Decline' }).click();
    await v.page.waitForURL((u) => u.href === link.landed(), { timeout: CAP_MS });

    // "At once": nowhere near the pixel cap, which Decline never waits for.
    expect(Date.now() - clicked).toBeLessThan(CAP_MS);
    const cookie = await choiceCookie(v);
    expect(cookie).toMatchObject({ value: 'decline', path: '/', sameSite: 'Lax' });
    // 180 days (docs/consent.md), give or take the test's own duration.
    expect(Math.abs(cookie!.expires - (Date.now() / 1000 + 180 * 24 * 3600))).toBeLessThan(300);
    expectNothing(v.fakes);
    await expectOutcomes(link, { denied_prompt: 1 });

    // A later visit with the cookie: a plain 302, no prompt, still nothing.
    await v.page.goto(`${link.url}?${QUERY}`);
    expect(v.page.url()).toBe(link.landed());
    expect(statuses(v, link)).toEqual([200, 302]);
    expectNothing(v.fakes);
    const stats = await expectOutcomes(link, { denied_prompt: 1, denied_cookie: 1 });
    expect(stats.totals).toMatchObject({ humanClicks: 2, pixelFires: 0, pixelConfirmed: 0 });
  });

  it('Accept: all three fire with Google Consent Mode granted, `accept` cookie; the next visit fires without asking', async () => {
    const link = await sliceLink();
    const v = await visitor({ country: 'DE' });
    await v.page.goto(`${link.url}?${QUERY}`);
    await dialog(v).waitFor();
    expectNothing(v.fakes);
    await v.page.getByRole('button', { name: 'Accept' }).click();
    await v.page.waitForURL((u) => u.href === link.landed(), { timeout: CAP_MS });

    await expectFired(v.fakes, ALL_THREE);
    // The page was rendered for a DE visitor without consent (denied defaults); Accept grants all.
    expect(v.fakes.callsOf('gtag')[0]).toEqual(['consent', 'default', GRANTED]);
    expect(v.fakes.callsOf('gtag')).not.toContainEqual(['set', 'ads_data_redaction', true]);
    expect(await choiceCookie(v)).toMatchObject({ value: 'accept', path: '/', sameSite: 'Lax' });
    let stats = await expectOutcomes(link, { granted_prompt: 1 });
    await expect.poll(async () => (stats = await linkStats(server, link.id)).totals.pixelConfirmed).toBe(3);

    // A later visit: the cookie is sent, the server fires at once; landing needs no click at all.
    const callsBefore = v.fakes.callsOf('gtag').length;
    await visitAndLand(v, link);
    expect(statuses(v, link)).toEqual([200, 200]);
    await expectFired(v.fakes, ALL_THREE, 2);
    expect(v.fakes.callsOf('gtag')[callsBefore]).toEqual(['consent', 'default', GRANTED]);
    stats = await expectOutcomes(link, { granted_prompt: 1, granted_cookie: 1 });
    expect(stats.totals).toMatchObject({ humanClicks: 2, pixelFires: 6 });
    // The CSP of the prompt page already allowed the hosts Accept loads.
    expect(v.problems).toEqual([]);
  });
});

describe('Global Privacy Control', () => {
  it('`Sec-GPC: 1` fires nothing for a US visitor, nor under policy `never`', async () => {
    const regional = await sliceLink();
    const never = await sliceLink({ policy: 'never' });
    const v = await visitor({ country: 'US', gpc: true });

    for (const link of [regional, never]) {
      await v.page.goto(`${link.url}?${QUERY}`);
      expect(v.page.url()).toBe(link.landed());
      expect(statuses(v, link)).toEqual([302]);
    }
    expectNothing(v.fakes);
    for (const link of [regional, never]) expect((await expectOutcomes(link, { suppressed_gpc: 1 })).totals.pixelFires).toBe(0);
  });
});

describe('IAB TCF', () => {
  it('a real TC string granting only Google (755): Google Ads fires, LinkedIn (804, refused) and Meta (no vendor id) do not', async () => {
    const link = await sliceLink({ optInAction: 'skip' });
    const tc = encodeTcString({ purposes: [1, 3, 4], vendors: [755] });
    const v = await visitor({ country: 'DE' });
    // The TCF macros are addressed to Ricochet: they are not passed on to the destination.
    await visitAndLand(v, link, `gdpr=1&gdpr_consent=${tc}&${QUERY}`, QUERY);

    await expectFired(v.fakes, ['google_ads']);
    // No purpose 7 in the string → ad_user_data denied; the rest granted for the Google tag.
    expect(v.fakes.callsOf('gtag')[0]).toEqual(['consent', 'default', { ...GRANTED, ad_user_data: 'denied' }]);
    const stats = await expectOutcomes(link, { granted_tcf: 1 });
    expect(stats.totals).toMatchObject({ humanClicks: 1, pixelFires: 1 });
    expect(dest.requests.at(-1)!.target).toBe(`${new URL(link.destination).pathname}?${QUERY}`);
    expect(v.problems).toEqual([]);
  });

  it('a malformed or truncated TC string grants nothing and is no error: US visitor with gdpr=1 gets the plain redirect', async () => {
    const link = await sliceLink({ optInAction: 'skip' });
    const truncated = encodeTcString({ purposes: [1, 3, 4, 7], vendors: [755, 804] }).slice(0, 20);
    const v = await visitor({ country: 'US' });
    for (const tc of ['NOT-a-TC-string!!', truncated]) {
      await v.page.goto(`${link.url}?gdpr=1&gdpr_consent=${tc}&${QUERY}`);
      expect(v.page.url()).toBe(link.landed());
    }
    expect(statuses(v, link)).toEqual([302, 302]);
    expectNothing(v.fakes);
    await expectOutcomes(link, { suppressed_region: 2 });
  });
});

describe('policy and overrides', () => {
  it('policy `always` + skip: a US visitor gets a plain redirect and nothing fires', async () => {
    const link = await sliceLink({ policy: 'always', optInAction: 'skip' });
    const v = await visitor({ country: 'US' });
    await v.page.goto(`${link.url}?${QUERY}`);
    expect(v.page.url()).toBe(link.landed());
    expect(statuses(v, link)).toEqual([302]);
    expectNothing(v.fakes);
    await expectOutcomes(link, { suppressed_region: 1 });
  });

  it('a per-link override beats the workspace default (regional + ask) for the same DE visitor', async () => {
    const byDefault = await sliceLink();
    const skip = await sliceLink({ optInAction: 'skip' });
    const never = await sliceLink({ policy: 'never' });

    const asked = await visitor({ country: 'DE' });
    await asked.page.goto(`${byDefault.url}?${QUERY}`);
    await expect.poll(() => dialog(asked).isVisible()).toBe(true);

    const skipped = await visitor({ country: 'DE' });
    await skipped.page.goto(`${skip.url}?${QUERY}`);
    expect(skipped.page.url()).toBe(skip.landed());
    expect(statuses(skipped, skip)).toEqual([302]);

    const fired = await visitor({ country: 'DE' });
    await visitAndLand(fired, never);
    await expectFired(fired.fakes, ALL_THREE);

    expectNothing(asked.fakes);
    expectNothing(skipped.fakes);
    await expectOutcomes(byDefault, { prompt: 1 });
    await expectOutcomes(skip, { suppressed_region: 1 });
    await expectOutcomes(never, { policy_never: 1 });
  });
});

describe('malformed consent cookie', () => {
  it('is no choice: DE + ask shows the prompt (no error page), DE + skip redirects, nothing fires', async () => {
    const ask = await sliceLink();
    const skip = await sliceLink({ optInAction: 'skip' });
    const v = await visitor({ country: 'DE' });
    await v.context.addCookies([{ name: COOKIE, value: 'accept%00yes', url: server.url }]);

    const res = await v.page.goto(`${ask.url}?${QUERY}`);
    expect(res!.status()).toBe(200);
    await expect.poll(() => dialog(v).isVisible()).toBe(true);
    await v.page.goto(`${skip.url}?${QUERY}`);
    expect(v.page.url()).toBe(skip.landed());
    expect(statuses(v, skip)).toEqual([302]);
    expectNothing(v.fakes);
    await expectOutcomes(ask, { prompt: 1 });
    await expectOutcomes(skip, { suppressed_region: 1 });
    // The server never touched the cookie: it is the visitor's (malformed) value, not a choice.
    expect((await choiceCookie(v))?.value).toBe('accept%00yes');
    expect(v.problems).toEqual([]);
  });
});
