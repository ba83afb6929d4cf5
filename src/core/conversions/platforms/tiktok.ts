import { all, byStatus, rejected, retry, sent, type BatchVerdict } from '../../delivery/outcome.js';
import { majorUnits } from '../money.js';
import { days, excerpt, jsonOf, pageViewAllowed, seconds, type PlatformApi } from '../platform-api.js';
import type { PlatformItem, ServerEvent } from '../server-event.js';

const EVENT_NAMES = { page_view: 'Pageview', lead: 'SubmitForm', purchase: 'CompletePayment' } as const;

/**
 * TikTok Events API 2.0 (docs/conversions.md §TikTok): `POST business-api.tiktok.com/open_api/v1.3/event/track/`
 * with an `Access-Token` header, `event_source: web` and the pixel code as `event_source_id`. Times
 * in seconds; up to 1,000 events a request. The answer is HTTP 200 even on failure: its `code`
 * says (0 ok, 20001 partly ok, 40100 throttled, 4xxxx refused). Dedup: `event` + `event_id` equal
 * to the pixel's — the interstitial's audience event carries the click id as `event_id`; its
 * page view carries none, so a page view goes from the server only on server-only links.
 */
export const tiktok: PlatformApi = {
  platform: 'tiktok',
  fields: [
    { name: 'accessToken', label: 'Events API access token', secret: true, required: true, help: 'Events Manager → the pixel → Settings → Events API → Generate access token.' },
    { name: 'testEventCode', label: 'Test event code', secret: false, required: false, help: 'Events Manager → the pixel → Test events; used only by "send test event".', pattern: /^[A-Za-z0-9_-]{1,64}$/ },
  ],
  maxBatch: 500,
  maxAgeMs: days(7),
  matchKeys:
    "ttclid, the visitor's address and user agent; hashed e-mail or phone for leads and sales. No _ttp cookie without the interstitial.",
  testMode: 'the test event code (Events Manager → Test events)',
  accepts: (event, visit) => event.kind !== 'page_view' || pageViewAllowed(visit, false),
  request(items, account, mode) {
    const body: Record<string, unknown> = { event_source: 'web', event_source_id: account.tagId, data: items.flatMap(toEvents) };
    if (mode === 'test' && account.settings.testEventCode) body.test_event_code = account.settings.testEventCode;
    return {
      method: 'POST',
      url: 'https://business-api.tiktok.com/open_api/v1.3/event/track/',
      headers: { 'content-type': 'application/json', 'access-token': account.secrets.accessToken ?? '' },
      body: JSON.stringify(body),
    };
  },
  classify(answer, items): BatchVerdict {
    const n = items.length;
    const json = jsonOf(answer.body);
    if (answer.status !== 200 || !json || typeof json.code !== 'number') return byStatus(answer.status === 200 ? 502 : answer.status, n, `HTTP ${answer.status}: ${excerpt(answer.body)}`, answer.headers['retry-after']);
    const message = excerpt(`${json.message ?? ''} (code ${json.code}${json.request_id ? `, request ${json.request_id}` : ''})`);
    if (json.code === 0 || json.code === 20001) return all(n, sent());
    if (json.code === 40100) return all(n, retry('rate_limited', message));
    if (json.code >= 50000) return all(n, retry('server_error', message));
    if (json.code === 40001 || json.code === 40104 || json.code === 40105) return all(n, rejected('auth', message));
    return n > 1 ? { split: true, message } : all(n, rejected('invalid', message));
  },
};

function toEvents(item: PlatformItem): object[] {
  const { visit } = item;
  const user: Record<string, unknown> = {};
  if (visit.clickIds.ttclid) user.ttclid = visit.clickIds.ttclid;
  if (item.ip) user.ip = item.ip;
  if (visit.userAgent) user.user_agent = visit.userAgent;
  if (visit.user.emailSha256) user.email = visit.user.emailSha256;
  if (visit.user.phoneSha256) user.phone = visit.user.phoneSha256;
  if (visit.user.externalId) user.external_id = visit.user.externalId;
  return item.events.map((event) => ({
    event: event.kind === 'audience' ? event.name : EVENT_NAMES[event.kind],
    event_time: seconds(visit.at),
    event_id: event.eventId,
    user,
    page: { url: visit.pageUrl, ...(visit.referrer ? { referrer: visit.referrer } : {}) },
    properties: properties(event),
    limited_data_use: visit.consent.limitedDataUse,
  }));
}

function properties(event: ServerEvent): Record<string, unknown> {
  const props: Record<string, unknown> = { ...event.params };
  if (event.value) {
    props.value = majorUnits(event.value.amount, event.value.currency);
    props.currency = event.value.currency;
  }
  if (event.orderId) props.order_id = event.orderId;
  return props;
}
