/**
 * The interstitial's navigation, reporting and security in real Chromium: the hard cap with a hung
 * vendor, Back never bouncing, the yield beacon, the no-JS fallbacks, the CSP, escaping, and the
 * prerender gate. Timing assertions are generous bounds and orderings, never tight timings.
 */
import { describe, expect, it } from 'vitest';
import { CLICK_ID, DESTINATION, EVENT_NAME, pixel, promptFor, renderPage } from './support/interstitial-fixture.js';
import { useInterstitialSuite } from './support/interstitial-harness.js';
import { hitParams } from './support/vendor-fakes.js';

const suite = useInterstitialSuite();
const LANDED = new URL(DESTINATION).href;
const landed = (u: URL) => u.href === LANDED;

describe('navigation', () => {
  it('a hung vendor host never costs the click: the page leaves at timeoutMs, reporting only the pixels that dispatched', async () => {
    // Long enough for the healthy pixel to dispatch even on a loaded machine, short enough to matter.
    const timeoutMs = 2000;
    const { page, fakes, problems } = await suite.open({ fakes: { hang: ['meta'] } });
    const meta = pixel('meta');
    const reddit = pixel('reddit');
    const url = suite.server().serve(await renderPage({ pixels: [meta, reddit], timeoutMs }));

    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForURL(landed, { timeout: timeoutMs + 8000 });
    const elapsed = Date.now() - started;

    await expect.poll(() => suite.server().beaconsFor(url).at(-1)).toEqual({ c: CLICK_ID, ok: [reddit.id], ms: expect.any(Number) });
    // The page's own clock, navigation start to leaving: the cap counts from navigation start, so
    // never before timeoutMs, and the visitor waits little more than it (timer lateness only).
    const { ms } = suite.server().beaconsFor(url).at(-1) as { ms: number };
    expect(ms).toBeGreaterThanOrEqual(timeoutMs);
    expect(ms).toBeLessThan(timeoutMs + 1000);
    // Wall clock as the test sees it (adds Playwright's own overhead): same story, looser bound.
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs);
    expect(elapsed).toBeLessThan(timeoutMs + 4000);
    expect(fakes.requests.filter((r) => r.platform === 'meta').map((r) => r.kind)).toEqual(['loader']);
    await expect.poll(() => fakes.hits('reddit').map((h) => hitParams(h).get('event'))).toEqual(['PageVisit', 'Custom']);
    expect(problems).toEqual([]);
  });

  it('Back from the destination returns to the page before the short link, never into the interstitial', async () => {
    const url = suite.server().serve(await renderPage({ pixels: [pixel('meta')] }));
    const article = 'https://news.example/article';
    const { page, problems } = await suite.open({
      sites: { [article]: `<!doctype html><title>news</title><a id="short" href="${url}">read more</a>` },
    });
    await page.goto(article);
    await page.click('#short');
    await page.waitForURL(landed);

    await page.goBack();
    expect(page.url()).toBe(article);
    expect(await page.locator('#short').count()).toBe(1);
    // The interstitial was requested exactly once: Back did not load it again.
    expect(suite.server().requests.filter((r) => r.path === new URL(url).pathname)).toHaveLength(1);
    await page.goForward();
    await page.waitForURL(landed);
    expect(problems).toEqual([]);
  });

  it("a Meta hit too long for an image leaves as a hidden-iframe form POST, and that counts as dispatched", async () => {
    const meta = pixel('meta');
    const { page, fakes, problems } = await suite.open();
    const long = 'x'.repeat(2500);
    const url = suite.server().serve(
      await renderPage({ pixels: [meta], timeoutMs: 10_000, event: { name: EVENT_NAME, params: { note: long } } }),
    );
    const started = Date.now();
    await page.goto(url);
    await page.waitForURL(landed, { timeout: 8000 });

    expect(Date.now() - started).toBeLessThan(8000);
    await expect.poll(() => fakes.hits('meta').find((h) => h.method === 'POST')).toBeDefined();
    const post = fakes.hits('meta').find((h) => h.method === 'POST')!;
    expect(post.resourceType).toBe('document');
    expect(hitParams(post).get('ev')).toBe(EVENT_NAME);
    expect(hitParams(post).get('cd[note]')).toBe(long);
    await expect.poll(() => suite.server().beaconsFor(url).at(-1)).toMatchObject({ ok: [meta.id] });
    expect(problems).toEqual([]);
  });

  it('without JavaScript: noscript beacons for the pixels that have one, a visible link, and the meta refresh', async () => {
    const { page, fakes } = await suite.open({ context: { javaScriptEnabled: false } });
    const url = suite.server().serve(await renderPage({ pixels: [pixel('meta'), pixel('linkedin'), pixel('tiktok')] }));
    await page.goto(url);
    await expect.poll(() => fakes.requests.map((r) => r.url).sort()).toEqual([
      'https://px.ads.linkedin.com/collect/?pid=1234567&fmt=gif',
      'https://www.facebook.com/tr?id=123456789012345&ev=PageView&noscript=1',
    ]);
    expect(await page.getByRole('link', { name: /shop\.example/ }).getAttribute('href')).toBe(DESTINATION);
    // The refresh fallback (ceil(800 ms) + 2 s) takes the visitor on by itself.
    await page.waitForURL(landed, { timeout: 8000 });
    expect(fakes.requests.filter((r) => r.platform === 'tiktok')).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('blocks an injected inline script and scripts from hosts of platforms not on the page', async () => {
    const { page, fakes, problems } = await suite.open();
    // A prompt page stays put, so there is time to inject.
    const url = suite.server().serve(await renderPage({ pixels: [pixel('meta')], prompt: promptFor() }));
    await page.goto(url);
    // Page-side code is passed as strings: the test tsconfig has no DOM types (only web/ has them).
    await page.evaluate(`(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__pwned = true';
      document.body.appendChild(inline);
      const foreign = document.createElement('script');
      foreign.src = 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=CX';
      document.body.appendChild(foreign);
    })()`);
    await expect.poll(() => problems.filter((p) => p.kind === 'csp').length).toBe(2);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(problems.filter((p) => p.kind === 'csp').map((p) => p.text)).toEqual([
      expect.stringMatching(/^script-src-elem blocked inline/),
      expect.stringMatching(/^script-src-elem blocked https:\/\/analytics\.tiktok\.com\//),
    ]);
    expect(fakes.requests).toEqual([]);
  });
});

describe('escaping', () => {
  it('a destination and params full of markup and quotes render inert and arrive intact', async () => {
    const nasty = `</script><script>alert(1)</script>"'<>&\u2028`;
    const destination = `https://shop.example/p?q=${nasty}&gclid=abc`;
    const { page, fakes, problems } = await suite.open();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const url = suite.server().serve(
      await renderPage({
        destination,
        pixels: [pixel('meta')],
        timeoutMs: 10_000,
        event: { name: EVENT_NAME, params: { campaign: nasty } },
      }),
    );
    await page.goto(url);
    await page.waitForURL((u) => u.href === new URL(destination).href, { timeout: 8000 });

    expect(dialogs).toEqual([]);
    await expect.poll(() => fakes.hits('meta').length).toBe(2);
    expect(hitParams(fakes.hits('meta')[1]!).get('cd[campaign]')).toBe(nasty);
    expect(problems).toEqual([]);
  });
});

describe('prerendering', () => {
  it('a page prerendered by speculation rules fires nothing until it is activated (real Chromium prerender)', async () => {
    const { page, fakes, problems } = await suite.open();
    const target = suite.server().serve(await renderPage({ pixels: [pixel('meta')], timeoutMs: 10_000 }));
    const path = new URL(target).pathname;
    const launcher = suite.server().serve({
      csp: '',
      html: `<!doctype html><title>from</title><script type="speculationrules">{"prerender":[{"source":"list","urls":["${path}"]}]}</script><a id="go" href="${path}">go</a>`,
    });
    await page.goto(launcher);
    await expect
      .poll(() => suite.server().requests.find((r) => r.path === path)?.purpose, { timeout: 5000 })
      .toBe('prefetch;prerender');
    // Well inside the page's 12 s refresh fallback: the prerendered page has run its script by now.
    await page.waitForTimeout(1200);
    expect(fakes.requests).toEqual([]);
    expect(suite.server().beaconsFor(target)).toEqual([]);

    await page.click('#go');
    await page.waitForURL(landed, { timeout: 8000 });
    // Activated, not fetched again.
    expect(suite.server().requests.filter((r) => r.path === path)).toHaveLength(1);
    await expect.poll(() => fakes.hits('meta').length).toBe(2);
    expect(suite.server().beaconsFor(target).at(-1)).toMatchObject({ c: CLICK_ID, ok: ['px_meta_1'] });
    expect(problems).toEqual([]);
  });

  it('while document.prerendering is true nothing loads; prerenderingchange starts it (gate simulated)', async () => {
    const { page, context, fakes } = await suite.open();
    await context.addInitScript(`window.__prerender = true;
      Object.defineProperty(Document.prototype, 'prerendering', { configurable: true, get: () => window.__prerender });`);
    const url = suite.server().serve(await renderPage({ pixels: [pixel('reddit')], timeoutMs: 10_000 }));
    await page.goto(url);
    await page.waitForTimeout(800);
    expect(fakes.requests).toEqual([]);
    expect(await page.evaluate('typeof window.rdt')).toBe('undefined');

    await page.evaluate(`window.__prerender = false; document.dispatchEvent(new Event('prerenderingchange'))`);
    await page.waitForURL(landed, { timeout: 8000 });
    await expect.poll(() => fakes.hits('reddit').length).toBe(2);
  });
});
