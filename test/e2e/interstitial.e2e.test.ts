/**
 * The interstitial's navigation, reporting and security in real Chromium, through the real Ricochet
 * server: the hard cap with a hung vendor (counted from navigation start), never leaving before
 * every hit is dispatched, Back never bouncing, the no-JS fallbacks, the CSP, escaping, and
 * prerendering. Timing assertions are generous bounds and orderings, never tight timings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { clickRows, LIVE_ENV, metric } from './support/live-server.js';
import { useLiveSuite } from './support/live-suite.js';
import { hitParams } from './support/vendor-fakes.js';

/** A cap far above any dispatch time, so a visit that fires leaves on its hits, never on the cap. */
const CAP_MS = 10_000;
/** The cap of the second server: long enough for a healthy pixel on a loaded machine, short enough to wait for. */
const SHORT_CAP_MS = 2000;
const suite = useLiveSuite({ PIXEL_TIMEOUT_MS: String(CAP_MS) });
const EVENT = 'ricochet_click';

let capped: TestServer;
beforeAll(async () => {
  capped = await startTestServer('sqlite', { ...LIVE_ENV, PIXEL_TIMEOUT_MS: String(SHORT_CAP_MS) });
});
afterAll(async () => {
  await capped?.close();
});

describe('navigation', () => {
  it('a hung vendor host never costs the click: the page leaves at the cap from navigation start, and only the pixel that dispatched counts', async () => {
    const link = await suite.link(['meta', 'reddit'], {}, capped);
    const [meta, reddit] = link.pixelIds;
    const v = await suite.visitor({ fakes: { hang: ['meta'] } }, capped);

    const started = Date.now();
    await v.page.goto(link.url, { waitUntil: 'commit' });
    await v.page.waitForURL((u) => u.href === link.landed(), { timeout: SHORT_CAP_MS + 8000 });
    const elapsed = Date.now() - started;

    // The page's own clock: the cap counts from navigation start, so never before it, and the
    // visitor waits little more than it (timer lateness only).
    const leave = v.fakes.timeline.find((e) => e.kind === 'navigate' && e.url === link.landed());
    expect(leave!.pageMs).toBeGreaterThanOrEqual(SHORT_CAP_MS);
    expect(leave!.pageMs).toBeLessThan(SHORT_CAP_MS + 1000);
    // Wall clock as the test sees it (adds Playwright's own overhead): same story, looser bound.
    expect(elapsed).toBeGreaterThanOrEqual(SHORT_CAP_MS);
    expect(elapsed).toBeLessThan(SHORT_CAP_MS + 4000);
    expect(v.fakes.requests.filter((r) => r.platform === 'meta').map((r) => r.kind)).toEqual(['loader']);
    await expect.poll(() => v.fakes.hits('reddit').map((h) => hitParams(h).get('event'))).toEqual(['PageVisit', 'Custom']);
    expect(v.problems).toEqual([]);

    const stats = await suite.statsWhen(link.id, (s) => s.pixels.some((p) => p.confirmed > 0), capped);
    expect(stats.totals).toMatchObject({ humanClicks: 1, pixelFires: 2, pixelConfirmed: 1 });
    expect(stats.pixels.find((p) => p.pixelId === meta)).toMatchObject({ fires: 1, confirmed: 0 });
    expect(stats.pixels.find((p) => p.pixelId === reddit)).toMatchObject({ fires: 1, confirmed: 1 });
  });

  it('never leaves before every hit is dispatched: with libraries that send a second after loading, it waits for the last one', async () => {
    const beat = 1000;
    // Quora sends right after its loader; TikTok after three more round trips (docs/vendor-fakes.md).
    const link = await suite.link(['quora', 'tiktok']);
    const v = await suite.visitor({ fakes: { hitDelayMs: beat } });
    await v.page.goto(link.url, { waitUntil: 'commit' });
    await v.page.waitForURL((u) => u.href === link.landed(), { timeout: CAP_MS });

    const leave = v.fakes.timeline.find((e) => e.kind === 'navigate' && e.url === link.landed())!;
    const sent = v.fakes.timeline.filter((e) => e.kind === 'sent');
    expect(sent.map((e) => new URL(e.url).host).sort()).toEqual(['analytics.tiktok.com', 'analytics.tiktok.com', 'q.quora.com', 'q.quora.com']);
    for (const e of sent) expect(e.seq).toBeLessThan(leave.seq);
    expect(leave.pageMs).toBeGreaterThanOrEqual(beat);
    expect(leave.pageMs).toBeLessThan(CAP_MS);
    await expect.poll(() => v.fakes.hits().length).toBe(4);
    const stats = await suite.statsWhen(link.id, (s) => s.totals.pixelConfirmed > 0);
    expect(stats.totals).toMatchObject({ pixelFires: 2, pixelConfirmed: 2 });
  });

  it('Back from the destination returns to the page before the short link, never into the interstitial', async () => {
    const link = await suite.link(['meta']);
    const article = suite.dest().page(`/article-${link.slug}`, `<!doctype html><title>news</title><a id="short" href="${link.url}">read more</a>`);
    const v = await suite.visitor();
    await v.page.goto(article);
    await v.page.click('#short');
    await v.page.waitForURL((u) => u.href === link.landed(), { timeout: CAP_MS });

    await v.page.goBack();
    expect(v.page.url()).toBe(article);
    expect(await v.page.locator('#short').count()).toBe(1);
    await v.page.goForward();
    await v.page.waitForURL((u) => u.href === link.landed());
    // The short link was requested once: Back did not load the interstitial again.
    expect(v.responsesFor(link.path).map((r) => r.status)).toEqual([200]);
    expect(v.problems).toEqual([]);
  });

  it('a Meta hit too long for an image leaves as a hidden-iframe form POST, counts as dispatched, and arrives', async () => {
    const long = 'x'.repeat(200);
    const params = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`note${i}`, long]));
    const link = await suite.link(['meta'], { event: { params } });
    const v = await suite.visitor({ fakes: { holdHits: true } });
    await v.page.goto(link.url, { waitUntil: 'commit' });
    await v.page.waitForURL((u) => u.href === link.landed(), { timeout: CAP_MS });

    expect(v.fakes.timeline.filter((e) => e.kind === 'sent').map((e) => e.transport)).toEqual(['image', 'form']);
    await expect.poll(() => v.fakes.hits('meta').find((h) => h.method === 'POST')).toBeDefined();
    const post = v.fakes.hits('meta').find((h) => h.method === 'POST')!;
    expect(post.dest).toBe('iframe');
    expect(hitParams(post).get('ev')).toBe(EVENT);
    expect(hitParams(post).get('cd[note11]')).toBe(long);
    const stats = await suite.statsWhen(link.id, (s) => s.totals.pixelConfirmed > 0);
    expect(stats.totals).toMatchObject({ pixelFires: 1, pixelConfirmed: 1 });
    expect(v.problems).toEqual([]);
  });

  it('without JavaScript: noscript beacons for the pixels that have one, a visible link, and the meta refresh', async () => {
    const link = await suite.link(['meta', 'linkedin', 'tiktok'], {}, capped);
    const v = await suite.visitor({ context: { javaScriptEnabled: false } }, capped);
    await v.page.goto(link.url);
    await expect.poll(() => v.fakes.requests.map((r) => r.url).sort()).toEqual([
      'https://px.ads.linkedin.com/collect/?pid=1234567&fmt=gif',
      'https://www.facebook.com/tr?id=123456789012345&ev=PageView&noscript=1',
    ]);
    expect(await v.page.getByRole('link', { name: /localhost/ }).getAttribute('href')).toBe(link.landed());
    // The refresh fallback (ceil(cap) + 2 s) takes the visitor on by itself.
    await v.page.waitForURL((u) => u.href === link.landed(), { timeout: SHORT_CAP_MS + 8000 });
    expect(v.fakes.requests.filter((r) => r.platform === 'tiktok')).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('blocks an injected inline script and scripts from hosts of platforms not on the page', async () => {
    // A prompt page stays put, so there is time to inject.
    const link = await suite.link(['meta'], { consent: { policy: 'always', optInAction: 'ask' } });
    const v = await suite.visitor();
    await v.page.goto(link.url);
    await v.page.getByRole('dialog').waitFor();
    // Page-side code is passed as strings: the test tsconfig has no DOM types (only web/ has them).
    await v.page.evaluate(`(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__pwned = true';
      document.body.appendChild(inline);
      const foreign = document.createElement('script');
      foreign.src = 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=CX';
      document.body.appendChild(foreign);
    })()`);
    await expect.poll(() => v.problems.filter((p) => p.kind === 'csp').length).toBe(2);
    expect(await v.page.evaluate('window.__pwned')).toBeUndefined();
    expect(v.problems.filter((p) => p.kind === 'csp').map((p) => p.text)).toEqual([
      expect.stringMatching(/^script-src-elem blocked inline/),
      expect.stringMatching(/^script-src-elem blocked https:\/\/analytics\.tiktok\.com\//),
    ]);
    expect(v.fakes.requests).toEqual([]);
  });
});

describe('escaping', () => {
  it('a destination and event params full of markup and quotes render inert and arrive intact', async () => {
    const nasty = `</script><script>alert(1)</script>"'<>&`;
    const destination = `${suite.dest().origin}/p?q=${encodeURIComponent(nasty)}&raw=</script>"'&gclid=abc`;
    const link = await suite.link(['meta'], { url: destination, event: { params: { campaign: nasty } } });
    const v = await suite.visitor();
    const dialogs: string[] = [];
    v.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await v.page.goto(link.url);
    await v.page.waitForURL((u) => u.href === new URL(destination).href, { timeout: CAP_MS });

    expect(dialogs).toEqual([]);
    expect(new URL(v.page.url()).searchParams.get('q')).toBe(nasty);
    await expect.poll(() => v.fakes.hits('meta').length).toBe(2);
    expect(hitParams(v.fakes.hits('meta')[1]!).get('cd[campaign]')).toBe(nasty);
    expect(v.problems).toEqual([]);
  });
});

describe('prerendering', () => {
  it('a short link prerendered by speculation rules is declined (503) and fires nothing; the click then loads it and fires', async () => {
    const link = await suite.link(['meta']);
    const server = suite.server();
    const declined = () => metric(server, 'ricochet_redirects_total{outcome="prefetch_declined"}');
    const before = await declined();
    const v = await suite.visitor();
    // A page on the short domain (prerendering needs the same origin) that asks for a prerender.
    const launcher = `${server.url}/__launcher`;
    await v.context.route(launcher, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>from</title><script type="speculationrules">{"prerender":[{"source":"list","urls":["${link.path}"]}]}</script><a id="go" href="${link.path}">go</a>`,
      }),
    );
    await v.page.goto(launcher);
    await expect.poll(declined, { timeout: 10_000 }).toBe(before + 1);
    await v.page.waitForTimeout(500);
    expect(v.fakes.requests).toEqual([]);

    await v.page.click('#go');
    await v.page.waitForURL((u) => u.href === link.landed(), { timeout: CAP_MS });
    await expect.poll(() => v.fakes.hits('meta').length).toBe(2);
    const stats = await suite.statsWhen(link.id, (s) => s.totals.pixelConfirmed > 0);
    expect(stats.totals).toMatchObject({ clicks: 1, humanClicks: 1, pixelConfirmed: 1 });
  });

  it('while document.prerendering is true nothing loads; prerenderingchange starts it (the script’s own gate, simulated)', async () => {
    const link = await suite.link(['reddit']);
    const v = await suite.visitor();
    await v.context.addInitScript(`window.__prerender = true;
      Object.defineProperty(Document.prototype, 'prerendering', { configurable: true, get: () => window.__prerender });`);
    await v.page.goto(link.url);
    await v.page.waitForTimeout(800);
    expect(v.fakes.requests).toEqual([]);
    expect(await v.page.evaluate('typeof window.rdt')).toBe('undefined');

    await v.page.evaluate(`window.__prerender = false; document.dispatchEvent(new Event('prerenderingchange'))`);
    await v.page.waitForURL((u) => u.href === link.landed(), { timeout: CAP_MS });
    await expect.poll(() => v.fakes.hits('reddit').length).toBe(2);
    const [row] = await clickRows(suite.server(), link.id);
    expect(hitParams(v.fakes.hits('reddit')[1]!).get('m.conversionId')).toBe(row!.click_id);
  });
});
