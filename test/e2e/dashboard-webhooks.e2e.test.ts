/**
 * Issue 21: webhooks in the dashboard, in real Chromium against a real server and a real local
 * receiver that verifies signatures with `standardwebhooks`: add an endpoint (the secret shown
 * once, and it verifies), send a test event and see it in the delivery log with the receiver's
 * answer, redeliver it, rotate the secret, turn the endpoint off and on; the banner when Ricochet
 * turned an endpoint off; members never see the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { go, screenshot, signIn, unexpected, useDashboardSuite, poll } from './support/dashboard-harness.js';

const suite = useDashboardSuite({ WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1', WEBHOOK_RETRY_SCHEDULE: '1s,2s' });
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
});

describe('dashboard: webhooks', () => {
  it('adds an endpoint, shows its secret once, sends a test event, shows the log, redelivers, rotates, turns it off', async () => {
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByRole('button', { name: 'Add endpoint' }).first().click();

    const dialog = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
    // The server's address rules show on the field.
    await dialog.getByLabel('URL').fill('http://169.254.169.254/latest/meta-data/');
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();
    await poll(() => dialog.locator('#wh-url-error').textContent()).toMatch(/cloud metadata address/);
    await dialog.getByLabel('URL').fill(receiver.url);
    await dialog.getByLabel('Description').fill('CRM sync');
    await dialog.getByLabel('Sale').check();
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Signing secret' });
    const secret = (await secretDialog.getByTestId('webhook-secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await screenshot(page, 'webhook-secret');
    await secretDialog.getByRole('button', { name: 'I have stored it' }).click();
    receiver.trust(secret);
    const row = page.getByTestId('webhook-row').filter({ hasText: 'CRM sync' });
    await row.getByText('Active').waitFor();
    expect(await page.getByText(secret).count()).toBe(0);

    await row.getByRole('link', { name: 'CRM sync' }).click();
    await page.getByRole('heading', { level: 1, name: 'CRM sync' }).waitFor();
    await page.getByRole('button', { name: 'Send test event' }).click();
    await poll(() => receiver.received.filter((r) => r.type === 'webhook.test' && r.verifiedWith === 0).length, 20_000).toBe(1);
    await poll(async () => {
      await page.getByRole('button', { name: 'Send test event' }).focus();
      return page.getByTestId('webhook-log-row').filter({ hasText: 'webhook.test' }).filter({ hasText: 'Delivered' }).count();
    }, 20_000).toBeGreaterThan(0);
    const logRow = page.getByTestId('webhook-log-row').filter({ hasText: 'webhook.test' }).first();
    expect(await logRow.textContent()).toContain('204');
    await screenshot(page, 'webhook-log');

    // Redeliver: the same message id again, verified.
    await logRow.getByRole('button', { name: /^Redeliver msg_/ }).click();
    await poll(() => receiver.received.filter((r) => r.type === 'webhook.test').length, 20_000).toBe(2);
    expect(receiver.received.filter((r) => r.type === 'webhook.test').map((r) => r.id)).toEqual([receiver.received[0]?.id, receiver.received[0]?.id]);

    // Rotate with an overlap: the new secret is shown once; both verify meanwhile.
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const rotate = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
    await rotate.getByLabel('Keep the current secret signing for').selectOption('24');
    await rotate.getByRole('button', { name: 'Rotate' }).click();
    const shown = page.getByRole('dialog', { name: 'Signing secret' });
    const fresh = (await shown.getByTestId('webhook-secret').textContent()) ?? '';
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(secret);
    await shown.getByText('signed with both the old and the new secret').waitFor();
    await shown.getByRole('button', { name: 'I have stored it' }).click();
    receiver.trust(fresh);
    await page.getByRole('button', { name: 'Send test event' }).click();
    await poll(() => receiver.received.filter((r) => r.type === 'webhook.test').length, 20_000).toBe(3);
    const last = receiver.received.filter((r) => r.type === 'webhook.test')[2];
    expect(last?.verifiedWith).toBe(0);
    expect(last?.signature.split(' ')).toHaveLength(2);

    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByTestId('webhook-summary').getByText('Off', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Turn on' }).waitFor();
    expect(unexpected(problems)).toEqual([]);
  });

  it('shows a banner on every screen when Ricochet turned an endpoint off, until it is turned back on', async () => {
    const endpoint = await suite.api('POST', '/webhooks', { url: receiver.url, description: 'Old CRM', events: ['link.created'] });
    await suite.server().server.ctx.stores.webhooks.disable(endpoint.id, 'gone', Date.now());
    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    const banner = page.getByTestId('webhook-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/A webhook endpoint was turned off: Old CRM \(receiver said 410 Gone\)/);
    await go(page, '#/pixels', 'Pixels');
    await banner.waitFor();
    await banner.getByRole('link', { name: 'Old CRM' }).click();
    await page.getByRole('heading', { level: 1, name: 'Old CRM' }).waitFor();
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('button', { name: 'Turn off' }).waitFor();
    await go(page, '#/links', 'Links');
    await poll(() => banner.count()).toBe(0);
    expect(unexpected(problems)).toEqual([]);
  });

  it('is not offered to members (webhook URLs are integration secrets)', async () => {
    const member = await suite.api('POST', '/api-keys', { name: 'Marketer', role: 'member' });
    const { page } = await suite.open();
    await signIn(page, suite.server().url, member.secret);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
    await go(page, '#/webhooks', 'Webhooks');
    await page.getByText(/A member key cannot do this/).first().waitFor();
  });
});
