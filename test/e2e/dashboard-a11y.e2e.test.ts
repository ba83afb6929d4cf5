/**
 * Issue 22: every dashboard screen (and the consent prompt visitors see) at a 390 px phone and a
 * 1440 px desktop in real Chromium, on a workspace with links, folders, coloured tags, a verified
 * domain, pixels and clicks: axe-core finds no serious or critical violation, and no element is
 * clipped. Every dialog can be opened, walked through and closed with the keyboard alone, focus
 * staying inside while it is open and going back to its button after. The figures carry the
 * glossary's words and definitions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GLOSSARY } from '../../src/core/glossary.js';
import { go, OWNER_KEY, reachable, settled, signIn, unexpected, useDashboardSuite, waitUntil } from './support/dashboard-harness.js';
import { axeViolations, clippedElements } from './support/page-checks.js';

const COUNTRY = 'x-test-country';
const suite = useDashboardSuite({ GEO_COUNTRY_HEADER: COUNTRY });
const WIDTHS = [390, 1440] as const;

let link: { id: string; slug: string; title: string; shortUrl: string };
let askLink: { shortUrl: string };
let pixel: { id: string };

const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
];

beforeAll(async () => {
  pixel = await suite.api('POST', '/pixels', { platform: 'meta', tagId: '123456789012345', name: 'Meta – a rather long pixel name for a narrow phone screen', isDefault: true });
  await suite.api('POST', '/pixels', { platform: 'tiktok', tagId: 'C0123456789ABCDEFGHI', name: 'TikTok' });
  const folder = await suite.api('POST', '/folders', { name: 'Spring campaign' });
  const domain = await suite.api('POST', '/domains', { hostname: 'go.brand.test', notFoundUrl: 'https://brand.example/', rootUrl: 'https://brand.example/home' });
  await suite.api('POST', `/domains/${domain.id}/check`);
  await suite.api('POST', '/domains', { hostname: 'links.nowhere.unreachable.test' });
  const dest = suite.destination();
  link = await suite.api('POST', '/links', {
    url: `${dest}/shop/a-very-long-path/that/would/overflow/a-phone/if-it-were-not-truncated?utm_source=newsletter&utm_campaign=spring`,
    slug: 'spring-shoes-with-a-long-slug',
    title: 'Spring shoes, the whole collection, with a title long enough to wrap',
    tags: ['spring', 'shoes', 'newsletter'],
    folderId: folder.id,
  });
  for (let i = 0; i < 12; i++) await suite.api('POST', '/links', { url: `${dest}/page/${i}`, tags: [i % 2 ? 'blog' : 'video'], pixelIds: [] });
  askLink = await suite.api('POST', '/links', { url: `${dest}/ask`, slug: 'ask-first', consent: { policy: 'always', optInAction: 'ask' } });
  await suite.api('PUT', '/tags/spring', { color: 'green' });
  await suite.api('PUT', '/tags/shoes', { color: 'purple' });
  await suite.api('POST', '/utm-templates', { name: 'Newsletter', utm: { source: 'newsletter', medium: 'email' } });
  await suite.api('POST', '/views', { name: 'Spring only', screen: 'links', query: 'tag=spring' });
  await suite.api('PATCH', '/workspace', { consentPrompt: { brandColor: '#0f766e', language: null }, privacyPolicyUrl: 'https://brand.example/privacy' });
  const countries = ['US', 'DE', 'FR', 'BR', 'IN', 'US', 'GB', 'JP'];
  await Promise.all(
    countries.map((country, i) =>
      fetch(`${suite.server().url}/${link.slug}?utm_source=social`, { redirect: 'manual', headers: { 'user-agent': UAS[i % 3]!, [COUNTRY]: country, referer: i % 2 ? 'https://www.instagram.com/' : 'https://news.ycombinator.com/' } }).then((r) => r.arrayBuffer()),
    ),
  );
  await waitUntil(async () => (await suite.api('GET', '/stats')).totals.clicks >= countries.length, 'the seeded clicks to be written');
}, 120_000);

const SCREENS: Array<{ name: string; hash: () => string; heading: () => string | RegExp }> = [
  { name: 'links', hash: () => '#/links', heading: () => 'Links' },
  { name: 'links filtered', hash: () => '#/links?tag=spring', heading: () => 'Links' },
  { name: 'new link', hash: () => '#/links/new', heading: () => 'New link' },
  { name: 'edit link', hash: () => `#/links/${link.id}/edit`, heading: () => 'Edit link' },
  { name: 'link', hash: () => `#/links/${link.id}`, heading: () => link.title },
  { name: 'bulk create', hash: () => '#/links/bulk', heading: () => 'Bulk create' },
  { name: 'analytics', hash: () => '#/analytics', heading: () => 'Analytics' },
  { name: 'analytics filtered', hash: () => '#/analytics?country=US&device=desktop', heading: () => 'Analytics' },
  { name: 'pixels', hash: () => '#/pixels', heading: () => 'Pixels' },
  { name: 'audience', hash: () => `#/pixels/${pixel.id}/audience`, heading: () => /^Audience: / },
  { name: 'domains', hash: () => '#/domains', heading: () => 'Domains' },
  { name: 'api keys', hash: () => '#/keys', heading: () => 'API keys' },
  { name: 'settings', hash: () => '#/settings', heading: () => 'Consent & settings' },
  { name: 'not found', hash: () => '#/nowhere', heading: () => 'Page not found' },
];

async function check(page: Page, where: string): Promise<void> {
  await settled(page);
  await page.waitForTimeout(250); // charts and the map draw after their data arrives
  expect(await clippedElements(page), `${where}: clipped`).toEqual([]);
  expect(await axeViolations(page), `${where}: axe`).toEqual([]);
}

describe.each(WIDTHS)('every screen at %i px', (width) => {
  it('passes axe-core (no serious or critical violation) and clips nothing', async () => {
    const { page, problems } = await suite.open({ viewport: { width, height: 900 } });
    await page.goto(`${suite.server().url}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await check(page, `${width} sign in`);
    await signIn(page, suite.server().url);
    for (const screen of SCREENS) {
      await go(page, screen.hash(), screen.heading());
      await check(page, `${width} ${screen.name}`);
    }
    // The consent prompt a visitor gets (the link asks everyone first).
    const visitor = await page.context().newPage();
    await visitor.goto(reachable(askLink.shortUrl, suite.server()));
    await visitor.getByRole('button', { name: 'Accept' }).waitFor();
    await check(visitor, `${width} consent prompt`);
    expect(unexpected(problems)).toEqual([]);
  }, 240_000);
});

/** Tab through an open dialog: focus never leaves it; Escape closes it and focus goes back to `opener`. */
async function walkDialog(page: Page, name: string | RegExp, opener: ReturnType<Page['getByRole']> | null): Promise<void> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  const inside = () => page.evaluate('Boolean(document.activeElement && document.activeElement.closest("dialog[open]"))');
  expect(await inside(), `${name}: focus moved into the dialog`).toBe(true);
  const stops = (await dialog.evaluate((d) => d.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])').length)) as number;
  for (let i = 0; i <= stops; i++) {
    await page.keyboard.press('Tab');
    expect(await inside(), `${name}: Tab ${i + 1} stays inside`).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await inside(), `${name}: Shift+Tab stays inside`).toBe(true);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  if (opener) {
    const describe = (el: any) => (el ? `${el.tagName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}` : 'nothing');
    const focused = await page.evaluate(`(${describe.toString()})(document.activeElement)`);
    expect(focused, `${name}: focus back on its button`).toBe(await opener.evaluate(describe));
  }
}

