/**
 * A webhook endpoint: where one workspace wants which events (docs/webhooks.md "Endpoints").
 */
import { isLinkScoped, type MessageType, type WebhookEventType } from './events.js';

/**
 * Why an endpoint is off. Closed list, shown in the API and the dashboard.
 * - `manual`: someone turned it off.
 * - `gone`: the receiver answered 410 Gone (Standard Webhooks: stop sending).
 * - `failing`: no delivery succeeded for `WEBHOOK_DISABLE_AFTER_HOURS`.
 */
export const DISABLED_REASONS = ['manual', 'gone', 'failing'] as const;
export type DisabledReason = (typeof DISABLED_REASONS)[number];

/** Which links' events an endpoint wants: any link (both empty), or those listed or carrying one of the tags. */
export interface EndpointFilter {
  linkIds: string[];
  tags: string[];
}

export interface WebhookEndpoint {
  /** `whk_…`. */
  id: string;
  workspaceId: string;
  url: string;
  description: string | null;
  events: WebhookEventType[];
  filter: EndpointFilter;
  enabled: boolean;
  /** Null while enabled. */
  disabledReason: DisabledReason | null;
  disabledAt: number | null;
  /** When deliveries started failing without a success since; null when the last one worked. */
  failingSince: number | null;
  createdAt: number;
  updatedAt: number;
}

/** The link an event is about, as far as a filter needs it. */
export interface EventSubject {
  linkId: string;
  tags: readonly string[];
}

/**
 * Whether the endpoint wants this event. Filters apply to events about a link; the others
 * (`audience.ready`, `pixel.delivery_failing`) go to every endpoint that subscribed to them.
 * @example wants(endpoint, 'click', { linkId: 'lnk_1', tags: ['spring'] })
 */
export function wants(endpoint: Pick<WebhookEndpoint, 'enabled' | 'events' | 'filter'>, type: MessageType, subject: EventSubject | null): boolean {
  if (!endpoint.enabled || !(endpoint.events as readonly string[]).includes(type)) return false;
  return !isLinkScoped(type) || subject === null || matchesFilter(endpoint.filter, subject);
}

export function matchesFilter(filter: EndpointFilter, subject: EventSubject): boolean {
  if (filter.linkIds.length === 0 && filter.tags.length === 0) return true;
  if (filter.linkIds.includes(subject.linkId)) return true;
  return subject.tags.some((tag) => filter.tags.includes(tag));
}

export function hasFilter(filter: EndpointFilter): boolean {
  return filter.linkIds.length > 0 || filter.tags.length > 0;
}
