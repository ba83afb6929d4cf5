/** Words for webhook events, states and log outcomes, in one place for every webhook screen. */
import { WEBHOOK_EVENTS } from '../../../src/core/webhooks/events.js';
import type { Webhook, WebhookDelivery, WebhookEventType } from './types.js';

export { WEBHOOK_EVENTS };

export const EVENT_LABELS: Record<WebhookEventType, { label: string; hint: string }> = {
  'link.created': { label: 'Link created', hint: 'A link was added (API, dashboard or CSV import).' },
  'link.updated': { label: 'Link updated', hint: 'A link was changed.' },
  'link.deleted': { label: 'Link deleted', hint: 'A link was deleted.' },
  click: { label: 'Clicks', hint: 'Human clicks, in one message per interval (never bots, never an address).' },
  'lead.created': { label: 'Lead', hint: 'A lead was recorded against a click.' },
  'sale.created': { label: 'Sale', hint: 'A sale was recorded against a click.' },
  'audience.ready': { label: 'Audience ready', hint: 'A pixel’s audience reached the platform’s minimum size.' },
  'pixel.delivery_failing': { label: 'Server-side delivery failing', hint: 'Sending events to an ad platform keeps failing.' },
};

/** "On", or why it is off. */
export function statusOf(w: Pick<Webhook, 'enabled' | 'disabledReason' | 'failingSince'>): { label: string; tone: 'ok' | 'warn' | 'neutral' } {
  if (w.enabled) return w.failingSince ? { label: 'Failing', tone: 'warn' } : { label: 'Active', tone: 'ok' };
  if (w.disabledReason === 'gone') return { label: 'Off: receiver said 410 Gone', tone: 'warn' };
  if (w.disabledReason === 'failing') return { label: 'Off: kept failing', tone: 'warn' };
  return { label: 'Off', tone: 'neutral' };
}

/** Endpoints Ricochet turned off by itself: the workspace must hear about them. */
export function turnedOff(list: readonly Webhook[]): Webhook[] {
  return list.filter((w) => !w.enabled && (w.disabledReason === 'gone' || w.disabledReason === 'failing'));
}

export const OUTCOME_LABELS: Record<WebhookDelivery['outcome'], { label: string; tone: 'ok' | 'warn' | 'neutral' }> = {
  sent: { label: 'Delivered', tone: 'ok' },
  failed: { label: 'Failed, will retry', tone: 'warn' },
  refused: { label: 'Address refused', tone: 'warn' },
  gave_up: { label: 'Gave up', tone: 'warn' },
  disabled: { label: 'Endpoint turned off', tone: 'warn' },
};

/** `https://crm.example.com/hooks/…` without the query (which may hold a token) for tight places. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url;
  }
}
