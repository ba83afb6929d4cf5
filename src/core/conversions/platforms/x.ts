import { all, byStatus, retry, type BatchVerdict } from '../../delivery/outcome.js';
import { majorUnits } from '../money.js';
import { days, excerpt, jsonOf, type PlatformApi } from '../platform-api.js';
import type { PlatformItem, ServerEvent, ServerVisit } from '../server-event.js';

/** The X Ads API version requests are pinned to. */
export const X_ADS_API_VERSION = '12';
/** An X event id: `tw-<pixel id>-<event id>` (web/interstitial/platforms/x.ts). */
const EVENT_ID = /^tw-([a-z0-9]+)-[a-z0-9]+$/;

/**
 * X Conversion API (docs/conversions.md §X): `POST ads-api.x.com/12/measurement/conversions/<pixel>`,
 * signed with OAuth 1.0a (an Ads API app and its user tokens). Each conversion names an event
 * created in Ads Manager (`tw-<pixel>-<event>`); the audience event uses the pixel's own tag id when
 * it is such an event id (as the interstitial does), leads and sales the event ids set here. X
 * matches on `twclid` or a hashed e-mail or phone (address and user agent only alongside one), so
 * an anonymous click without `twclid` cannot be sent. Up to 500 conversions a request. Dedup:
 * `conversion_id` equal to the pixel's, which the interstitial's event carries (the click id).
 * No test mode is published.
 */
export const x: PlatformApi = {
  platform: 'x',
  fields: [
    { name: 'leadEventId', label: 'Lead event id', secret: false, required: false, help: 'Events Manager → the lead event → its id, `tw-<pixel>-<event>`.', pattern: EVENT_ID },
    { name: 'purchaseEventId', label: 'Purchase event id', secret: false, required: false, help: 'As above, for sales.', pattern: EVENT_ID },
    { name: 'consumerKey', label: 'API key (consumer key)', secret: true, required: true, help: 'developer.x.com → your Ads API app → Keys and tokens.' },
    { name: 'consumerSecret', label: 'API key secret', secret: true, required: true, help: 'Same place.' },
    { name: 'accessToken', label: 'Access token', secret: true, required: true, help: 'Of a user with access to the ad account.' },
    { name: 'accessTokenSecret', label: 'Access token secret', secret: true, required: true, help: 'Same place.' },
  ],
  maxBatch: 500,
  maxAgeMs: days(7),
  matchKeys:
    'twclid of an X ad click, or a hashed e-mail or phone: anonymous clicks without twclid cannot be sent.',
  testMode: null,
  accepts: (event, visit, pixel) => xEventId(event, pixel.settings, pixel.tagId) !== null && identifiers(visit, null).length > 0,
  request(items, account) {
    const pixel = EVENT_ID.exec(account.tagId)?.[1] ?? account.tagId;
    const conversions = items.flatMap((item) =>
      item.events.map((event) => ({
        conversion_time: new Date(item.visit.at).toISOString(),
        event_id: xEventId(event, account.settings, account.tagId),
        conversion_id: event.eventId,
        identifiers: identifiers(item.visit, item),
        ...value(event),
      })),
    );
    return {
      method: 'POST',
      url: `https://ads-api.x.com/${X_ADS_API_VERSION}/measurement/conversions/${encodeURIComponent(pixel)}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversions }),
      oauth1: {
        consumerKey: account.secrets.consumerKey ?? '',
        consumerSecret: account.secrets.consumerSecret ?? '',
        token: account.secrets.accessToken ?? '',
        tokenSecret: account.secrets.accessTokenSecret ?? '',
      },
    };
  },
  classify(answer, items): BatchVerdict {
    const json = jsonOf(answer.body);
    const error = json?.errors?.[0];
    const message = excerpt(error ? `${error.message ?? ''} (${error.code ?? answer.status})` : `HTTP ${answer.status}: ${answer.body}`);
    if (answer.status === 429) {
      // X says when the window resets (epoch seconds), not how long to wait.
      const reset = Number(answer.headers['x-rate-limit-reset']);
      return all(items.length, retry('rate_limited', message, Number.isFinite(reset) && reset > 0 ? undefined : 60_000));
    }
    if (answer.status === 400 && items.length > 1) return { split: true, message };
    return byStatus(answer.status, items.length, message, answer.headers['retry-after']);
  },
};

/** The X event a conversion is for: the pixel's own id for the audience event when it is an event id. */
function xEventId(event: ServerEvent, settings: Readonly<Record<string, string>>, tagId: string): string | null {
  if (event.kind === 'lead') return settings.leadEventId || null;
  if (event.kind === 'purchase') return settings.purchaseEventId || null;
  if (event.kind === 'audience') return EVENT_ID.test(tagId) ? tagId : null;
  return null;
}

function identifiers(visit: ServerVisit, item: PlatformItem | null): object[] {
  const ids: Record<string, string>[] = [];
  if (visit.clickIds.twclid) ids.push({ twclid: visit.clickIds.twclid });
  if (visit.user.emailSha256) ids.push({ hashed_email: visit.user.emailSha256 });
  if (visit.user.phoneSha256) ids.push({ hashed_phone_number: visit.user.phoneSha256 });
  // Address and user agent count only alongside another identifier.
  if (item && ids.length > 0) {
    const first = ids[0] as Record<string, string>;
    if (item.ip) first.ip_address = item.ip;
    if (visit.userAgent) first.user_agent = visit.userAgent;
  }
  return ids;
}

function value(event: ServerEvent): object {
  return event.value ? { value: majorUnits(event.value.amount, event.value.currency), price_currency: event.value.currency } : {};
}
