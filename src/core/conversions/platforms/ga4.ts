import { all, byStatus, rejected, type BatchVerdict } from '../../delivery/outcome.js';
import { majorUnits } from '../money.js';
import { days, excerpt, jsonOf, type PlatformApi } from '../platform-api.js';
import type { PlatformItem, ServerEvent } from '../server-event.js';

const EVENT_NAMES = { page_view: 'page_view', lead: 'generate_lead', purchase: 'purchase' } as const;
const MAX_VALUE = 100;

/**
 * GA4 Measurement Protocol (docs/conversions.md §GA4): `POST www.google-analytics.com/mp/collect?measurement_id=…&api_secret=…`;
 * `/debug/mp/collect` validates without recording and answers `validationMessages`. One request
 * carries one client's events (≤ 25), so a batch is one visit; `timestamp_micros` may be at most
 * 72 hours old. The click id is the `client_id` (there is no `_ga` cookie on a short link).
 *
 * GA4 does not deduplicate a server event against gtag's (only purchases, by `transaction_id`),
 * so the server sends a click's page view and audience event only for server-only links, where
 * no browser sent them; they carry the click id as `transaction_id`, as the interstitial's do.
 * Leads and purchases always go.
 */
export const ga4: PlatformApi = {
  platform: 'ga4',
  fields: [{ name: 'apiSecret', label: 'Measurement Protocol API secret', secret: true, required: true, help: 'Admin → Data streams → the stream → Measurement Protocol API secrets → Create.' }],
  maxBatch: 1,
  maxAgeMs: days(3),
  matchKeys:
    'the click id as client id: a server-only click is a new GA4 user; leads and sales join it.',
  testMode: 'the validation server (`/debug/mp/collect`)',
  accepts: (event, visit) => event.kind === 'lead' || event.kind === 'purchase' || visit.serverOnly,
  request(items, account, mode) {
    const item = items[0] as PlatformItem;
    const { visit } = item;
    const grant = (v: boolean) => (v ? 'GRANTED' : 'DENIED');
    const body = {
      client_id: visit.clickId,
      ...(visit.user.externalId ? { user_id: visit.user.externalId } : {}),
      timestamp_micros: visit.at * 1000,
      consent: { ad_user_data: grant(visit.consent.adUserData), ad_personalization: grant(visit.consent.adPersonalization) },
      events: item.events.map((event) => ({ name: eventName(event), params: params(event, item) })),
    };
    const query = `measurement_id=${encodeURIComponent(account.tagId)}&api_secret=${encodeURIComponent(account.secrets.apiSecret ?? '')}`;
    return {
      method: 'POST',
      url: `https://www.google-analytics.com/${mode === 'test' ? 'debug/mp' : 'mp'}/collect?${query}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    };
  },
  classify(answer, items): BatchVerdict {
    if (answer.status >= 200 && answer.status < 300) {
      // Only the validation server says what is wrong; the collection endpoint takes anything.
      const messages = jsonOf(answer.body)?.validationMessages;
      if (Array.isArray(messages) && messages.length > 0) {
        return all(items.length, rejected('invalid', excerpt(messages.map((m: any) => `${m.fieldPath ?? ''}: ${m.description ?? m.validationCode}`).join('; '))));
      }
    }
    // "If you get a non-2xx, fix the request; don't retry it" — except a server's own failure.
    return byStatus(answer.status, items.length, `HTTP ${answer.status}: ${excerpt(answer.body)}`, answer.headers['retry-after']);
  },
};

/** GA4 names: letters, digits and underscores, starting with a letter, at most 40 characters. */
function gaName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^[^A-Za-z]+/, '');
  return (clean || 'event').slice(0, 40);
}

function eventName(event: ServerEvent): string {
  return event.kind === 'audience' ? gaName(event.name) : EVENT_NAMES[event.kind];
}

function params(event: ServerEvent, item: PlatformItem): Record<string, string | number> {
  const p: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(event.params)) p[gaName(key)] = (Array.isArray(value) ? value.join(',') : value).slice(0, MAX_VALUE);
  p.page_location = item.visit.pageUrl;
  if (item.visit.referrer) p.page_referrer = item.visit.referrer;
  p.engagement_time_msec = 1;
  p.session_id = String(Math.floor(item.visit.clickAt / 1000));
  p.transaction_id = event.orderId ?? event.eventId;
  if (event.value) {
    p.value = majorUnits(event.value.amount, event.value.currency);
    p.currency = event.value.currency;
  }
  return p;
}
