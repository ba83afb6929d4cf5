/**
 * Issue 21: the condition events on each engine, with the watcher's clock in the test's hand —
 * `audience.ready` once per pixel, and `pixel.delivery_failing` once per failing spell of a pixel's
 * server-side delivery (after PIXEL_FAILING_ALERT_MINUTES, never for a pixel that recovered, again
 * for the next spell), each as one message per subscribed endpoint of the pixel's workspace only.
 */
import { describe, expect, it } from 'vitest';
import { systemRandom } from '../../src/app/system-ports.js';
import { newSigningSecret, secretHint } from '../../src/app/webhooks/signing-secret.js';
import type { WebhookEndpoint } from '../../src/core/webhooks/endpoint.js';
import type { WebhookEventType } from '../../src/core/webhooks/events.js';
import { makePixel, makeWorkspace, id, testEngines, useContractDb } from '../../src/storage/contract/fixtures.js';
import { OutboxStore } from '../../src/storage/outbox-store.js';
import { WebhookMilestoneStore } from '../../src/storage/webhook-milestone-store.js';
import { MilestoneWatcher } from '../../src/webhooks/milestone-watcher.js';
import { webhookOutbox } from '../../src/webhooks/queue-messages.js';

const HOUR = 3_600_000;

describe.each(testEngines())('webhook milestones on %s', (engine) => {
  const t = useContractDb(engine);

  async function setup() {
    const ws = makeWorkspace();
    const other = makeWorkspace();
    await t.stores.workspaces.insert(ws);
    await t.stores.workspaces.insert(other);
    const pixel = makePixel(ws.id, { platform: 'meta' });
    const otherPixel = makePixel(other.id, { platform: 'meta' });
    await t.stores.pixels.insert(pixel);
    await t.stores.pixels.insert(otherPixel);
    for (const p of [pixel, otherPixel]) {
      await t.stores.database.db.insertInto('pixel_servers').values({ pixel_id: p.id, workspace_id: p.workspaceId, enabled: 1, settings: '{}', secrets: 'x', secret_hints: '{}', created_at: 0, updated_at: 0 }).execute();
    }
    const endpointId = await endpoint(ws.id, ['audience.ready', 'pixel.delivery_failing']);
    let now = Date.now();
    const watcher = new MilestoneWatcher({
      database: t.stores.database,
      webhooks: t.stores.webhooks,
      stats: t.stores.stats,
      milestones: new WebhookMilestoneStore(t.stores.database),
      log: t.stores.webhookLog,
      outbox: webhookOutbox(new OutboxStore(t.stores.database), 'test'),
      random: systemRandom,
      now: () => now,
      // Every audience is big enough: readiness itself is the audience view's (tested there).
      config: { audienceMinimums: { meta: 0 } },
      pixelFailingAlertMs: HOUR,
    });
    const messages = async (type: string) =>
      (await t.stores.database.db.selectFrom('webhook_messages').selectAll().where('endpoint_id', '=', endpointId).where('type', '=', type).execute()).map((m) => ({ ...m, data: JSON.parse(m.body).data }));
    const status = (p: { id: string }, v: { error?: number | null; success?: number | null }) =>
      t.stores.database.db
        .insertInto('delivery_status')
        .values({ destination: `pixel:${p.id}`, last_error: 'HTTP 401: Invalid OAuth access token', last_error_reason: 'auth', last_error_at: v.error ?? null, last_success_at: v.success ?? null })
        .onConflict((oc) => oc.column('destination').doUpdateSet({ last_error_at: v.error ?? null, last_success_at: v.success ?? null }))
        .execute();
    const run = async (at: number) => {
      now = at;
      await watcher.tick(at, true);
    };
    return { ws, pixel, otherPixel, endpointId, messages, status, run, start: now };
  }

  async function endpoint(workspaceId: string, events: WebhookEventType[]): Promise<string> {
    const now = Date.now();
    const e: WebhookEndpoint = { id: id('webhook'), workspaceId, url: 'https://hooks.example.test/x', description: null, events, filter: { linkIds: [], tags: [] }, enabled: true, disabledReason: null, disabledAt: null, failingSince: null, createdAt: now, updatedAt: now };
    const secret = newSigningSecret(systemRandom);
    await t.stores.webhooks.insert(e, { value: secret, hint: secretHint(secret) });
    return e.id;
  }

  it('sends audience.ready once per pixel, only to the pixel’s workspace, and queues each message for delivery', async () => {
    const s = await setup();
    await s.run(s.start);
    await s.run(s.start + 10 * 60_000);
    const ready = await s.messages('audience.ready');
    expect(ready.map((m) => m.data.pixelId)).toEqual([s.pixel.id]);
    expect(ready[0]?.data).toMatchObject({ platform: 'meta', minimum: 0, lookbackDays: 180 });
    const queued = await t.stores.database.db.selectFrom('outbox').select('payload').where('destination', '=', `webhook:${s.endpointId}`).execute();
    expect(queued.map((q) => JSON.parse(q.payload).messageId)).toContain(ready[0]?.id);
  });

  it('sends pixel.delivery_failing after the alert time of a failing spell, once; a recovery ends the spell', async () => {
    const s = await setup();
    // Failing since a minute before the first check.
    await s.status(s.pixel, { error: s.start - 60_000, success: s.start - 2 * HOUR });
    await s.status(s.otherPixel, { error: s.start - 60_000 });
    await s.run(s.start);
    await s.run(s.start + 30 * 60_000);
    expect(await s.messages('pixel.delivery_failing')).toEqual([]);
    await s.run(s.start + HOUR + 60_000);
    await s.run(s.start + 2 * HOUR);
    const first = await s.messages('pixel.delivery_failing');
    expect(first.map((m) => m.data.pixelId)).toEqual([s.pixel.id]);
    expect(first[0]?.data).toMatchObject({ failingSince: new Date(s.start).toISOString(), lastError: 'HTTP 401: Invalid OAuth access token' });

    // A success ends the spell; a new spell is told again after its own alert time.
    await s.status(s.pixel, { error: s.start, success: s.start + 2 * HOUR });
    await s.run(s.start + 2 * HOUR + 60_000);
    await s.status(s.pixel, { error: s.start + 3 * HOUR, success: s.start + 2 * HOUR });
    await s.run(s.start + 3 * HOUR + 60_000);
    await s.run(s.start + 3 * HOUR + 30 * 60_000);
    expect(await s.messages('pixel.delivery_failing')).toHaveLength(1);
    await s.run(s.start + 4 * HOUR + 2 * 60_000);
    expect(await s.messages('pixel.delivery_failing')).toHaveLength(2);
  });
});
