/**
 * The events Ricochet pushes to webhook endpoints (docs/webhooks.md "Events"), and the envelope
 * every message has: Standard Webhooks' `{ type, timestamp, data }`. A closed list: the API, the
 * OpenAPI document's `webhooks` section and the dashboard are all made from it, so only ever add
 * to it.
 *
 * - `link.created`, `link.updated`, `link.deleted`: a link changed (API, dashboard, CLI import).
 * - `click`: human clicks (never bots, never an address), batched per endpoint.
 * - `lead.created`, `sale.created`: a conversion was recorded against a click.
 * - `audience.ready`: a pixel's audience first reached its platform's minimum size.
 * - `pixel.delivery_failing`: server-side delivery to a platform has been failing for a while.
 */
export const WEBHOOK_EVENTS = [
  'link.created',
  'link.updated',
  'link.deleted',
  'click',
  'lead.created',
  'sale.created',
  'audience.ready',
  'pixel.delivery_failing',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** Sent only when someone asks for it ("send a test event"); no endpoint subscribes to it. */
export const TEST_EVENT = 'webhook.test';
export type MessageType = WebhookEventType | typeof TEST_EVENT;

/** Events about one link: an endpoint's link and tag filter applies to them. */
const LINK_SCOPED: ReadonlySet<MessageType> = new Set(['link.created', 'link.updated', 'link.deleted', 'click', 'lead.created', 'sale.created']);

export function isLinkScoped(type: MessageType): boolean {
  return LINK_SCOPED.has(type);
}

export function isWebhookEvent(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

/**
 * One message to one endpoint. `id` is the `webhook-id` header: the same on every attempt and
 * on a manual redelivery, so a receiver can drop what it already processed.
 */
export interface WebhookMessage {
  /** `msg_…`. */
  id: string;
  type: MessageType;
  /** Epoch milliseconds: when the event happened (the body's `timestamp`). */
  at: number;
  data: unknown;
}

/**
 * The body, exactly as signed and sent. Built once, when the message is made, and stored: a
 * retry or a redelivery sends the same bytes.
 * @example messageBody({ id: 'msg_1', type: 'link.deleted', at: 0, data: { id: 'lnk_1' } })
 * // '{"type":"link.deleted","timestamp":"1970-01-01T00:00:00.000Z","data":{"id":"lnk_1"}}'
 */
export function messageBody(message: Omit<WebhookMessage, 'id'>): string {
  return JSON.stringify({ type: message.type, timestamp: new Date(message.at).toISOString(), data: message.data });
}
