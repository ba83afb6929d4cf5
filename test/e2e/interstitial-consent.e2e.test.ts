/**
 * The interstitial's consent side (docs/consent.md) in real Chromium, through the real Ricochet
 * server: the decided Consent Mode state reaches gtag before any config; the "ask" prompt loads
 * nothing from any vendor before a choice; Decline leaves at once; Accept fires with Google consent
 * granted and the cap counting from the answer; the choice cookie; keyboard use; the continue link;
 * a phone-sized screen.
 */
import type { Cookie, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_COOKIE_MAX_AGE_S, CONSENT_COOKIE_NAME } from '../../src/core/consent/cookie.js';
import type { Platform } from '../../src/core/pixels/platform.js';
import { encodeTcString } from '../support/tc-string.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { LIVE_ENV, type LinkStats, type LiveVisitor } from './support/live-server.js';
import { useLiveSuite, type LiveLink } from './support/live-suite.js';
import { hitParams } from './support/vendor-fakes.js';

/** A cap far above any dispatch time, so tests that assert hits never race it on a loaded machine. */
const CAP_MS = 10_000;
const suite = useLiveSuite({ PIXEL_TIMEOUT_MS: String(CAP_MS) });
const GRANTED = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' };
const ASK = { consent: { policy: 'always', optInAction: 'ask' } };
/** The cap of a second server, for waiting on the cap itself. */
const SHORT_CAP_MS = 2000;

let capped: TestServer;
beforeAll(async () => {
  capped = await startTestServer('sqlite', { ...LIVE_ENV, PIXEL_TIMEOUT_MS: String(SHORT_CAP_MS) });
});
afterAll(async () => {
  await capped?.close();
});

const waitLanded = (v: LiveVisitor, link: LiveLink) => v.page.waitForURL((u) => u.href === link.landed(), { timeout: CAP_MS });

async function promptLink(platforms: Platform[] = ['meta', 'google_ads']) {
  await suite.server().api('PATCH', '/workspace', { privacyPolicyUrl: 'https://brand.example/privacy' });
  return suite.link(platforms, ASK);
}

async function choiceCookie(v: LiveVisitor): Promise<Cookie | undefined> {
  return (await v.context.cookies(suite.server().url)).find((c) => c.name === CONSENT_COOKIE_NAME);
}

/** Waits until the link's consent outcomes are exactly `expected` (an answer's beacon turns `prompt` into its outcome a moment after the click is written). */
async function outcomes(link: LiveLink, expected: Record<string, number>) {
  const of = (s: LinkStats) => JSON.stringify(Object.fromEntries(s.consent.map((c) => [c.outcome, c.clicks]).sort()));
  const want = JSON.stringify(Object.fromEntries(Object.entries(expected).sort()));
  const stats = await suite.statsWhen(link.id, (s) => of(s) === want);
  expect(JSON.parse(of(stats))).toEqual(expected);
  return stats;
}

// Page-side code is passed as strings: the test tsconfig has no DOM types (only web/ has them).
const activeId = (page: Page) => page.evaluate<string>('document.activeElement.id || document.activeElement.tagName');

describe('consent defaults without a prompt', () => {
  it('gtag gets the decided Consent Mode state before any config (a TC string without purpose 7: ad_user_data denied), UET storage granted, and the hits carry it', async () => {
    const link = await suite.link(['google_ads', 'microsoft'], { consent: { policy: 'always', optInAction: 'skip' } });
    const tc = encodeTcString({ purposes: [1, 3, 4], vendors: [755, 1126] });
    const v = await suite.visitor();
    await v.page.goto(`${link.url}?gdpr=1&gdpr_consent=${tc}`);
    await waitLanded(v, link);

    const gtag = v.fakes.callsOf('gtag');
    expect(gtag[0]).toEqual(['consent', 'default', { ...GRANTED, ad_user_data: 'denied' }]);
    expect(gtag.findIndex((c) => c[0] === 'config')).toBeGreaterThan(0);
    expect(v.fakes.callsOf('uetq', '12345678')[0]).toEqual(['consent', 'default', { ad_storage: 'granted' }]);
    await expect.poll(() => v.fakes.hits('google_ads').length).toBe(2);
    for (const h of v.fakes.hits('google_ads')) expect(Object.fromEntries(hitParams(h))).toMatchObject({ gcs: 'G111', npa: '0' });
    await expect.poll(() => v.fakes.hits('microsoft').map((h) => hitParams(h).get('asc'))).toEqual(['G', 'G']);
    expect(v.problems).toEqual([]);
    await outcomes(link, { granted_tcf: 1 });
  });
});

