/**
 * Consent "ask" mode (docs/consent.md) in real Chromium: nothing from any vendor before a choice,
 * Decline leaves at once, Accept fires with Google consent granted, the choice cookie, keyboard use,
 * the continue link, and a phone-sized screen.
 */
import type { Cookie, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  CLICK_ID,
  COOKIE_NAME,
  DESTINATION,
  pixel,
  promptFor,
  renderPage,
} from './support/interstitial-fixture.js';
import { useInterstitialSuite } from './support/interstitial-harness.js';
import { hitParams } from './support/vendor-fakes.js';

const suite = useInterstitialSuite();
const LANDED = new URL(DESTINATION).href;
const landed = (u: URL) => u.href === LANDED;
const MAX_AGE = 180 * 24 * 3600;
const DENIED = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' } as const;
/** A cap far above any dispatch time, so tests that assert hits never race it on a loaded machine. */
const CAP_MS = 10_000;
const waitLanded = (page: Page) => page.waitForURL(landed, { timeout: CAP_MS - 2000 });

async function promptPage(overrides: Parameters<typeof promptFor>[0] = {}): Promise<string> {
  return suite.server().serve(
    await renderPage({
      pixels: [pixel('meta'), pixel('google_ads')],
      googleConsent: DENIED,
      timeoutMs: CAP_MS,
      prompt: promptFor(overrides),
    }),
  );
}

async function choiceCookie(page: Page): Promise<Cookie | undefined> {
  return (await page.context().cookies(suite.server().origin)).find((c) => c.name === COOKIE_NAME);
}

// Page-side code is passed as strings: the test tsconfig has no DOM types (only web/ has them).
const activeId = (page: Page) => page.evaluate<string>('document.activeElement.id || document.activeElement.tagName');

describe('consent defaults without a prompt', () => {
  it('Google and UET get the decided Consent Mode state before any config, and their hits carry it', async () => {
    const { page, fakes, problems } = await suite.open();
    const consent = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted' } as const;
    const url = suite.server().serve(
      await renderPage({ pixels: [pixel('google_ads'), pixel('microsoft')], googleConsent: consent, timeoutMs: CAP_MS }),
    );
    await page.goto(url);
    await waitLanded(page);

    const gtag = fakes.callsOf('gtag');
    expect(gtag[0]).toEqual(['consent', 'default', consent]);
    expect(gtag[1]).toEqual(['set', 'ads_data_redaction', true]);
    expect(gtag.findIndex((c) => c[0] === 'config')).toBeGreaterThan(1);
    expect(fakes.callsOf('uetq', '12345678')[0]).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
    await expect.poll(() => fakes.hits('google_ads').length).toBe(2);
    for (const h of fakes.hits('google_ads')) expect(Object.fromEntries(hitParams(h))).toMatchObject({ gcs: 'G101', npa: '1' });
    await expect.poll(() => fakes.hits('microsoft').map((h) => hitParams(h).get('asc'))).toEqual(['D', 'D']);
    expect(problems).toEqual([]);
  });
});

