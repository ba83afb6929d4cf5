import { byStatus, type BatchVerdict } from '../../delivery/outcome.js';
import { majorUnits } from '../money.js';
import { days, excerpt, jsonOf, pageViewAllowed, type PlatformApi } from '../platform-api.js';
import type { PlatformItem, ServerEvent } from '../server-event.js';

const TRACKING_TYPES = { page_view: 'PAGE_VISIT', audience: 'CUSTOM', lead: 'LEAD', purchase: 'PURCHASE' } as const;

/**
 * Reddit Conversions API v3 (docs/conversions.md §Reddit): `POST ads-api.reddit.com/api/v3/pixels/<pixel>/conversion_events`
 * with the conversion access token as a Bearer token. `event_at` in milliseconds, at most 7 days
 * old; up to 1,000 events a request; `test_id` marks test events. Dedup: `metadata.conversion_id`
 * equal to the pixel's `conversionId`, which the interstitial's `Custom` event carries (its
 * `PageVisit` carries none: server page views only on server-only links).
 */
export const reddit: PlatformApi = {
  platform: 'reddit',
  fields: [
    { name: 'accessToken', label: 'Conversion access token', secret: true, required: true, help: 'Events Manager → Conversions API → Generate access token.' },
    { name: 'testId', label: 'Test id', secret: false, required: false, help: 'Events Manager → Test events; used only by "send test event".', pattern: /^[A-Za-z0-9_-]{1,64}$/ },
  ],
  maxBatch: 500,
  maxAgeMs: days(7),
  matchKeys:
    "rdt_cid, the visitor's address and user agent; a hashed e-mail for leads and sales.",
  testMode: 'the test id (Events Manager → Test events)',
  accepts: (event, visit) => event.kind !== 'page_view' || pageViewAllowed(visit, false),
  request(items, account, mode) {
    const data: Record<string, unknown> = { events: items.flatMap(toEvents) };
    if (mode === 'test' && account.settings.testId) data.test_id = account.settings.testId;
    return {
      method: 'POST',
      url: `https://ads-api.reddit.com/api/v3/pixels/${encodeURIComponent(account.tagId)}/conversion_events`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${account.secrets.accessToken ?? ''}` },
      body: JSON.stringify({ data }),
    };
  },
  classify(answer, items): BatchVerdict {
    const json = jsonOf(answer.body);
    const detail = json?.error?.message ?? json?.message ?? json?.errors?.[0]?.message;
    const message = excerpt(detail ? String(detail) : `HTTP ${answer.status}: ${answer.body}`);
    if (answer.status === 400 && items.length > 1) return { split: true, message };
    return byStatus(answer.status, items.length, message, answer.headers['retry-after']);
  },
};

function toEvents(item: PlatformItem): object[] {
  const { visit } = item;
  const user: Record<string, unknown> = {};
  if (item.ip) user.ip_address = item.ip;
  if (visit.userAgent) user.user_agent = visit.userAgent;
  if (visit.user.emailSha256) user.email = visit.user.emailSha256;
  if (visit.user.phoneSha256) user.phone_number = visit.user.phoneSha256;
  if (visit.consent.limitedDataUse) user.data_processing_options = { modes: ['LDU'], country: 'US', region: '' };
  return item.events.map((event) => ({
    event_at: visit.at,
    action_source: 'WEBSITE',
    event_source_url: visit.pageUrl,
    ...(visit.clickIds.rdt_cid ? { click_id: visit.clickIds.rdt_cid } : {}),
    type: { tracking_type: TRACKING_TYPES[event.kind], ...(event.kind === 'audience' ? { custom_event_name: event.name } : {}) },
    metadata: metadata(event),
    user,
  }));
}

function metadata(event: ServerEvent): Record<string, unknown> {
  const m: Record<string, unknown> = { conversion_id: event.eventId };
  if (event.value) {
    m.value = majorUnits(event.value.amount, event.value.currency);
    m.currency = event.value.currency;
  }
  return m;
}
