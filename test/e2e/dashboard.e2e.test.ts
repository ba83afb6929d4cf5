/**
 * The dashboard in real Chromium against a real server (issue 7): sign in, pixel, link, a real
 * click through the short link, its analytics and CSV export, edit, delete; read-only roles;
 * keyboard-only sign-in; phone width. Nothing leaves the machine: the browser context aborts
 * every non-local request and answers `*.example` with a fake page. No fixed sleeps: waits are
 * on elements, URLs and polled API/UI state.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { go, horizontalOverflow, OWNER_KEY, reachable, screenshot, settled, signIn, unexpected, useDashboardSuite, poll } from './support/dashboard-harness.js';

const suite = useDashboardSuite();

describe('dashboard: the main flow', () => {
  it('signs in, adds a pixel, creates a link with it, sees a real click in its analytics, exports CSV, edits and deletes it', async () => {
    const base = suite.server().url;
    const DESTINATION = `${suite.destination()}/spring?src=e2e`;
    const { page, context, problems } = await suite.open();

    // Sign in: a bad key shows the API's own message; a good key lands on the links table.
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await screenshot(page, 'sign-in');
    const refused = await suite.server().api('GET', '/workspace', undefined, 'rk_this_key_does_not_exist');
    await page.getByLabel('API key').fill('rk_this_key_does_not_exist');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await poll(() => page.locator('#api-key-error').textContent()).toBe(refused.body.error.message);
    await page.getByLabel('API key').fill(OWNER_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Links' }).waitFor();
    expect(await page.getByTestId('workspace-name').textContent()).toBe('default');
    expect(await page.getByTestId('role').textContent()).toBe('Owner');

    // A pixel, through the dialog: the ID hint warns about a wrong shape before saving.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pixels' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pixels' }).waitFor();
    await page.getByRole('button', { name: 'Add pixel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a pixel' });
    await dialog.getByLabel('Platform').selectOption('meta');
    await dialog.getByLabel('Meta pixel ID').fill('12345');
    await poll(() => dialog.locator('#px-tag-warning').textContent()).toContain('15–16 digits');
    await dialog.getByLabel('Meta pixel ID').fill('123456789012345');
    await poll(() => dialog.locator('#px-tag-warning').count()).toBe(0);
    await dialog.getByLabel('Name', { exact: true }).fill('Meta main');
    await dialog.getByLabel('Default pixel').check();
    await dialog.getByRole('button', { name: 'Add pixel' }).click();
    await page.getByTestId('pixel-row').filter({ hasText: 'Meta main' }).waitFor();
    // A second pixel with an odd ID (from the API) shows the server's warning in the list.
    await suite.api('POST', '/pixels', { platform: 'ga4', tagId: 'G-12345', name: 'Old analytics property' });
    await page.reload();
    await page.getByTestId('pixel-row').filter({ hasText: 'Old analytics property' }).getByText('usually look like this').waitFor();
    await screenshot(page, 'pixels');
    // Editing fixes the shape; the warning goes away.
    await page.getByRole('button', { name: 'Edit Old analytics property' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit pixel' });
    expect(await edit.getByLabel('Google Analytics pixel ID').inputValue()).toBe('G-12345');
    await edit.getByLabel('Google Analytics pixel ID').fill('G-AB12CD34EF');
    await edit.getByRole('button', { name: 'Save pixel' }).click();
    await poll(() => page.getByText('usually look like this').count()).toBe(0);
    const pixels = (await suite.api<{ data: Array<{ id: string; name: string }> }>('GET', '/pixels')).data;
    const meta = pixels.find((p) => p.name === 'Meta main')!;

    // A link, with the default pixel preselected; the API's field error lands on the slug field.
    await go(page, '#/links/new', 'New link');
    await page.getByLabel('Destination URL').fill(DESTINATION);
    await page.getByLabel('Slug', { exact: true }).fill('spring-e2e');
    await page.getByLabel('Title', { exact: true }).fill('Spring sale');
    await page.getByLabel('Tags', { exact: true }).fill('spring, e2e');
    expect(await page.getByLabel('Meta main').isChecked()).toBe(true);
    expect(await page.getByLabel('Old analytics property').isChecked()).toBe(false);
    await screenshot(page, 'link-form');
    await page.getByLabel('Slug', { exact: true }).fill('api');
    await page.getByRole('button', { name: 'Create link' }).click();
    await poll(() => page.locator('#lf-slug-error').textContent()).toBe('This slug is reserved by Ricochet.');
    expect(await page.getByLabel('Slug', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Slug', { exact: true }).fill('spring-e2e');
    await page.getByRole('button', { name: 'Create link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spring sale' }).waitFor();
    const linkId = decodeURIComponent(new URL(page.url()).hash.replace('#/links/', ''));
    const created = await suite.api('GET', `/links/${linkId}`);
    expect(created).toMatchObject({ url: DESTINATION, slug: 'spring-e2e', tags: ['spring', 'e2e'], pixelIds: [meta.id] });
    const shortUrl = (await page.getByTestId('short-url').textContent())!;
    expect(shortUrl).toBe(created.shortUrl);

    // A real click: 127.0.0.1 has no country → opt-in region → default policy → plain redirect.
    const visitor = await context.newPage();
    await visitor.goto(`${reachable(shortUrl, suite.server())}?utm_source=newsletter`);
    await visitor.waitForURL((u) => u.href.startsWith(suite.destination()));
    expect(new URL(visitor.url()).searchParams.get('utm_source')).toBe('newsletter');
    expect(new URL(visitor.url()).searchParams.get('src')).toBe('e2e');
    await visitor.getByText('You have arrived.').waitFor();
    await visitor.close();

    // The click shows in the link's analytics once the buffer flushes (every second): poll the UI.
    const human = page.getByTestId('kpi-human').locator('.value');
    await poll(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      await settled(page);
      return human.textContent();
    }, 30_000).toBe('1');
    expect(await page.getByTestId('kpi-unique').locator('.value').textContent()).toBe('1');
    await poll(() => page.getByTestId('fact-clicks').textContent()).toBe('1');
    expect(await page.getByRole('list', { name: 'Top utm_source' }).textContent()).toContain('newsletter');
    expect(await page.getByRole('list', { name: 'Consent outcomes' }).textContent()).toContain('Skipped: consent needed, not asked');
    await screenshot(page, 'link-analytics');

    // CSV export: fetched with the bearer header and saved from a Blob.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('ricochet-clicks-spring-e2e.csv');
    const csv = (await readFile((await download.path())!, 'utf8')).trim().split(/\r?\n/);
    expect(csv).toHaveLength(2);
    const header = csv[0]!.split(',');
    const row = Object.fromEntries(csv[1]!.split(',').map((v, i) => [header[i], v]));
    expect(row).toMatchObject({ link_id: linkId, slug: 'spring-e2e', utm_source: 'newsletter', bot: 'false', consent: 'suppressed_region' });
    expect(csv.join('\n')).not.toContain('127.0.0.1');

    // Edit: the same form, prefilled; add a routing rule and rename.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit link' }).waitFor();
    expect(await page.getByLabel('Destination URL').inputValue()).toBe(DESTINATION);
    await page.getByLabel('Title', { exact: true }).fill('Spring sale (DE)');
    await page.locator('summary', { hasText: 'Routing rules' }).click();
    await page.getByRole('button', { name: 'Add a rule' }).click();
    await page.getByLabel('Rule 1, condition 1: values, comma-separated').fill('de, at');
    await page.getByLabel('Rule 1: send to').fill(`${suite.destination()}/de`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spring sale (DE)' }).waitFor();
    expect((await suite.api('GET', `/links/${linkId}`)).rules).toEqual([{ when: { country: ['DE', 'AT'] }, url: `${suite.destination()}/de` }]);

    // Delete, with a confirmation dialog that focuses Cancel first.
    await page.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this link?' });
    await confirm.waitFor();
    await poll(() => page.evaluate('document.activeElement.textContent')).toBe('Cancel');
    await confirm.getByRole('button', { name: 'Delete link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Links' }).waitFor();
    expect((await suite.server().api('GET', `/links/${linkId}`)).status).toBe(404);

    // Deleting a pixel asks first, too.
    await go(page, '#/pixels', 'Pixels');
    await page.getByRole('button', { name: 'Delete Old analytics property' }).click();
    await page.getByRole('dialog', { name: 'Delete this pixel?' }).getByRole('button', { name: 'Delete pixel' }).click();
    await poll(() => page.getByTestId('pixel-row').count()).toBe(1);

    expect(unexpected(problems)).toEqual([]);
  }, 120_000);
});

describe('dashboard: roles', () => {
  it('a viewer key sees everything but no write buttons', async () => {
    const viewer = await suite.api('POST', '/api-keys', { name: 'Read-only', role: 'viewer' });
    const link = await suite.api('POST', '/links', { url: 'https://shop.example/viewer', slug: 'viewer-sees', tags: ['roles'] });
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url, viewer.secret);
    expect(await page.getByTestId('role').textContent()).toBe('Viewer (read-only)');
    await page.getByTestId('link-row').filter({ hasText: 'viewer-sees' }).waitFor();
    for (const name of ['New link', 'Bulk create', 'Edit', 'Delete']) expect(await page.getByRole('link', { name }).count(), name).toBe(0);
    expect(await page.getByRole('button', { name: /^Delete/ }).count()).toBe(0);

    await go(page, `#/links/${link.id}`, '/viewer-sees');
    expect(await page.getByRole('button', { name: 'QR code' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);

    await go(page, '#/pixels', 'Pixels');
    expect(await page.getByRole('button', { name: 'Add pixel' }).count()).toBe(0);
    await go(page, '#/settings', 'Consent & settings');
    expect(await page.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
    expect(await page.getByLabel('Ask everyone').isDisabled()).toBe(true);
    await go(page, '#/links/new', 'New link');
    await page.getByText('Your key is read-only').waitFor();
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('a member key may write links and pixels but not workspace settings', async () => {
    const member = await suite.api('POST', '/api-keys', { name: 'Marketer', role: 'member' });
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url, member.secret);
    expect(await page.getByTestId('role').textContent()).toBe('Member');
    expect(await page.getByRole('link', { name: 'New link' }).count()).toBe(1);
    await go(page, '#/pixels', 'Pixels');
    expect(await page.getByRole('button', { name: 'Add pixel' }).count()).toBe(1);
    await go(page, '#/settings', 'Consent & settings');
    await page.getByText('Only admins and owners can change these settings').waitFor();
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);
});

describe('dashboard: access', () => {
  it('signs in with the keyboard alone, with a visible focus ring', async () => {
    const { page, problems } = await suite.open();
    await page.goto(`${suite.server().url}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // `autofocus` on an inserted element is applied at the next rendering step: wait for it.
    await poll(() => page.evaluate('document.activeElement.id')).toBe('api-key');
    await page.keyboard.type(OWNER_KEY);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Sign in');
    const outline = (await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')) as string;
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Links' }).waitFor();
    // Focus moved to the new screen's heading, so the next Tab continues from there.
    await poll(() => page.evaluate('document.activeElement.tagName')).toBe('H1');
    // And signing out forgets the key.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);

  it('renders every screen at 375 px without horizontal scrolling', async () => {
    const link = await suite.api('POST', '/links', {
      url: 'https://news.example/a/very/long/path/that/would/push/a/careless/layout/sideways?utm_source=somewhere-far-away',
      title: 'A link with a rather long title that has to wrap or truncate on a phone',
      tags: ['phone', 'narrow', 'layout'],
    });
    const pixel = await suite.api('POST', '/pixels', { platform: 'tiktok', tagId: 'C0123456789ABCDEFGHI', name: 'TikTok phone' });
    const { page, problems } = await suite.open({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await signIn(page, suite.server().url);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'phone-links');
    const screens: Array<[string, string | RegExp]> = [
      [`#/links/${link.id}`, /A link with a rather long title/],
      ['#/links/new', 'New link'],
      [`#/links/${link.id}/edit`, 'Edit link'],
      ['#/links/bulk', 'Bulk create'],
      ['#/analytics', 'Analytics'],
      ['#/pixels', 'Pixels'],
      [`#/pixels/${pixel.id}/audience`, /Audience/],
      ['#/settings', 'Consent & settings'],
    ];
    for (const [hash, heading] of screens) {
      await go(page, hash, heading);
      await settled(page);
      expect(await horizontalOverflow(page), hash).toBe(0);
    }
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);
});
