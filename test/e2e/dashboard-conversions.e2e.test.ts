/**
 * Issue 16 in the dashboard, in real Chromium: a pixel's server-side events — credentials typed in
 * are never shown again (masked hint), the delivery counts, "send test event" with the platform's
 * answer — and the conversions panel of a link that tracks leads and sales.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startPlatformNetwork } from '../support/platform-fakes/platform-network.js';
import { go, poll, screenshot, settled, signIn, unexpected, useDashboardSuite } from './support/dashboard-harness.js';

const platforms = await startPlatformNetwork();
afterAll(() => platforms.close());
const suite = useDashboardSuite({ OUTBOUND_TEST_NETWORK: platforms.env, CLICK_FLUSH_INTERVAL_MS: '50', GEO_COUNTRY_HEADER: 'x-country' });

describe('server-side events and conversions in the dashboard', () => {
  it('sets up a pixel’s server-side events, keeps the token write-only, and sends a test event', async () => {
    const pixel = await suite.api('POST', '/pixels', { platform: 'meta', tagId: '777777777777777', name: 'Meta – server' });
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, `#/pixels/${pixel.id}/server`, /Server-side events/);
    await page.getByLabel('Conversions API access token').fill('EAAdashboard-token-5678');
    await page.getByLabel('Test event code (optional)').fill('TEST4242');
    await page.getByRole('button', { name: 'Save setup' }).click();
    await poll(() => page.getByLabel('Conversions API access token').getAttribute('placeholder')).toBe('••••5678');
    expect(await page.getByLabel('Conversions API access token').inputValue()).toBe('');
    expect(await page.content()).not.toContain('EAAdashboard-token-5678');
    await page.getByRole('button', { name: 'Send test event' }).click();
    await poll(() => page.getByTestId('test-result').textContent()).toContain('The platform took the test event.');
    expect(await page.getByTestId('test-result').textContent()).toContain('events_received');
    expect(platforms.events('meta').every((e) => e.test)).toBe(true);
    await settled(page);
    await screenshot(page, 'pixel-server');
    expect(unexpected(problems)).toEqual([]);
  });

  it('shows a server-only link’s delivery and the conversions of a tracking link', async () => {
    const pixel = await suite.api('POST', '/pixels', { platform: 'meta', tagId: '888888888888888' });
    await suite.api('PUT', `/pixels/${pixel.id}/server`, { credentials: { accessToken: 'EAAdashboard-token-0002' } });
    const link = await suite.api('POST', '/links', { url: `${suite.destination()}/shop`, slug: 'dash-conv', pixelIds: [pixel.id], serverOnly: true, conversionTracking: true });
    const res = await fetch(`${suite.server().url}/dash-conv?utm_campaign=autumn`, { redirect: 'manual', headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0', 'x-country': 'US' } });
    const clickId = new URL(res.headers.get('location') as string).searchParams.get('rc_click') as string;
    await suite.server().server.clicks.flush();
    await suite.api('POST', '/track/lead', { clickId, customerId: 'dash-1' });
    await suite.api('POST', '/track/sale', { customerId: 'dash-1', amount: 4200, currency: 'EUR', invoiceId: 'DASH-1' });
    await platforms.waitFor((e) => e.platform === 'meta' && e.name === 'Purchase');

    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, `#/pixels/${pixel.id}/server`, /Server-side events/);
    await poll(() => page.getByTestId('server-sent').textContent(), 20_000).toBe('3');
    await go(page, `#/links/${link.id}`, /dash-conv/);
    await poll(() => page.getByTestId('conv-leads').textContent()).toBe('1');
    expect(await page.getByTestId('conv-sales').textContent()).toBe('1');
    expect(await page.getByTestId('conversions').textContent()).toMatch(/42[.,]00/);
    await settled(page);
    await screenshot(page, 'link-conversions');
    expect(unexpected(problems)).toEqual([]);
  });
});
