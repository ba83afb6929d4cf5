import { byStatus, type BatchVerdict } from '../../delivery/outcome.js';
import { majorUnits } from '../money.js';
import { days, excerpt, jsonOf, pageViewAllowed, seconds, type PlatformApi } from '../platform-api.js';
import type { PlatformItem } from '../server-event.js';
import { perEventVerdict } from './per-event.js';

/**
 * Microsoft Advertising UET Conversions API (docs/conversions.md §Microsoft):
 * `POST capi.uet.microsoft.com/v1/<UET tag id>/events` with a CAPI token (Microsoft hands these out
 * on request). Times in seconds; up to 1,000 events a request; with `continueOnValidationError` the
 * answer names each refused event by index. Dedup: `eventId` equal to the UET tag's `event_id`,
 * which the interstitial's custom event carries (its `pageLoad` carries none: server page views
 * only on server-only links). No test mode is published.
 */
export const microsoft: PlatformApi = {
  platform: 'microsoft',
  fields: [{ name: 'accessToken', label: 'UET Conversions API token', secret: true, required: true, help: 'Requested from Microsoft Advertising (the API is given out per account).' }],
  maxBatch: 500,
  maxAgeMs: days(7),
  matchKeys:
    "msclkid, the visitor's address and user agent; hashed e-mail or phone for leads and sales.",
  testMode: null,
  accepts: (event, visit) => event.kind !== 'page_view' || pageViewAllowed(visit, false),
  request(items, account) {
    return {
      method: 'POST',
      url: `https://capi.uet.microsoft.com/v1/${encodeURIComponent(account.tagId)}/events`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${account.secrets.accessToken ?? ''}` },
      body: JSON.stringify({ data: items.flatMap(toEvents), continueOnValidationError: true }),
    };
  },
  classify(answer, items): BatchVerdict {
    const json = jsonOf(answer.body);
    if (answer.status >= 200 && answer.status < 300) {
      const details: Array<{ index?: number; propertyName?: string; errorMessage?: string }> = json?.error?.details ?? [];
      const byIndex = new Map(details.filter((d) => typeof d.index === 'number').map((d) => [d.index as number, excerpt(`${d.propertyName ?? ''}: ${d.errorMessage ?? ''}`)]));
      return perEventVerdict(items, (i) => byIndex.get(i) ?? null);
    }
    const message = excerpt(json?.error?.message ? `${json.error.message} (${json.error.code})` : `HTTP ${answer.status}: ${answer.body}`);
    if (answer.status === 400 && items.length > 1) return { split: true, message };
    return byStatus(answer.status, items.length, message, answer.headers['retry-after']);
  },
};

function toEvents(item: PlatformItem): object[] {
  const { visit } = item;
  const user: Record<string, unknown> = {};
  if (item.ip) user.clientIpAddress = item.ip;
  if (visit.userAgent) user.clientUserAgent = visit.userAgent;
  if (visit.clickIds.msclkid) user.msclkid = visit.clickIds.msclkid;
  if (visit.user.emailSha256) user.em = visit.user.emailSha256;
  if (visit.user.phoneSha256) user.ph = visit.user.phoneSha256;
  if (visit.user.externalId) user.externalId = visit.user.externalId;
  return item.events.map((event) => ({
    eventType: event.kind === 'page_view' ? 'pageLoad' : 'custom',
    ...(event.kind === 'page_view' ? {} : { eventName: event.kind === 'audience' ? event.name : event.kind }),
    eventTime: seconds(visit.at),
    eventId: event.eventId,
    eventSourceUrl: visit.pageUrl,
    adStorageConsent: 'G',
    userData: user,
    ...(event.value ? { customData: { value: majorUnits(event.value.amount, event.value.currency), currency: event.value.currency, ...(event.orderId ? { transactionId: event.orderId } : {}) } } : {}),
  }));
}
