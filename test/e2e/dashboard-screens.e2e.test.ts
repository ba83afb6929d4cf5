/**
 * The dashboard's other screens in real Chromium, on a workspace seeded with realistic links and
 * clicks: the links table (search, tag filter, "Load more", QR downloads), workspace analytics,
 * consent settings with the live preview, audience readiness, bulk create. Clicks are seeded with
 * plain HTTP requests carrying a trusted country header (GEO_COUNTRY_HEADER), so the analytics
 * have countries, devices, referrers and UTM values to show.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { go, screenshot, settled, signIn, unexpected, useDashboardSuite, waitUntil, poll } from './support/dashboard-harness.js';

const COUNTRY_HEADER = 'x-test-country';
// The seeded browser visits must confirm their pixel, not race the cap (which counts from the
// navigation's start) on a loaded machine: these screens are about the data, not the timing.
const suite = useDashboardSuite({ GEO_COUNTRY_HEADER: COUNTRY_HEADER, PIXEL_TIMEOUT_MS: '10000' });

const UAS = [
  (v: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  (v: number) => `Mozilla/5.0 (iPhone; CPU iPhone OS 17_${v % 10} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${v % 10} Mobile/15E148 Safari/604.1`,
  (v: number) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v % 20}.1 Safari/605.1.15`,
  (v: number) => `Mozilla/5.0 (Linux; Android 14; Pixel ${v % 9}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`,
];
const COUNTRIES = ['US', 'US', 'DE', 'CA', 'BR', 'US', 'AU', 'GB', 'MX', 'US', 'FR', 'IN'];
const OPT_IN = ['DE', 'FR', 'GB', 'NL', 'ES', 'IT'];
const BROWSER_VISITS = 4;
const REFERRERS = ['https://www.instagram.com/', 'https://t.co/abc', '', 'https://www.linkedin.com/feed/', 'https://news.ycombinator.com/'];
const SOURCES = ['instagram', 'x', 'newsletter', 'linkedin', ''];

let metaPixel: { id: string };
let shoes: { id: string; slug: string; shortUrl: string };
let seededClicks = 0;

/**
 * Realistic links and clicks, then wait until they are written:
 * - `running-shoes` carries the default Meta pixel. Visitors from opt-in countries (plain HTTP)
 *   get no pixel; four US visitors come through real Chromium, where the interstitial fires the
 *   (faked) Meta pixel and reports the hit, so fires, confirmations and the audience are real.
 * - the other links have no pixels and get plain-HTTP clicks from everywhere, plus a few bots.
 */