describe('consent prompt', () => {
  it('shows an accessible dialog naming the platforms, and loads no vendor code before a choice', async () => {
    const { page, fakes, problems } = await suite.open();
    const url = await promptPage();
    await page.goto(url);

    const dialog = page.getByRole('dialog', { name: 'Before you continue' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await page.locator('#rc-body').textContent()).toContain('Meta and Google Ads');
    expect(await dialog.getAttribute('aria-describedby')).toBe('rc-body');
    expect(await page.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('https://brand.example/privacy');
    expect(await page.getByRole('button').allTextContents()).toEqual(['Accept', 'Decline']);
    expect(await activeId(page)).toBe('rc-dialog');
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);

    await page.waitForTimeout(1000);
    expect(page.url()).toBe(url);
    expect(fakes.requests).toEqual([]);
    expect(await page.evaluate('[typeof window.fbq, typeof window.gtag]')).toEqual(['undefined', 'undefined']);
    expect(suite.server().beaconsFor(url)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('Decline: stores `decline`, reports it, and leaves at once with no vendor request', async () => {
    const { page, fakes, problems } = await suite.open();
    const url = await promptPage();
    await page.goto(url);
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Decline' }).click();
    await waitLanded(page);

    // "At once": nowhere near the pixel cap, which Decline never waits for.
    expect(Date.now() - clicked).toBeLessThan(3000);
    const cookie = await choiceCookie(page);
    expect(cookie).toMatchObject({ value: 'decline', path: '/', sameSite: 'Lax', secure: false, httpOnly: false });
    expect(Math.abs(cookie!.expires - (Date.now() / 1000 + MAX_AGE))).toBeLessThan(120);
    await expect.poll(() => suite.server().beaconsFor(url).at(-1)).toEqual({ c: CLICK_ID, ok: [], ch: 'decline', ms: expect.any(Number) });
    expect(fakes.requests).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('Accept: stores `accept`, then fires every pixel with all Google consent states granted', async () => {
    const { page, fakes, problems } = await suite.open();
    const url = await promptPage({ secure: true });
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept' }).click();
    await waitLanded(page);

    // Secure: 127.0.0.1 is a secure context, so Chromium keeps a Secure cookie set over http here.
    expect(await choiceCookie(page)).toMatchObject({ value: 'accept', path: '/', sameSite: 'Lax', secure: true });
    expect(fakes.callsOf('gtag')[0]).toEqual(['consent', 'default', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' }]);
    expect(fakes.callsOf('gtag')).not.toContainEqual(['set', 'ads_data_redaction', true]);
    await expect.poll(() => fakes.hits('google_ads').length).toBe(2);
    for (const h of fakes.hits('google_ads')) expect(hitParams(h).get('gcs')).toBe('G111');
    await expect.poll(() => fakes.hits('meta').map((h) => hitParams(h).get('ev'))).toEqual(['PageView', 'ricochet_click']);
    await expect.poll(() => suite.server().beaconsFor(url).at(-1)).toMatchObject({ c: CLICK_ID, ch: 'accept' });
    expect([...(suite.server().beaconsFor(url).at(-1) as { ok: string[] }).ok].sort()).toEqual(['px_google_ads_1', 'px_meta_1']);
    expect(problems).toEqual([]);
  });

  it('works by keyboard alone: Tab reaches Accept, Enter accepts', async () => {
    const { page, fakes } = await suite.open();
    const url = await promptPage();
    await page.goto(url);
    expect(await activeId(page)).toBe('rc-dialog');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Privacy policy');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('rc-accept');
    await page.keyboard.press('Enter');
    await waitLanded(page);
    expect((await choiceCookie(page))?.value).toBe('accept');
    await expect.poll(() => fakes.hits('meta').length).toBe(2);
  });

  it('works by keyboard alone: Shift+Tab from the continue link reaches Decline, Space declines', async () => {
    const { page, fakes } = await suite.open();
    const url = await promptPage({ privacyPolicyUrl: null });
    await page.goto(url);
    expect(await page.getByRole('link', { name: 'Privacy policy' }).count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('rc-skip');
    await page.keyboard.press('Shift+Tab');
    expect(await activeId(page)).toBe('rc-decline');
    await page.keyboard.press('Space');
    await waitLanded(page);
    expect((await choiceCookie(page))?.value).toBe('decline');
    expect(fakes.requests).toEqual([]);
  });

  it('the continue link leaves without storing a choice or loading vendor code', async () => {
    const { page, fakes, problems } = await suite.open();
    const url = await promptPage();
    await page.goto(url);
    const entries = await page.evaluate<number>('history.length');
    await page.getByRole('link', { name: 'Continue without deciding' }).click();
    await waitLanded(page);

    expect(await choiceCookie(page)).toBeUndefined();
    await expect.poll(() => suite.server().beaconsFor(url).at(-1)).toEqual({ c: CLICK_ID, ok: [], ms: expect.any(Number) });
    expect(fakes.requests).toEqual([]);
    // Left with location.replace, not by following the link: the prompt is not in history.
    expect(await page.evaluate('history.length')).toBe(entries);
    expect(problems).toEqual([]);
  });

  it('the continue link works without JavaScript too', async () => {
    const { page, fakes } = await suite.open({ context: { javaScriptEnabled: false } });
    const url = await promptPage();
    await page.goto(url);
    await page.getByRole('link', { name: 'Continue without deciding' }).click();
    await waitLanded(page);
    // No consent yet: not even the no-JS beacons load.
    expect(fakes.requests).toEqual([]);
  });

  it('is readable and usable on a phone-sized screen', async () => {
    const { page } = await suite.open({ context: { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true } });
    await page.goto(await promptPage());
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ['Accept', 'Decline']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    const fontSize = await page.evaluate<number>("parseFloat(getComputedStyle(document.getElementById('rc-body')).fontSize)");
    expect(fontSize).toBeGreaterThanOrEqual(16);
    await page.getByRole('button', { name: 'Decline' }).tap();
    await waitLanded(page);
  });
});
