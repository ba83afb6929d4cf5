/**
 * Issue 21: `click` webhooks through a real server process, on each engine. Human clicks arrive
 * batched (one message per endpoint and interval, bots never), with the facts the stats use and no
 * address; and a server killed (SIGKILL) while the receiver hangs loses nothing: after the
 * restart every stored human click reaches the receiver, each message verified by the
 * `standardwebhooks` library.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/storage/database.js';
import { BROWSER_HEADERS, fireRedirects, spawnServer, type ChildServer } from '../analytics/child-server.js';
import { freshPgDatabase } from '../analytics/support.js';
import { testEngines } from '../support/engines.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

describe.each(testEngines())('click webhooks and a restart on %s', (engine: Engine) => {
  let child: ChildServer | undefined;
  let receiver: WebhookReceiver | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    child?.kill();
    await receiver?.close();
    await cleanup?.();
  });

  it('batches human clicks, and a server killed mid-delivery loses none of them', { timeout: 180_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-webhooks-'));
    let env: Record<string, string> = { DATA_DIR: dataDir };
    if (engine === 'postgres') {
      const db = await freshPgDatabase();
      env = { ...env, DATABASE_URL: db.url };
      cleanup = async () => {
        await db.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      };
    } else {
      cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
    }
    const common = { ...env, WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1', WEBHOOK_CLICK_BATCH_MS: '1000', WEBHOOK_RETRY_SCHEDULE: '1s,1s,1s,1s,1s,1s,1s,1s,1s,1s', WEBHOOK_TIMEOUT_MS: '60000', CLICK_FLUSH_INTERVAL_MS: '50', LOG_LEVEL: 'warn' };
    receiver = await startWebhookReceiver();
    child = await spawnServer(common);
    const endpoint = await child.api('POST', '/webhooks', { url: receiver.url, events: ['click'] });
    expect(endpoint.status).toBe(201);
    receiver.trust(endpoint.body.secret);
    const link = await child.api('POST', '/links', { url: 'https://shop.example/clicks' });

    // First, a few clicks delivered normally: batched, human only, no address.
    const first = await fireRedirects(child.url, () => `/${link.body.slug}`, { total: 20, concurrency: 4, headers: () => BROWSER_HEADERS });
    expect(first.count(302)).toBe(20);
    await fireRedirects(child.url, () => `/${link.body.slug}`, { total: 5, concurrency: 1, headers: () => ({ 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }) });
    await expect.poll(() => delivered(receiver as WebhookReceiver).size, { timeout: 30_000 }).toBe(20);
    const messages = receiver.received.filter((r) => r.type === 'click');
    expect(messages.length).toBeLessThan(20);
    expect(messages.every((m) => m.verifiedWith === 0)).toBe(true);
    const item = messages[0]?.body.data.clicks[0];
    expect(item).toMatchObject({ linkId: link.body.id });
    expect(JSON.stringify(messages.map((m) => m.body))).not.toMatch(/127\.0\.0\.1|address|userAgent/);

    // Then the receiver hangs: messages are out when the process dies.
    receiver.behave({ kind: 'hang' });
    const second = await fireRedirects(child.url, () => `/${link.body.slug}`, { total: 100, concurrency: 8, headers: () => BROWSER_HEADERS });
    expect(second.count(302)).toBe(100);
    await expect.poll(() => receiver?.requests ?? 0, { timeout: 30_000 }).toBeGreaterThan(messages.length);
    child.process.kill('SIGKILL');
    await child.exited;

    // What the hung receiver got was never acknowledged: only what arrives from now on counts.
    const before = delivered(receiver);
    expect(before.size).toBeGreaterThanOrEqual(20);
    receiver.received.length = 0;
    receiver.behave({ kind: 'ok' });
    child = await spawnServer(common);
    // Every human click stored before the kill arrives (at least once; a receiver dedupes by click id).
    const firstIds = new Set(messages.flatMap((m) => (m.body.data.clicks as Array<{ id: string }>).map((c) => c.id)));
    await expect.poll(() => new Set([...firstIds, ...delivered(receiver as WebhookReceiver)]).size, { timeout: 120_000, interval: 500 }).toBe(120);
  });
});

/** The click ids the receiver took, from messages that verified. */
function delivered(receiver: WebhookReceiver): Set<string> {
  const ids = new Set<string>();
  for (const r of receiver.received) if (r.type === 'click' && r.verifiedWith === 0) for (const c of r.body.data.clicks as Array<{ id: string }>) ids.add(c.id);
  return ids;
}
