/**
 * Turning an event into messages: one per endpoint that wants it, each stored with its body
 * exactly as it will be signed (src/storage/webhook-log-store.ts), and one delivery per message
 * queued in the durable outbox — both in the caller's transaction, so a message exists exactly
 * when what caused it does (docs/webhooks.md "Delivery").
 */
import type { Kysely } from 'kysely';
import { newId } from '../core/ids.js';
import type { Random } from '../core/ports.js';
import { messageBody, type MessageType } from '../core/webhooks/events.js';
import type { OutboxStore } from '../storage/outbox-store.js';
import type { Schema } from '../storage/schema.js';
import type { LogTrigger, StoredMessage, WebhookLogStore } from '../storage/webhook-log-store.js';

/** The outbox's destination key of an endpoint. */
export const WEBHOOK_PREFIX = 'webhook:';
export const destinationOf = (endpointId: string): string => `${WEBHOOK_PREFIX}${endpointId}`;

/** What a webhook delivery in the outbox carries: which message, and what started it. */
export interface WebhookDeliveryPayload {
  messageId: string;
  trigger: LogTrigger;
}

/** A delivery as the outbox takes it (the slice of the delivery engine's `NewDelivery` used here). */
export interface QueuedDelivery {
  destination: string;
  workspaceId: string;
  payload: WebhookDeliveryPayload;
  sealed: null;
  eventAt: number;
}

/** The outbox, as far as webhook producers use it: queue deliveries inside a transaction. */
export interface WebhookOutbox {
  enqueue(deliveries: readonly QueuedDelivery[], trx: Kysely<Schema>): Promise<void>;
}

export interface MessageSpec {
  type: MessageType;
  /** When the event happened (epoch ms). */
  at: number;
  data: unknown;
}

export interface QueueDeps {
  outbox: WebhookOutbox;
  log: Pick<WebhookLogStore, 'insertMessages'>;
  random: Random;
  now: number;
}

/**
 * Store one message per (endpoint, spec) and queue its delivery. Returns the message ids, in the
 * order of `items`.
 */
export async function queueMessages(
  trx: Kysely<Schema>,
  deps: QueueDeps,
  items: ReadonlyArray<{ endpoint: { id: string; workspaceId: string }; spec: MessageSpec; trigger?: LogTrigger }>,
): Promise<string[]> {
  if (items.length === 0) return [];
  const messages: StoredMessage[] = [];
  const deliveries: QueuedDelivery[] = [];
  for (const { endpoint, spec, trigger } of items) {
    const id = newId('webhookMessage', deps.now, deps.random);
    messages.push({ id, workspaceId: endpoint.workspaceId, endpointId: endpoint.id, type: spec.type, body: messageBody(spec), eventAt: spec.at, createdAt: deps.now });
    deliveries.push({ destination: destinationOf(endpoint.id), workspaceId: endpoint.workspaceId, payload: { messageId: id, trigger: trigger ?? 'scheduled' }, sealed: null, eventAt: spec.at });
  }
  await deps.log.insertMessages(messages, trx);
  await deps.outbox.enqueue(deliveries, trx);
  return messages.map((m) => m.id);
}

/** The delivery engine's outbox as webhook producers use it; `node` names the process that queued. */
export function webhookOutbox(store: Pick<OutboxStore, 'enqueue'>, node: string): WebhookOutbox {
  return { enqueue: (deliveries, trx) => store.enqueue(deliveries, { node, now: Date.now() }, trx) };
}
