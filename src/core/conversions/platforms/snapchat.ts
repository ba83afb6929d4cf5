import { byStatus, type BatchVerdict } from '../../delivery/outcome.js';
import { majorUnits } from '../money.js';
import { days, excerpt, jsonOf, pageViewAllowed, seconds, type PlatformApi } from '../platform-api.js';
import type { PlatformItem } from '../server-event.js';

const EVENT_NAMES = { page_view: 'PAGE_VIEW', audience: 'CUSTOM_EVENT_1', lead: 'SIGN_UP', purchase: 'PURCHASE' } as const;

/**
 * Snap Conversions API v3 (docs/conversions.md §Snapchat): `POST tr.snapchat.com/v3/<pixel>/events?access_token=…`;
 * `/events/validate` checks a request without recording it. Times in seconds; up to 2,000 events a
 * request; events up to 37 days old count. A visitor is matched by a hashed e-mail or phone, or by
 * address and user agent together. Dedup: `event_id` equal to the pixel's `client_dedup_id`, which
 * the interstitial's `CUSTOM_EVENT_1` carries (its `PAGE_VIEW` carries none: server page views only
 * on server-only links).
 */
export const snapchat: PlatformApi = {
  platform: 'snapchat',
  fields: [{ name: 'accessToken', label: 'Conversions API token', secret: true, required: true, help: 'Events Manager → the pixel → Conversions API token → Generate token.' }],
  maxBatch: 1000,
  maxAgeMs: days(37),
  matchKeys:
    "the visitor's address and user agent together (or a hashed e-mail or phone), and ScCid when the ad added it; without the address an event cannot be sent.",
  testMode: 'the `/events/validate` endpoint (checked, not recorded)',
  accepts: (event, visit) => event.kind !== 'page_view' || pageViewAllowed(visit, false),
  unsendable: (item) =>
    item.visit.user.emailSha256 || item.visit.user.phoneSha256 || (item.ip && item.visit.userAgent)
      ? null
      : 'Snap matches on a hashed e-mail or phone, or on address and user agent together; this event has neither',
  request(items, account, mode) {
    const token = encodeURIComponent(account.secrets.accessToken ?? '');
    return {
      method: 'POST',
      url: `https://tr.snapchat.com/v3/${encodeURIComponent(account.tagId)}/events${mode === 'test' ? '/validate' : ''}?access_token=${token}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: items.flatMap(toEvents) }),
    };
  },
  classify(answer, items): BatchVerdict {
    const json = jsonOf(answer.body);
    const reason = json?.reason ?? json?.message ?? json?.error?.message;
    const message = excerpt(reason ? String(reason) : `HTTP ${answer.status}: ${answer.body}`);
    if (answer.status === 400 && items.length > 1) return { split: true, message };
    return byStatus(answer.status, items.length, message, answer.headers['retry-after']);
  },
};

function toEvents(item: PlatformItem): object[] {
  const { visit } = item;
  const user: Record<string, unknown> = {};
  if (item.ip) user.client_ip_address = item.ip;
  if (visit.userAgent) user.client_user_agent = visit.userAgent;
  if (visit.clickIds.ScCid) user.sc_click_id = visit.clickIds.ScCid;
  if (visit.user.emailSha256) user.em = [visit.user.emailSha256];
  if (visit.user.phoneSha256) user.ph = [visit.user.phoneSha256];
  return item.events.map((event) => {
    const custom: Record<string, unknown> = {};
    if (event.kind === 'audience') custom.description = event.name;
    if (event.value) {
      custom.value = majorUnits(event.value.amount, event.value.currency);
      custom.currency = event.value.currency;
    }
    if (event.orderId) custom.order_id = event.orderId;
    return {
      event_name: EVENT_NAMES[event.kind],
      event_time: seconds(visit.at),
      event_id: event.eventId,
      action_source: 'website',
      event_source_url: visit.pageUrl,
      user_data: user,
      custom_data: custom,
      ...(visit.consent.limitedDataUse ? { data_processing_options: ['LDU'], data_processing_options_country: 0, data_processing_options_state: 0 } : {}),
    };
  });
}
