/**
 * Webhook messages made on the event loop (docs/webhooks.md): the `link.*` events, written in the
 * same transaction as the link change; a test event; a manual redelivery. Delivery itself happens
 * on the click writer thread (src/webhooks/webhook-destinations.ts), which picks queued rows up
 * within a second.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors.js';
import type { Link } from '../../core/link.js';
import { wants } from '../../core/webhooks/endpoint.js';
import type { Conversion } from '../../core/conversions/conversion.js';
import { conversionEventData, linkDeletedData, linkEventData } from '../../core/webhooks/event-data.js';
import { TEST_EVENT, type WebhookEventType } from '../../core/webhooks/events.js';
import { OutboxStore } from '../../storage/outbox-store.js';
import type { Schema } from '../../storage/schema.js';
import { destinationOf, queueMessages, webhookOutbox, type QueuedDelivery, type MessageSpec } from '../../webhooks/queue-messages.js';
import type { AppContext } from '../context.js';
import { domainHost, shortUrl } from '../links/resolve-domain.js';
import { getWebhookOrThrow } from './manage-webhooks.js';

const outboxOf = (ctx: AppContext) => webhookOutbox(new OutboxStore(ctx.stores.database), 'api');

/**
 * What a link write causes for webhooks: one `link.created`/`link.updated`/`link.deleted` message
 * per endpoint that wants it (its link and tag filter applied), in the write's transaction.
 */
export function linkMessages(ctx: AppContext, type: Extract<WebhookEventType, `link.${string}`>, at: number): (trx: Kysely<Schema>, link: Link) => Promise<void> {
  return async (trx, link) => {
    const endpoints = (await ctx.stores.webhooks.subscribers([link.workspaceId], type, trx)).filter((e) => wants(e, type, { linkId: link.id, tags: link.tags }));
    if (endpoints.length === 0) return;
    const where = { domain: domainHost(ctx, link.domain), shortUrl: shortUrl(ctx, link.domain, link.slug) };
    const spec: MessageSpec = { type, at, data: type === 'link.deleted' ? linkDeletedData(link, where, at) : linkEventData(link, where) };
    await queueMessages(trx, { outbox: outboxOf(ctx), log: ctx.stores.webhookLog, random: ctx.random, now: at }, endpoints.map((endpoint) => ({ endpoint, spec })));
  };
}

/** `lead.created` / `sale.created` for a conversion, in the transaction that stores it (not for a retried one). */
export function conversionMessages(ctx: AppContext, conversion: Conversion): (trx: Kysely<Schema>) => Promise<void> {
  const type = conversion.kind === 'lead' ? 'lead.created' : 'sale.created';
  return async (trx) => {
    const subscribers = await ctx.stores.webhooks.subscribers([conversion.workspaceId], type, trx);
    if (subscribers.length === 0) return;
    const tags = subscribers.some((e) => e.filter.tags.length > 0) ? (await trx.selectFrom('link_tags').select('tag').where('link_id', '=', conversion.linkId).execute()).map((r) => r.tag) : [];
    const endpoints = subscribers.filter((e) => wants(e, type, { linkId: conversion.linkId, tags }));
    if (endpoints.length === 0) return;
    const spec: MessageSpec = { type, at: conversion.at, data: conversionEventData(conversion) };
    await queueMessages(trx, { outbox: outboxOf(ctx), log: ctx.stores.webhookLog, random: ctx.random, now: conversion.at }, endpoints.map((endpoint) => ({ endpoint, spec })));
  };
}

/** "Send test event": a `webhook.test` message to this endpoint, on or off. Returns its id. */
export async function sendTestEvent(ctx: AppContext, workspaceId: string, id: string): Promise<string> {
  const endpoint = await getWebhookOrThrow(ctx, workspaceId, id);
  const now = ctx.clock.now();
  const spec: MessageSpec = { type: TEST_EVENT, at: now, data: { webhookId: endpoint.id, message: 'A test event from Ricochet.' } };
  const [messageId] = await ctx.stores.database.db
    .transaction()
    .execute((trx) => queueMessages(trx, { outbox: outboxOf(ctx), log: ctx.stores.webhookLog, random: ctx.random, now }, [{ endpoint, spec, trigger: 'test' }]));
  return messageId as string;
}

/** Send a stored message again: same `webhook-id` and body, signed anew. */
export async function redeliverMessage(ctx: AppContext, workspaceId: string, id: string, messageId: string): Promise<void> {
  const endpoint = await getWebhookOrThrow(ctx, workspaceId, id);
  const message = await ctx.stores.webhookLog.message(workspaceId, endpoint.id, messageId);
  if (!message) throw new AppError('WEBHOOK_MESSAGE_NOT_FOUND');
  const delivery: QueuedDelivery = { destination: destinationOf(endpoint.id), workspaceId, payload: { messageId, trigger: 'manual' }, sealed: null, eventAt: message.eventAt };
  await ctx.stores.database.db.transaction().execute((trx) => outboxOf(ctx).enqueue([delivery], trx));
}
