import { all, byStatus, type BatchVerdict } from '../../delivery/outcome.js';
import { majorUnitsText } from '../money.js';
import { days, excerpt, jsonOf, pageViewAllowed, seconds, type PlatformApi } from '../platform-api.js';
import type { PlatformItem } from '../server-event.js';
import { perEventVerdict } from './per-event.js';

const EVENT_NAMES = { page_view: 'page_visit', audience: 'custom', lead: 'lead', purchase: 'checkout' } as const;

/**
 * Pinterest Conversions API v5 (docs/conversions.md §Pinterest): `POST api.pinterest.com/v5/ad_accounts/<account>/events`
 * with the conversion token as a Bearer token; `?test=true` validates without recording. Times in
 * seconds; up to 1,000 events a request, answered per event. A visitor is matched by a hashed
 * e-mail or by address and user agent together, so an event without either cannot be sent. Dedup:
 * `event_id` equal to the tag's — the interstitial's `custom` event carries the click id.
 */
export const pinterest: PlatformApi = {
  platform: 'pinterest',
  fields: [
    { name: 'accessToken', label: 'Conversion access token', secret: true, required: true, help: 'Ads Manager → Conversions → Conversion access token.' },
    { name: 'adAccountId', label: 'Ad account id', secret: false, required: true, help: 'The digits in the Ads Manager URL (`advertiser_id=`).', pattern: /^\d{6,20}$/ },
  ],
  maxBatch: 500,
  maxAgeMs: days(7),
  matchKeys:
    "the visitor's address and user agent together (or a hashed e-mail), and epik when the ad added it; without the address (after a restart) an event cannot be sent.",
  testMode: '`?test=true` (validated, not recorded)',
  accepts: (event, visit) => event.kind !== 'page_view' || pageViewAllowed(visit, false),
  unsendable: (item) =>
    item.visit.user.emailSha256 || (item.ip && item.visit.userAgent) ? null : 'Pinterest matches on a hashed e-mail or on address and user agent together; this event has neither',
  request(items, account, mode) {
    return {
      method: 'POST',
      url: `https://api.pinterest.com/v5/ad_accounts/${encodeURIComponent(account.settings.adAccountId ?? '')}/events${mode === 'test' ? '?test=true' : ''}`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${account.secrets.accessToken ?? ''}` },
      body: JSON.stringify({ data: items.flatMap(toEvents) }),
    };
  },
  classify(answer, items): BatchVerdict {
    const json = jsonOf(answer.body);
    if (answer.status === 200 && Array.isArray(json?.events)) {
      return perEventVerdict(items, (i) => {
        const e = json.events[i];
        return e && e.status !== 'processed' ? excerpt(String(e.error_message ?? e.status)) : null;
      });
    }
    const message = excerpt(json?.message ? `${json.message} (code ${json.code})` : `HTTP ${answer.status}: ${answer.body}`);
    if (answer.status === 400 && items.length > 1) return { split: true, message };
    if (answer.status === 200) return all(items.length, { outcome: 'sent' });
    return byStatus(answer.status, items.length, message, answer.headers['retry-after']);
  },
};

function toEvents(item: PlatformItem): object[] {
  const { visit } = item;
  const user: Record<string, unknown> = {};
  if (item.ip) user.client_ip_address = item.ip;
  if (visit.userAgent) user.client_user_agent = visit.userAgent;
  if (visit.clickIds.epik) user.click_id = visit.clickIds.epik;
  if (visit.user.emailSha256) user.em = [visit.user.emailSha256];
  if (visit.user.phoneSha256) user.ph = [visit.user.phoneSha256];
  return item.events.map((event) => {
    const custom: Record<string, unknown> = {};
    if (event.value) {
      custom.value = majorUnitsText(event.value.amount, event.value.currency);
      custom.currency = event.value.currency;
    }
    if (event.orderId) custom.order_id = event.orderId;
    return {
      event_name: EVENT_NAMES[event.kind],
      action_source: 'web',
      event_time: seconds(visit.at),
      event_id: event.eventId,
      event_source_url: visit.pageUrl,
      opt_out: false,
      user_data: user,
      custom_data: custom,
    };
  });
}
