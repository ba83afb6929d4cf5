import { all, byStatus, rejected, retry, type BatchVerdict } from '../../delivery/outcome.js';
import { majorUnits } from '../money.js';
import { days, excerpt, jsonOf, pageViewAllowed, seconds, type HttpAnswer, type PlatformApi } from '../platform-api.js';
import type { PlatformItem, ServerEvent } from '../server-event.js';

/** The Graph API version requests are pinned to (each is supported for at least two years). */
export const META_GRAPH_VERSION = 'v24.0';

/** Graph error codes worth retrying (transient, throttled), after RudderStack's Graph handler (docs/conversions.md §Meta). */
const THROTTLED = new Set([4, 17, 32, 613, 80003]);
const TRANSIENT = new Set([1, 2, 341, 368, 5000, 21009]);
/** Token or permission problems: fix the credentials, never retry. */
const AUTH = new Set([10, 102, 190, 200, 294]);

const EVENT_NAMES = { page_view: 'PageView', lead: 'Lead', purchase: 'Purchase' } as const;

/**
 * Meta Conversions API (docs/conversions.md §Meta): `POST graph.facebook.com/<version>/<pixel>/events`
 * with a system-user token. Event time in seconds, at most 7 days old; up to 1,000 events a
 * request, and one invalid event fails the whole request (so a refused batch is split to find it).
 * Dedup: the pixel's `eventID` equals our `event_id` for the same event name — both the PageView
 * and the audience event carry the click id on the interstitial (web/interstitial/platforms/meta.ts).
 */
export const meta: PlatformApi = {
  platform: 'meta',
  fields: [
    { name: 'accessToken', label: 'Conversions API access token', secret: true, required: true, help: 'Events Manager → the pixel → Settings → Conversions API → Generate access token.' },
    { name: 'testEventCode', label: 'Test event code', secret: false, required: false, help: 'Events Manager → Test events (e.g. TEST12345); used only by "send test event".', pattern: /^[A-Za-z0-9]{1,32}$/ },
  ],
  maxBatch: 500,
  maxAgeMs: days(7),
  matchKeys:
    "fbc (from fbclid), the visitor's address and user agent; a hashed e-mail or phone for leads and sales. Without the interstitial there is no fbp cookie, so matching rests on these alone.",
  testMode: 'the test event code (Events Manager → Test events)',
  accepts: (event, visit) => event.kind !== 'page_view' || pageViewAllowed(visit, true),
  request(items, account, mode) {
    const body: Record<string, unknown> = { data: items.flatMap(toEvents) };
    if (mode === 'test' && account.settings.testEventCode) body.test_event_code = account.settings.testEventCode;
    return {
      method: 'POST',
      url: `https://graph.facebook.com/${META_GRAPH_VERSION}/${encodeURIComponent(account.tagId)}/events?access_token=${encodeURIComponent(account.secrets.accessToken ?? '')}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    };
  },
  classify: classifyGraph,
};

function toEvents(item: PlatformItem): object[] {
  const { visit } = item;
  const user: Record<string, unknown> = {};
  if (visit.userAgent) user.client_user_agent = visit.userAgent;
  if (item.ip) user.client_ip_address = item.ip;
  // fbc: fb.<subdomain index>.<creation time, ms>.<fbclid as received>
  if (visit.clickIds.fbclid) user.fbc = `fb.1.${visit.clickAt}.${visit.clickIds.fbclid}`;
  if (visit.user.emailSha256) user.em = [visit.user.emailSha256];
  if (visit.user.phoneSha256) user.ph = [visit.user.phoneSha256];
  if (visit.user.externalId) user.external_id = [visit.user.externalId];
  const ldu = visit.consent.limitedDataUse
    ? { data_processing_options: ['LDU'], data_processing_options_country: 1, data_processing_options_state: 0 }
    : { data_processing_options: [] };
  return item.events.map((event) => ({
    event_name: event.kind === 'audience' ? event.name : EVENT_NAMES[event.kind],
    event_time: seconds(visit.at),
    event_id: event.eventId,
    // `website` needs the user agent; a conversion reported without one is system generated.
    action_source: visit.userAgent ? 'website' : 'system_generated',
    event_source_url: visit.pageUrl,
    user_data: user,
    custom_data: customData(event),
    ...ldu,
  }));
}

function customData(event: ServerEvent): Record<string, unknown> {
  const data: Record<string, unknown> = { ...event.params };
  if (event.kind === 'lead' || event.kind === 'purchase') data.event_label = event.name;
  if (event.value) {
    data.value = majorUnits(event.value.amount, event.value.currency);
    data.currency = event.value.currency;
  }
  if (event.orderId) data.order_id = event.orderId;
  return data;
}

/** A Graph API answer: `{events_received}` on success, `{error: {message, code, is_transient}}` otherwise. */
export function classifyGraph(answer: HttpAnswer, items: readonly unknown[]): BatchVerdict {
  const n = items.length;
  if (answer.status >= 200 && answer.status < 300) return byStatus(answer.status, n, '');
  const error = jsonOf(answer.body)?.error;
  if (!error || typeof error !== 'object') return byStatus(answer.status, n, `HTTP ${answer.status}: ${excerpt(answer.body)}`, answer.headers['retry-after']);
  const code = Number(error.code);
  const message = excerpt(`${error.message ?? 'error'}${error.error_user_msg ? ` ${error.error_user_msg}` : ''} (code ${code}${error.error_subcode ? `/${error.error_subcode}` : ''}${error.fbtrace_id ? `, fbtrace ${error.fbtrace_id}` : ''})`);
  if (THROTTLED.has(code) || answer.status === 429) return all(n, retry('rate_limited', message));
  if (error.is_transient === true || TRANSIENT.has(code) || answer.status >= 500) return all(n, retry('server_error', message));
  if (AUTH.has(code) || answer.status === 401 || answer.status === 403) return all(n, rejected('auth', message));
  return n > 1 ? { split: true, message } : all(n, rejected('invalid', message));
}
