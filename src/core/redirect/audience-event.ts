import type { Utm } from '../clicks/click.js';
import { DEFAULT_EVENT_NAME, type Link } from '../link.js';
import { boundedEventParams } from '../limits.js';

/**
 * The audience event the interstitial sends besides the page view (docs/interstitial.md): the link's
 * event name and params, plus what marketers segment audiences by — the link id, its tags and
 * the click's UTM values. Link params win over the generated ones only for their own keys.
 * @example audienceEvent(link, utm) // { name: 'ricochet_click', params: { link_id: 'lnk_…', tags: ['running'], utm_campaign: 'spring' } }
 */
export function audienceEvent(link: Pick<Link, 'id' | 'tags' | 'event'>, utm: Utm): { name: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = { link_id: link.id };
  if (link.tags.length > 0) params.tags = link.tags;
  for (const [key, value] of Object.entries(utm)) if (value !== null) params[key] = value;
  if (utm.utm_campaign !== null && params.campaign === undefined) params.campaign = utm.utm_campaign;
  // Bounded even for links stored before the limit (issue 17: an 850 KB interstitial).
  Object.assign(params, boundedEventParams(link.event?.params ?? {}));
  return { name: link.event?.name ?? DEFAULT_EVENT_NAME, params };
}
