/**
 * Issue 21: webhook delivery end to end, on each engine — a real server, its delivery engine on
 * the click writer thread, and a real local receiver that verifies every message with the
 * `standardwebhooks` library. Link events and test events arrive signed (two signatures during a
 * rotation, each verifying); failures, 429 with Retry-After, a hung receiver and a huge body are
 * retried on the schedule with the same `webhook-id` until taken; a receiver back after an outage
 * gets its backlog at once; 410 turns the endpoint off and says so; the log shows every attempt;
 * redelivery resends the same message; another workspace sees none of it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { click } from '../analytics/support.js';
import { otherWorkspace, testEngines } from '../api/helpers.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

const POLL = { timeout: 20_000, interval: 100 };

describe.each(testEngines())('webhook delivery on %s', (engine) => {
  let s: TestServer;
  let receiver: WebhookReceiver;
  let n = 0;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    // A short schedule (the default is about three days); the receiver is on 127.0.0.1, which only
    // WEBHOOK_ALLOWED_NETWORKS lets through.
    s = await startTestServer(engine, { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1', WEBHOOK_RETRY_SCHEDULE: '1s,1s,1s,1s', WEBHOOK_TIMEOUT_MS: '1500', CLICK_FLUSH_INTERVAL_MS: '50' });
  });
  afterAll(async () => {
    await s?.close();
    await receiver?.close();
  });
  afterEach(() => {
    receiver.behave({ kind: 'ok' });
    receiver.received.length = 0;
  });

  async function endpoint(events: string[], extra: Record<string, unknown> = {}) {
    const res = await s.api('POST', '/webhooks', { url: `${receiver.url}?n=${++n}`, events, ...extra });
    expect(res.status).toBe(201);
    receiver.trust(res.body.secret);
    return res.body as { id: string; secret: string };
  }
  const log = async (id: string, messageId?: string) => (await s.api('GET', `/webhooks/${id}/deliveries${messageId ? `?messageId=${messageId}` : ''}`)).body.data as any[];
  const arrived = (messageId: string) => receiver.received.filter((r) => r.id === messageId);

  it('delivers link events signed per Standard Webhooks, verified by the standardwebhooks library', async () => {
    const ep = await endpoint(['link.created', 'link.updated', 'link.deleted']);
    const link = await s.api('POST', '/links', { url: 'https://shop.example/wh', slug: `wh-${engine}-${n}`, tags: ['spring'] });
    await s.api('PATCH', `/links/${link.body.id}`, { title: 'Spring' });
    await s.api('DELETE', `/links/${link.body.id}`);
    // At least once, in no promised order (messages of an endpoint go side by side).
    await expect.poll(() => receiver.received.map((r) => r.type).sort(), POLL).toEqual(['link.created', 'link.deleted', 'link.updated']);
    for (const r of receiver.received) {
      expect(r.verifiedWith).toBe(0);
      expect(r.id).toMatch(/^msg_/);
      expect(r.body.data.id).toBe(link.body.id);
    }
    const byType = (type: string) => receiver.received.find((r) => r.type === type);
    expect(byType('link.updated')?.body.data.title).toBe('Spring');
    expect(byType('link.created')?.body.data.shortUrl).toBe(link.body.shortUrl);
    await expect.poll(async () => (await log(ep.id)).map((e) => `${e.type}:${e.outcome}:${e.status}`).sort(), POLL).toEqual(['link.created:sent:204', 'link.deleted:sent:204', 'link.updated:sent:204']);
    await s.api('DELETE', `/webhooks/${ep.id}`);
  });

  it('sends lead.created and sale.created from conversion tracking, once each, to endpoints whose filter matches', async () => {
    const link = await s.api('POST', '/links', { url: 'https://shop.example/conv', slug: `cv-${engine}-${n}`, conversionTracking: true, tags: ['spring'] });
    const ep = await endpoint(['lead.created', 'sale.created'], { tags: ['spring'] });
    const other = await s.api('POST', '/webhooks', { url: `${receiver.url}?other`, events: ['lead.created'], tags: ['autumn'] });
    const res = await click(s, `/${link.body.slug}?utm_campaign=spring`);
    const clickId = new URL(res.headers.get('location') as string).searchParams.get('rc_click') as string;
    await s.server.clicks.flush();
    const lead = await s.api('POST', '/track/lead', { clickId, customerId: 'cus-wh', email: 'jane@example.com', eventName: 'Sign up' });
    expect(lead.status, JSON.stringify(lead.body)).toBe(201);
    expect((await s.api('POST', '/track/lead', { clickId, customerId: 'cus-wh', eventName: 'Sign up' })).status).toBe(200);
    const sale = await s.api('POST', '/track/sale', { clickId, customerId: 'cus-wh', amount: 4900, currency: 'EUR', invoiceId: `inv-${engine}` });
    expect(sale.status).toBe(201);
    await expect.poll(() => receiver.received.map((r) => r.type).sort(), POLL).toEqual(['lead.created', 'sale.created']);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.received.map((r) => r.type).sort()).toEqual(['lead.created', 'sale.created']);
    const l = receiver.received.find((r) => r.type === 'lead.created');
    const sl = receiver.received.find((r) => r.type === 'sale.created');
    expect(l?.verifiedWith).toBe(0);
    expect(l?.body.data).toMatchObject({ id: lead.body.id, clickId, linkId: link.body.id, campaign: 'spring', customerId: 'cus-wh', eventName: 'Sign up', amount: null });
    expect(sl?.body.data).toMatchObject({ id: sale.body.id, amount: 4900, currency: 'EUR', invoiceId: `inv-${engine}` });
    // Never the customer's e-mail, plain or hashed.
    expect(JSON.stringify(l?.body)).not.toMatch(/jane|Hash/);
    await s.api('DELETE', `/webhooks/${ep.id}`);
    await s.api('DELETE', `/webhooks/${other.body.id}`);
  });

  it('retries a failing receiver on the schedule with the same webhook-id until it takes the message', async () => {
    const ep = await endpoint(['link.created']);
    // The receiver counts what reached it: the first two attempts fail.
    receiver.behave(() => (receiver.received.length < 3 ? { kind: 'status', status: 503, body: 'maintenance' } : { kind: 'ok' }));
    const test = await s.api('POST', `/webhooks/${ep.id}/test`);
    expect(test.status).toBe(200);
    const messageId = test.body.messageId as string;
    await expect.poll(() => arrived(messageId).length, POLL).toBeGreaterThanOrEqual(3);
    await expect.poll(async () => (await log(ep.id, messageId)).map((e) => `${e.attempt}:${e.outcome}`), POLL).toEqual(['3:sent', '2:failed', '1:failed']);
    const entries = await log(ep.id, messageId);
    expect(entries[2].status).toBe(503);
    expect(entries[2].response).toBe('maintenance');
    expect(entries[2].trigger).toBe('test');
    // Each retry is signed anew, and verifies.
    expect(arrived(messageId).every((r) => r.verifiedWith === 0)).toBe(true);
    const times = arrived(messageId).map((r) => Number(r.timestamp));
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(1);
    await s.api('DELETE', `/webhooks/${ep.id}`);
  });

  it('honours Retry-After on a 429', async () => {
    const ep = await endpoint(['link.created']);
    let first = 0;
    receiver.behave((k) => {
      if (first === 0) first = k;
      return k === first ? { kind: 'status', status: 429, retryAfter: '3' } : { kind: 'ok' };
    });
    const { messageId } = (await s.api('POST', `/webhooks/${ep.id}/test`)).body;
    await expect.poll(() => arrived(messageId).length, POLL).toBe(2);
    const at = arrived(messageId).map((r) => Number(r.timestamp));
    // The schedule says 1 s (±20 %); the receiver asked for 3.
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(2);
    const entries = await log(ep.id, messageId);
    expect(entries.map((e) => e.status)).toEqual([204, 429]);
    await s.api('DELETE', `/webhooks/${ep.id}`);
  });

  it('gives a hung receiver up after WEBHOOK_TIMEOUT_MS and reads only a bounded part of a huge body', async () => {
    const ep = await endpoint(['link.created']);
    receiver.behave({ kind: 'hang' });
    const hung = (await s.api('POST', `/webhooks/${ep.id}/test`)).body.messageId;
    await expect.poll(async () => (await log(ep.id, hung))[0]?.outcome, POLL).toBe('failed');
    expect((await log(ep.id, hung))[0].error).toMatch(/no answer within 1500 ms/);
    receiver.behave({ kind: 'huge', bytes: 50 * 1024 * 1024 });
    await expect.poll(async () => (await log(ep.id, hung)).find((e) => e.status === 200)?.outcome, POLL).toBe('sent');
    const entry = (await log(ep.id, hung)).find((e) => e.status === 200);
    expect(entry.response.length).toBeLessThanOrEqual(1024);
    await s.api('DELETE', `/webhooks/${ep.id}`);
  });

  it('sends two signatures during a rotation overlap, each verifying with its own secret', async () => {
    const ep = await endpoint(['link.created']);
    const rotated = await s.api('POST', `/webhooks/${ep.id}/rotate-secret`, { overlapHours: 1 });
    expect(rotated.status).toBe(200);
    // A receiver that still has the old secret, and one that has the new one.
    for (const [secret, index] of [[ep.secret, 0], [rotated.body.secret, 0]] as const) {
      receiver.trust(secret);
      receiver.received.length = 0;
      const { messageId } = (await s.api('POST', `/webhooks/${ep.id}/test`)).body;
      await expect.poll(() => arrived(messageId).length, POLL).toBe(1);
      expect(arrived(messageId)[0]?.verifiedWith).toBe(index);
      expect(arrived(messageId)[0]?.signature.split(' ')).toHaveLength(2);
    }
    await s.api('POST', `/webhooks/${ep.id}/rotate-secret`, { overlapHours: 0 });
    await s.api('DELETE', `/webhooks/${ep.id}`);
  });

  it('redelivers a stored message with the same id and body', async () => {
    const ep = await endpoint(['link.created']);
    const { messageId } = (await s.api('POST', `/webhooks/${ep.id}/test`)).body;
    await expect.poll(() => arrived(messageId).length, POLL).toBe(1);
    const again = await s.api('POST', `/webhooks/${ep.id}/messages/${messageId}/redeliver`);
    expect(again.status).toBe(200);
    await expect.poll(() => arrived(messageId).length, POLL).toBe(2);
    expect(arrived(messageId)[1]?.body).toEqual(arrived(messageId)[0]?.body);
    await expect.poll(async () => (await log(ep.id, messageId)).map((e) => e.trigger), POLL).toEqual(['manual', 'test']);
    expect((await s.api('POST', `/webhooks/${ep.id}/messages/msg_nope/redeliver`)).body.error.code).toBe('WEBHOOK_MESSAGE_NOT_FOUND');
    await s.api('DELETE', `/webhooks/${ep.id}`);
  });

  it('turns the endpoint off on 410 Gone, logs why, and sends nothing more', async () => {
    const ep = await endpoint(['link.created']);
    receiver.behave({ kind: 'status', status: 410 });
    await s.api('POST', `/webhooks/${ep.id}/test`);
    await expect.poll(async () => (await s.api('GET', `/webhooks/${ep.id}`)).body.disabledReason, POLL).toBe('gone');
    // Both entries are made in the same millisecond: their order between them is not defined.
    await expect.poll(async () => (await log(ep.id)).map((e) => `${e.type}:${e.outcome}:${e.status}`).sort(), POLL).toEqual(['webhook.disabled:disabled:null', 'webhook.test:failed:410']);
    expect((await log(ep.id)).find((e) => e.type === 'webhook.disabled')).toMatchObject({ messageId: null, error: 'the receiver answered 410 Gone' });
    receiver.behave({ kind: 'ok' });
    receiver.received.length = 0;
    await s.api('POST', '/links', { url: 'https://shop.example/gone', slug: `gone-${engine}-${n}` });
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.received.filter((r) => r.type === 'link.created')).toEqual([]);
    await s.api('DELETE', `/webhooks/${ep.id}`);
  });

  it('delivers the backlog at once when a receiver comes back, instead of at the next scheduled retry', async () => {
    const ep = await endpoint(['link.created']);
    // Down, and asking for an hour: without catching up, the next attempts would be an hour away.
    receiver.behave({ kind: 'status', status: 503, retryAfter: '3600' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await s.api('POST', `/webhooks/${ep.id}/test`)).body.messageId);
    await expect.poll(() => ids.every((id) => arrived(id).length === 1), POLL).toBe(true);
    await expect.poll(async () => (await s.api('GET', `/webhooks/${ep.id}`)).body.failingSince, POLL).not.toBeNull();
    receiver.behave({ kind: 'ok' });
    // The next message goes through; everything waiting follows at once.
    const next = (await s.api('POST', `/webhooks/${ep.id}/test`)).body.messageId;
    await expect.poll(() => arrived(next).length, POLL).toBe(1);
    await expect.poll(() => ids.map((id) => arrived(id).length), POLL).toEqual([2, 2, 2]);
    expect(ids.every((id) => arrived(id)[1]?.verifiedWith === 0)).toBe(true);
    expect((await s.api('GET', `/webhooks/${ep.id}`)).body.failingSince).toBeNull();
    await s.api('DELETE', `/webhooks/${ep.id}`);
  });

  it('never shows one workspace another’s deliveries, and makes events only for the workspace they happen in', async () => {
    const ep = await endpoint(['link.created']);
    const other = await otherWorkspace(s, `wh-other-${engine}`);
    expect((await s.api('GET', `/webhooks/${ep.id}/deliveries`, undefined, other.key)).status).toBe(404);
    expect((await s.api('POST', `/webhooks/${ep.id}/test`, undefined, other.key)).status).toBe(404);
    const { messageId } = (await s.api('POST', `/webhooks/${ep.id}/test`)).body;
    expect((await s.api('POST', `/webhooks/${ep.id}/messages/${messageId}/redeliver`, undefined, other.key)).status).toBe(404);
    // A link of the other workspace: nothing for this endpoint.
    await s.api('POST', '/links', { url: 'https://other.example/x', slug: `ow-${engine}` }, other.key);
    await expect.poll(() => arrived(messageId).length, POLL).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(receiver.received.filter((r) => r.type === 'link.created')).toEqual([]);
    await s.api('DELETE', `/webhooks/${ep.id}`);
  });
});
