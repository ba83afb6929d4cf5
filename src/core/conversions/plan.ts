import type { Utm } from '../clicks/click.js';
import type { Link } from '../link.js';
import { audienceEvent } from '../redirect/audience-event.js';
import type { PixelSetup, PlatformApi } from './platform-api.js';
import type { PixelDelivery, ServerEvent, ServerVisit } from './server-event.js';

/**
 * A click's server events, before any platform's rules: the page view and the link's audience
 * event with its params, both carrying the click id as their dedup key — exactly what the
 * interstitial sends (src/core/redirect/audience-event.ts builds both copies' params).
 */
export function clickEvents(link: Pick<Link, 'id' | 'tags' | 'event'>, clickId: string, utm: Utm): ServerEvent[] {
  const audience = audienceEvent(link, utm);
  return [
    { kind: 'page_view', eventId: clickId, name: 'page_view', params: {}, value: null, orderId: null },
    { kind: 'audience', eventId: clickId, name: audience.name, params: audience.params, value: null, orderId: null },
  ];
}

/** What one pixel receives of `events`: its platform's rules decide (null = nothing). */
export function deliveryFor(api: PlatformApi, pixel: PixelSetup, visit: ServerVisit, events: readonly ServerEvent[]): PixelDelivery | null {
  const accepted = events.filter((e) => api.accepts(e, visit, pixel));
  return accepted.length === 0 ? null : { visit, events: accepted };
}