describe('consent prompt', () => {
  it('shows an accessible dialog naming the platforms, and loads no vendor code before a choice', async () => {
    const link = await promptLink();
    const v = await suite.visitor();
    await v.page.goto(link.url);

    const dialog = v.page.getByRole('dialog', { name: 'Before you continue' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await v.page.locator('#rc-body').textContent()).toContain('Meta and Google Ads');
    expect(await dialog.getAttribute('aria-describedby')).toBe('rc-body');
    expect(await v.page.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('https://brand.example/privacy');
    expect(await v.page.getByRole('button').allTextContents()).toEqual(['Accept', 'Decline']);
    expect(await activeId(v.page)).toBe('rc-dialog');
    expect(await v.page.locator('meta[http-equiv="refresh"]').count()).toBe(0);

    await v.page.waitForTimeout(1000);
    expect(v.page.url()).toBe(link.url);
    expect(v.fakes.requests).toEqual([]);
    expect(await v.page.evaluate('[typeof window.fbq, typeof window.gtag]')).toEqual(['undefined', 'undefined']);
    expect(v.problems).toEqual([]);
    await outcomes(link, { prompt: 1 });
  });

  it('Decline: stores `decline`, records it, and leaves at once with no vendor request', async () => {
    const link = await promptLink();
    const v = await suite.visitor();
    await v.page.goto(link.url);
    const clicked = Date.now();
    await v.page.getByRole('button', { name: 'Decline' }).click();
    await waitLanded(v, link);

    // "At once": nowhere near the pixel cap, which Decline never waits for.
    expect(Date.now() - clicked).toBeLessThan(CAP_MS);
    const cookie = await choiceCookie(v);
    expect(cookie).toMatchObject({ value: 'decline', path: '/', sameSite: 'Lax', secure: false, httpOnly: false });
    expect(Math.abs(cookie!.expires - (Date.now() / 1000 + CONSENT_COOKIE_MAX_AGE_S))).toBeLessThan(120);
    expect(v.fakes.requests).toEqual([]);
    expect(v.problems).toEqual([]);
    const stats = await outcomes(link, { denied_prompt: 1 });
    expect(stats.totals).toMatchObject({ pixelConfirmed: 0 });
  });

  it('Accept: stores `accept`, then fires every pixel with all Google consent states granted', async () => {
    const link = await promptLink();
    const v = await suite.visitor();
    await v.page.goto(link.url);
    await v.page.getByRole('button', { name: 'Accept' }).click();
    await waitLanded(v, link);

    expect(await choiceCookie(v)).toMatchObject({ value: 'accept', path: '/', sameSite: 'Lax' });
    expect(v.fakes.callsOf('gtag')[0]).toEqual(['consent', 'default', GRANTED]);
    expect(v.fakes.callsOf('gtag')).not.toContainEqual(['set', 'ads_data_redaction', true]);
    await expect.poll(() => v.fakes.hits('google_ads').length).toBe(2);
    for (const h of v.fakes.hits('google_ads')) expect(hitParams(h).get('gcs')).toBe('G111');
    await expect.poll(() => v.fakes.hits('meta').map((h) => hitParams(h).get('ev'))).toEqual(['PageView', 'ricochet_click']);
    const stats = await outcomes(link, { granted_prompt: 1 });
    await suite.statsWhen(link.id, (s) => s.totals.pixelConfirmed === 2);
    expect(stats.totals.humanClicks).toBe(1);
  });

  it('the cap counts from the answer, not from the page load: Accept long after the page opened, with a hung vendor, still gets the whole cap', async () => {
    const link = await suite.link(['meta', 'reddit'], ASK, capped);
    const v = await suite.visitor({ fakes: { hang: ['meta'] } }, capped);
    await v.page.goto(link.url);
    await v.page.getByRole('dialog').waitFor();
    // Longer than the cap: counted from navigation start, the page would leave the moment Accept is pressed.
    await v.page.waitForTimeout(SHORT_CAP_MS + 500);
    const answeredAt = await v.page.evaluate<number>('performance.now()');
    await v.page.getByRole('button', { name: 'Accept' }).click();
    await v.page.waitForURL((u) => u.href === link.landed(), { timeout: SHORT_CAP_MS + 8000 });

    const leave = v.fakes.timeline.find((e) => e.kind === 'navigate' && e.url === link.landed())!;
    expect(leave.pageMs! - answeredAt).toBeGreaterThanOrEqual(SHORT_CAP_MS);
    expect(leave.pageMs! - answeredAt).toBeLessThan(SHORT_CAP_MS + 1500);
    // Reddit dispatched in that time; Meta hung and does not count.
    await expect.poll(() => v.fakes.hits('reddit').length).toBe(2);
    const stats = await suite.statsWhen(link.id, (s) => s.totals.pixelConfirmed > 0, capped);
    const [, reddit] = link.pixelIds;
    expect(stats.totals.pixelConfirmed).toBe(1);
    expect(stats.pixels.filter((p) => p.confirmed > 0).map((p) => p.pixelId)).toEqual([reddit]);
  });

  it('works by keyboard alone: Tab reaches Accept, Enter accepts', async () => {
    const link = await promptLink();
    const v = await suite.visitor();
    await v.page.goto(link.url);
    expect(await activeId(v.page)).toBe('rc-dialog');
    // The choices come first; the continue link and the privacy policy follow them (issue 22).
    for (const expected of ['rc-accept', 'rc-decline', 'rc-skip']) {
      await v.page.keyboard.press('Tab');
      expect(await activeId(v.page)).toBe(expected);
    }
    await v.page.keyboard.press('Tab');
    expect(await v.page.evaluate('document.activeElement.textContent')).toBe('Privacy policy');
    for (let i = 0; i < 3; i++) await v.page.keyboard.press('Shift+Tab');
    expect(await activeId(v.page)).toBe('rc-accept');
    await v.page.keyboard.press('Enter');
    await waitLanded(v, link);
    expect((await choiceCookie(v))?.value).toBe('accept');
    await expect.poll(() => v.fakes.hits('meta').length).toBe(2);
  });

  it('works by keyboard alone: Shift+Tab from the continue link reaches Decline, Space declines', async () => {
    await suite.server().api('PATCH', '/workspace', { privacyPolicyUrl: null });
    const link = await suite.link(['meta', 'google_ads'], ASK);
    const v = await suite.visitor();
    await v.page.goto(link.url);
    expect(await v.page.getByRole('link', { name: 'Privacy policy' }).count()).toBe(0);
    await v.page.keyboard.press('Tab');
    await v.page.keyboard.press('Tab');
    await v.page.keyboard.press('Tab');
    expect(await activeId(v.page)).toBe('rc-skip');
    await v.page.keyboard.press('Shift+Tab');
    expect(await activeId(v.page)).toBe('rc-decline');
    await v.page.keyboard.press('Space');
    await waitLanded(v, link);
    expect((await choiceCookie(v))?.value).toBe('decline');
    expect(v.fakes.requests).toEqual([]);
  });

  it('the continue link leaves without storing a choice or loading vendor code', async () => {
    const link = await promptLink();
    const v = await suite.visitor();
    await v.page.goto(link.url);
    const entries = await v.page.evaluate<number>('history.length');
    await v.page.getByRole('link', { name: 'Continue without deciding' }).click();
    await waitLanded(v, link);

    expect(await choiceCookie(v)).toBeUndefined();
    expect(v.fakes.requests).toEqual([]);
    // Left with location.replace, not by following the link: the prompt is not in history.
    expect(await v.page.evaluate('history.length')).toBe(entries);
    expect(v.problems).toEqual([]);
    const stats = await outcomes(link, { prompt: 1 });
    expect(stats.totals.pixelConfirmed).toBe(0);
  });

  it('the continue link works without JavaScript too', async () => {
    const link = await promptLink();
    const v = await suite.visitor({ context: { javaScriptEnabled: false } });
    await v.page.goto(link.url);
    await v.page.getByRole('link', { name: 'Continue without deciding' }).click();
    await waitLanded(v, link);
    // No consent yet: not even the no-JS beacons load.
    expect(v.fakes.requests).toEqual([]);
  });

  it('is readable and usable on a phone-sized screen', async () => {
    const link = await promptLink();
    const v = await suite.visitor({ context: { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true } });
    await v.page.goto(link.url);
    const overflow = await v.page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ['Accept', 'Decline']) {
      const box = await v.page.getByRole('button', { name }).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    const fontSize = await v.page.evaluate<number>("parseFloat(getComputedStyle(document.getElementById('rc-body')).fontSize)");
    expect(fontSize).toBeGreaterThanOrEqual(16);
    await v.page.getByRole('button', { name: 'Decline' }).tap();
    await waitLanded(v, link);
  });
});