/** Open a dialog from the keyboard: focus its button, press Enter. */
async function openWithKeyboard(page: Page, opener: ReturnType<Page['getByRole']>): Promise<void> {
  await opener.focus();
  await page.keyboard.press('Enter');
}

describe('dialogs with the keyboard alone', () => {
  it('every dialog opens from its button, keeps focus inside while Tab walks it, closes with Escape and gives focus back', async () => {
    const { page, problems } = await suite.open({ viewport: { width: 1440, height: 900 } });
    await signIn(page, suite.server().url);

    const dialogs: Array<[string, string | RegExp, () => ReturnType<Page['getByRole']>]> = [
      ['#/links', 'Folders', () => page.getByRole('button', { name: 'Folders', exact: true })],
      ['#/links', 'Tag colours', () => page.getByRole('button', { name: 'Tag colours', exact: true })],
      ['#/links', 'QR code', () => page.getByRole('button', { name: `QR code for /${link.slug}` })],
      ['#/links', /^Delete this link/, () => page.getByRole('button', { name: `Delete /${link.slug}` })],
      ['#/pixels', 'Add a pixel', () => page.getByRole('button', { name: 'Add pixel' })],
      ['#/pixels', 'Edit pixel', () => page.getByRole('button', { name: /^Edit Meta/ })],
      ['#/pixels', 'Delete this pixel?', () => page.getByRole('button', { name: /^Delete Meta/ })],
      ['#/domains', 'Add a domain', () => page.getByRole('button', { name: 'Add domain' })],
      ['#/domains', 'Pages of go.brand.test', () => page.getByRole('button', { name: 'Edit pages of go.brand.test' })],
      ['#/domains', 'Remove this domain?', () => page.getByRole('button', { name: 'Remove go.brand.test' })],
      ['#/keys', 'Create an API key', () => page.getByRole('button', { name: 'Create key' })],
    ];
    for (const [hash, name, opener] of dialogs) {
      await go(page, hash, hash === '#/keys' ? 'API keys' : hash === '#/links' ? 'Links' : hash === '#/pixels' ? 'Pixels' : 'Domains');
      await settled(page);
      await openWithKeyboard(page, opener());
      await walkDialog(page, name, opener());
    }

    // Selection and bulk edit, and saving a view, by keyboard too.
    await go(page, '#/links?tag=spring', 'Links');
    await settled(page);
    const pick = page.getByRole('checkbox', { name: `Select /${link.slug}` });
    await pick.focus();
    await page.keyboard.press('Space');
    const edit = page.getByRole('button', { name: 'Edit selected' });
    await openWithKeyboard(page, edit);
    await walkDialog(page, 'Edit 1 link', edit);
    const remove = page.getByRole('button', { name: 'Delete selected' });
    await openWithKeyboard(page, remove);
    await walkDialog(page, 'Delete 1 link?', remove);
    await go(page, '#/links?tag=shoes', 'Links');
    await settled(page);
    const save = page.getByRole('button', { name: 'Save view' });
    await openWithKeyboard(page, save);
    await walkDialog(page, 'Save this view', save);

    // A key made from the keyboard shows its secret once, in a dialog of its own.
    await go(page, '#/keys', 'API keys');
    await settled(page);
    await openWithKeyboard(page, page.getByRole('button', { name: 'Create key' }));
    await page.keyboard.type('Keyboard key');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Copy the key now' }).waitFor();
    expect(await page.getByTestId('new-secret').textContent()).toMatch(/^rk_[0-9A-Za-z]{40}$/);
    await walkDialog(page, 'Copy the key now', null);
    expect(unexpected(problems)).toEqual([]);
  }, 240_000);
});

describe('one vocabulary on screen', () => {
  it('each figure shows the glossary’s word and definition', async () => {
    const { page } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, '#/analytics', 'Analytics');
    await settled(page);
    for (const [testId, term] of [['kpi-human', 'humanClicks'], ['kpi-unique', 'uniqueVisitors'], ['kpi-bots', 'bots'], ['kpi-yield', 'yield']] as const) {
      const kpi = page.getByTestId(testId);
      expect(await kpi.locator('.label').textContent()).toBe(GLOSSARY[term].label);
      expect(await kpi.locator('.def').textContent()).toBe(GLOSSARY[term].definition);
    }
    await go(page, '#/links', 'Links');
    await expect.poll(() => page.getByRole('columnheader', { name: GLOSSARY.humanClicks.label }).count(), { timeout: 15_000 }).toBe(1);
  }, 60_000);
});

// Keep the owner key referenced: the harness signs in with it.
void OWNER_KEY;