beforeAll(async () => {
  metaPixel = await suite.api('POST', '/pixels', { platform: 'meta', tagId: '123456789012345', name: 'Meta – main ad account', isDefault: true });
  await suite.api('POST', '/pixels', { platform: 'linkedin', tagId: '1234567', name: 'LinkedIn Insight' });
  await suite.api('POST', '/pixels', { platform: 'tiktok', tagId: 'C0123456789ABCDEFGHI', name: 'TikTok' });
  const dest = suite.destination();
  const links = [
    { url: `${dest}/blog/spring-running-guide`, slug: 'running-guide', title: 'Spring running guide', tags: ['spring', 'blog'] },
    { url: `${dest}/shop/trail-shoes?color=blue`, slug: 'trail-shoes', title: 'Trail shoes launch', tags: ['launch', 'shop'] },
    { url: 'https://www.youtube.example/watch?v=abc123', slug: 'unboxing', title: 'Unboxing video (YouTube)', tags: ['video'] },
    { url: `${dest}/press/partner-article`, slug: 'partner-article', title: 'Partner article about us', tags: ['press'] },
    { url: `${dest}/newsletter/2026-05`, title: 'Newsletter, May', tags: ['newsletter'] },
  ];
  for (const l of links) await suite.api('POST', '/links', { ...l, pixelIds: [] });
  shoes = await suite.api('POST', '/links', { url: `${dest}/shop/running-shoes`, slug: 'running-shoes', title: 'Running shoes sale', tags: ['spring', 'shop'] });

  const base = suite.server().url;
  const visit = (slug: string, i: number, ua: string, country: string) =>
    fetch(`${base}/${slug}${SOURCES[i % 5] ? `?utm_source=${SOURCES[i % 5]}&utm_campaign=spring` : ''}`, {
      redirect: 'manual',
      headers: { 'user-agent': ua, [COUNTRY_HEADER]: country, ...(REFERRERS[i % 5] ? { referer: REFERRERS[i % 5]! } : {}) },
    }).then((r) => r.arrayBuffer());
  const jobs: Array<Promise<unknown>> = [];
  for (let i = 0; i < 18; i++) jobs.push(visit('running-shoes', i, UAS[i % 4]!(100 + i), OPT_IN[i % OPT_IN.length]!));
  for (let i = 0; i < 24; i++) jobs.push(visit('running-guide', i, UAS[(i + 1) % 4]!(130 + i), COUNTRIES[i % COUNTRIES.length]!));
  for (let i = 0; i < 9; i++) jobs.push(visit('trail-shoes', i, UAS[(i + 2) % 4]!(170 + i), COUNTRIES[(i + 3) % COUNTRIES.length]!));
  for (const bot of ['Twitterbot/1.0', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'facebookexternalhit/1.1']) {
    jobs.push(visit('running-shoes', 0, bot, 'US'));
  }
  await Promise.all(jobs);

  for (let i = 0; i < BROWSER_VISITS; i++) {
    const { context, page, fakes } = await suite.open({ userAgent: UAS[i % 4]!(200 + i), extraHTTPHeaders: { [COUNTRY_HEADER]: 'US' } });
    await page.goto(`${base}/running-shoes?utm_source=instagram&utm_campaign=spring`, { waitUntil: 'commit' });
    await page.waitForURL((u) => u.href.startsWith(dest));
    await waitUntil(async () => fakes.hits('meta').length > 0, 'the Meta hit to reach the fake vendor');
    await context.close();
  }
  seededClicks = jobs.length + BROWSER_VISITS;
  await waitUntil(async () => {
    const { totals } = await suite.api('GET', '/stats');
    return totals.clicks === seededClicks && totals.pixelConfirmed === BROWSER_VISITS;
  }, 'the seeded clicks and pixel confirmations to be written');
}, 90_000);

describe('dashboard screens', () => {
  it('the links table: clicks per link, tag chips filter, search, copy', async () => {
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    const shoesRow = page.getByTestId('link-row').filter({ hasText: '/running-shoes' });
    expect(await shoesRow.locator('td.num').textContent()).toBe(String(18 + BROWSER_VISITS));
    await screenshot(page, 'links');

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server().url });
    await shoesRow.getByRole('button', { name: /^Copy short link / }).click();
    await page.getByTestId('toast').filter({ hasText: 'Copied' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(shoes.shortUrl);

    await shoesRow.getByRole('button', { name: 'Filter by tag shop' }).click();
    await poll(() => page.getByTestId('link-row').count()).toBe(2);
    expect(new URL(page.url()).hash).toBe('#/links?tag=shop');
    await page.getByLabel('Search').fill('trail');
    await poll(() => page.getByTestId('link-row').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear' }).click();
    await poll(() => page.getByTestId('link-row').count()).toBe(6);
    await page.getByLabel('Search').fill('nothing-matches-this');
    await page.getByRole('heading', { name: 'No links match' }).waitFor();
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('workspace analytics: totals, humans vs bots, countries, referrers, UTM, consent outcomes, pixel fires', async () => {
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, '#/analytics', 'Analytics');
    await settled(page);
    const stats = await suite.api('GET', '/stats');
    expect(await page.getByTestId('kpi-human').locator('.value').textContent()).toBe(String(stats.totals.humanClicks));
    expect(await page.getByTestId('kpi-bots').locator('.value').textContent()).toBe('3');
    expect(await page.getByRole('list', { name: 'Top countries' }).textContent()).toContain('United States');
    expect(await page.getByRole('list', { name: 'Top referrers' }).textContent()).toContain('instagram.com');
    await page.getByRole('button', { name: 'campaign', exact: true }).click();
    expect(await page.getByRole('list', { name: 'Top utm_campaign' }).textContent()).toContain('spring');
    // US visitors got the Meta pixel (regional policy), EU visitors did not; every fire was confirmed.
    const outcomes = await page.getByRole('list', { name: 'Consent outcomes' }).textContent();
    expect(outcomes).toContain('Pixels fired: no consent needed');
    expect(outcomes).toContain('Skipped: consent needed, not asked');
    expect(outcomes).toContain('Link has no pixels');
    expect(await page.getByRole('row', { name: /Meta – main ad account/ }).textContent()).toContain('100%');
    expect(await page.getByTestId('kpi-yield').locator('.value').textContent()).toBe('100%');
    // Another preset re-queries; hourly buckets for 24 hours.
    await page.getByRole('button', { name: '24 hours' }).click();
    await settled(page);
    expect(await page.getByTestId('kpi-human').locator('.value').textContent()).toBe(String(stats.totals.humanClicks));
    await page.getByRole('button', { name: '30 days' }).click();
    await settled(page);
    await screenshot(page, 'analytics');
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('consent settings: plain-words choices, a live preview per visitor, and saving', async () => {
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, '#/settings', 'Consent & settings');
    const preview = page.getByTestId('preview-title');
    const country = page.getByLabel('Visitor’s country');
    await country.selectOption('US');
    await poll(() => preview.textContent()).toBe('Pixels fire: Meta');
    await country.selectOption('DE');
    await poll(() => preview.textContent()).toBe('Plain redirect, no pixels');
    await page.getByLabel('Ask with a short prompt').check();
    await poll(() => preview.textContent()).toBe('Accept / Decline prompt');
    await page.getByLabel('Accepted', { exact: true }).check();
    await poll(() => preview.textContent()).toBe('Pixels fire: Meta');
    await page.getByLabel('Browser sends Global Privacy Control').check();
    await poll(() => preview.textContent()).toBe('Plain redirect, no pixels');
    await page.getByLabel('Browser sends Global Privacy Control').uncheck();
    await page.getByLabel('None', { exact: true }).check();
    await poll(() => preview.textContent()).toBe('Accept / Decline prompt');
    await page.getByLabel('Privacy policy URL').fill(`${suite.destination()}/privacy`);
    await screenshot(page, 'consent-settings');

    try {
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved.').waitFor();
      const ws = await suite.api('GET', '/workspace');
      expect(ws.consent).toEqual({ policy: 'regional', optInAction: 'ask' });
      expect(ws.privacyPolicyUrl).toBe(`${suite.destination()}/privacy`);
      // A bad URL comes back as a field error next to the field.
      await page.getByLabel('Privacy policy URL').fill('javascript:alert(1)');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.locator('#ws-privacy-error').waitFor();
    } finally {
      // Other tests in this file expect the default consent settings.
      await suite.api('PATCH', '/workspace', { consent: { policy: 'regional', optInAction: 'skip' }, privacyPolicyUrl: null });
    }
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('audience readiness: visitors per window and progress toward the platform minimum', async () => {
    const audience = await suite.api('GET', `/pixels/${metaPixel.id}/audience`);
    expect(audience.readiness.visitors).toBeGreaterThan(0);
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, '#/pixels', 'Pixels');
    await page.getByRole('link', { name: 'Audience of Meta – main ad account' }).click();
    await page.getByRole('heading', { level: 1, name: /Audience: Meta – main ad account/ }).waitFor();
    await settled(page);
    const bar = page.getByRole('progressbar', { name: 'Audience readiness for Meta' });
    expect(await bar.getAttribute('aria-valuenow')).toBe(String(audience.readiness.visitors));
    expect(await bar.getAttribute('aria-valuemax')).toBe(String(audience.readiness.minimum));
    expect(await page.getByTestId('readiness').textContent()).toContain('Not ready yet');
    expect(await page.getByTestId('audience-30').locator('.value').textContent()).toBe(String(audience.windows[0].visitors));
    await screenshot(page, 'audience');
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('QR code of a link downloads as PNG and as SVG', async () => {
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, `#/links/${shoes.id}`, 'Running shoes sale');
    await page.getByRole('button', { name: 'QR code' }).click();
    const dialog = page.getByRole('dialog', { name: 'QR code' });
    await dialog.getByRole('img', { name: /QR code for .*\/running-shoes$/ }).waitFor();
    const [png] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('qr-running-shoes.png');
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1024); // width
    const [svg] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('qr-running-shoes.svg');
    expect(await readFile((await svg.path())!, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+".*<path d="M/);
    await page.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('bulk create from pasted lines (one bad line reported) and from a CSV file, then "Load more" pages the table', async () => {
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, '#/links/bulk', 'Bulk create');
    const dest = suite.destination();
    await page.getByLabel('Links, one per line').fill(`${dest}/a\n${dest}/b,bulk-b,bulk|pasted\njavascript:alert(1)\n${dest}/c,bulk-c`);
    await poll(() => page.getByTestId('bulk-summary').textContent()).toContain('4 links ready');
    await page.getByRole('button', { name: 'Create 4 links' }).click();
    await poll(() => page.getByTestId('bulk-progress').textContent()).toContain('4 of 4 processed');
    expect(await page.getByTestId('bulk-progress').textContent()).toContain('3 created');
    expect(await page.getByTestId('bulk-results').textContent()).toContain('Only http and https URLs are allowed.');
    await screenshot(page, 'bulk-create');
    expect((await suite.api('GET', '/links?tag=pasted')).data.map((l: { slug: string }) => l.slug)).toEqual(['bulk-b']);

    // A CSV file with a header row, large enough to need two chunks and a second page in the table.
    const rows = Array.from({ length: 60 }, (_, i) => `${dest}/batch/${i},batch-${String(i).padStart(2, '0')},batch`);
    await page.locator('#bulk-file').setInputFiles({ name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(`url,slug,tags\n${rows.join('\n')}\n`) });
    await poll(() => page.getByTestId('bulk-summary').textContent()).toContain('60 links ready');
    await page.getByRole('button', { name: 'Create 60 links' }).click();
    await poll(() => page.getByTestId('bulk-progress').textContent(), 30_000).toContain('60 of 60 processed');
    expect(await page.getByTestId('bulk-progress').textContent()).toContain('60 created');

    await go(page, '#/links?tag=batch', 'Links');
    await poll(() => page.getByTestId('link-row').count()).toBe(50);
    await page.getByRole('button', { name: 'Load more' }).click();
    await poll(() => page.getByTestId('link-row').count()).toBe(60);
    await page.getByText('60 links', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('issue 22: a breakdown value is a click-through to the filtered view; filters combine, live in the URL, and save as a view', async () => {
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, '#/analytics', 'Analytics');
    await settled(page);
    const all = Number((await page.getByTestId('kpi-human').locator('.value').textContent())!.replace(/,/g, ''));
    await page.getByRole('list', { name: 'Top countries' }).getByRole('button', { name: /^United States/ }).click();
    await poll(() => new URL(page.url()).hash).toBe('#/analytics?country=US');
    const us = await suite.api('GET', '/stats?country=US');
    await poll(() => page.getByTestId('kpi-human').locator('.value').textContent()).toBe(String(us.totals.humanClicks));
    await settled(page);
    expect(us.totals.humanClicks).toBeLessThan(all);
    expect(await page.getByTestId('kpi-unique').locator('.value').textContent()).toBe('–');
    await page.getByRole('list', { name: 'Top devices' }).getByRole('button', { name: /^mobile/ }).click();
    await poll(() => new URL(page.url()).hash).toBe('#/analytics?country=US&device=mobile');
    const both = await suite.api('GET', '/stats?country=US&device=mobile');
    await poll(() => page.getByTestId('kpi-human').locator('.value').textContent()).toBe(String(both.totals.humanClicks));
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('dialog', { name: 'Save this view' }).getByLabel('Name').fill('US phones');
    await page.getByRole('dialog', { name: 'Save this view' }).getByRole('button', { name: 'Save view' }).click();
    await page.getByText('Saved the view “US phones”.').waitFor();
    await page.getByRole('button', { name: 'Remove the filter Country: United States' }).click();
    await poll(() => new URL(page.url()).hash).toBe('#/analytics?device=mobile');
    await page.getByLabel('Saved views').selectOption({ label: 'US phones' });
    await poll(() => new URL(page.url()).hash).toBe('#/analytics?country=US&device=mobile');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await poll(() => new URL(page.url()).hash).toBe('#/analytics');
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('issue 22: select links, add a tag and move them to a new folder in bulk, then filter by the folder', async () => {
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await page.getByRole('button', { name: 'Folders', exact: true }).click();
    const folders = page.getByRole('dialog', { name: 'Folders' });
    await folders.getByLabel('New folder').fill('Summer push');
    await folders.getByRole('button', { name: 'Create folder' }).click();
    await page.getByText('Created the folder Summer push.').waitFor();
    await folders.getByRole('button', { name: 'Done' }).click();
    await go(page, '#/links?tag=spring', 'Links');
    await poll(() => page.getByTestId('link-row').count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Select all links shown' }).check();
    await page.getByRole('button', { name: 'Edit selected' }).click();
    const bulk = page.getByRole('dialog', { name: 'Edit 2 links' });
    await bulk.getByLabel('Tag').fill('summer');
    await bulk.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Changed 2 links.').waitFor();
    await poll(() => page.getByRole('button', { name: 'Filter by tag summer' }).count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Select all links shown' }).check();
    await page.getByRole('button', { name: 'Edit selected' }).click();
    await bulk.getByLabel('Change').selectOption('folder');
    await bulk.getByRole('combobox', { name: 'Folder' }).selectOption({ label: 'Summer push' });
    await bulk.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Changed 2 links.').last().waitFor();
    await go(page, '#/links', 'Links');
    await page.getByLabel('Folder').selectOption({ label: 'Summer push' });
    await poll(() => page.getByTestId('link-row').count()).toBe(2);
    const links = (await suite.api('GET', '/links?tag=summer')).data;
    expect(links.map((l: { slug: string }) => l.slug).sort()).toEqual(['running-guide', 'running-shoes']);
    expect(new Set(links.map((l: { folderId: string }) => l.folderId)).size).toBe(1);
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('issue 22: an API key made on its screen (least privilege by default) is shown once, listed with its role, and revoked', async () => {
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, '#/keys', 'API keys');
    await page.getByRole('button', { name: 'Create key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    expect(await dialog.getByLabel('Role').inputValue()).toBe('viewer');
    await dialog.getByLabel('Name').fill('CRM sync');
    await dialog.getByLabel('Role').selectOption('member');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.getByTestId('new-secret').textContent())!;
    expect((await suite.server().api('GET', '/workspace', undefined, secret)).body.role).toBe('member');
    await page.getByRole('dialog', { name: 'Copy the key now' }).getByRole('button', { name: 'Done' }).click();
    const row = page.getByTestId('key-row').filter({ hasText: 'CRM sync' });
    expect(await row.textContent()).toContain('Member');
    expect(await row.textContent()).not.toContain(secret);
    await row.getByRole('button', { name: 'Revoke CRM sync' }).click();
    await page.getByRole('dialog', { name: 'Revoke this key?' }).getByRole('button', { name: 'Revoke key' }).click();
    await poll(() => page.getByTestId('key-row').filter({ hasText: 'CRM sync' }).count()).toBe(0);
    expect((await suite.server().api('GET', '/workspace', undefined, secret)).status).toBe(401);
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);
});
